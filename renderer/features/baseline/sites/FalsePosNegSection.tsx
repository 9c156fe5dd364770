import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FalsePosNeg } from '../../../../shared/baseline/sites';
import { useFormat } from '../../../app/i18n/useFormat';
import { FormDialog } from '../../../components/FormDialog';
import { GeometryEditor } from '../../maps/GeometryEditor';
import { FalsePosNegForm } from './FalsePosNegForm';
import { SiteSection } from './SiteSection';
import { useDeleteSite } from './useDeleteSite';

/** SO1-4.T3: areas the SDG 15.3.1 layer classed wrongly, with add, edit and delete. */
export function FalsePosNegSection({ rows }: { rows: readonly FalsePosNeg[] }) {
  const { t } = useTranslation('baseline');
  const format = useFormat();
  const deletion = useDeleteSite();
  const [target, setTarget] = useState<FalsePosNeg | 'new' | null>(null);
  const editing = target === 'new' ? null : target;

  return (
    <>
      <SiteSection
        tableId="SO1-4.T3"
        title={t('sites.falsePosNeg.title')}
        intro={t('sites.falsePosNeg.intro')}
        rows={rows}
        nameOf={(r) => r.locationName}
        columns={[
          { key: 'location', label: t('sites.field.locationName'), value: (r) => r.locationName },
          { key: 'kind', label: t('sites.field.kind'), value: (r) => t(`sites.kind.${r.kind}`) },
          { key: 'area', label: t('sites.column.areaKm2'), value: (r) => format.number(r.areaKm2), numeric: true },
          { key: 'process', label: t('sites.field.process'), value: (r) => r.process },
          { key: 'basis', label: t('sites.field.basis'), value: (r) => r.basis },
          { key: 'started', label: t('sites.field.periodStarted'), value: (r) => (r.periodStarted === null ? '' : format.year(r.periodStarted)) },
        ]}
        onAdd={() => setTarget('new')}
        onEdit={setTarget}
        onDelete={(r) => deletion.run({ table: 'false_pos_neg', id: r.id }, r.locationName)}
        deletion={deletion}
      />
      <FormDialog
        open={target !== null}
        onClose={() => setTarget(null)}
        title={editing ? t('sites.dialogEdit', { name: editing.locationName }) : t('sites.falsePosNeg.dialogAdd')}
        description={t('sites.dialogDescription')}
      >
        {target !== null && <FalsePosNegForm row={editing} onDone={() => setTarget(null)} />}
        {editing && <GeometryEditor ownerEntity="baseline_false_pos_neg" ownerId={editing.id} ownerLabel={editing.locationName} headingLevel={3} />}
      </FormDialog>
    </>
  );
}
