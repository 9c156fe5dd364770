import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HotBrightSpot, HotBrightSpotKind } from '../../../../shared/baseline/sites';
import { useFormat } from '../../../app/i18n/useFormat';
import { FormDialog } from '../../../components/FormDialog';
import { GeometryEditor } from '../../maps/GeometryEditor';
import { HotBrightSpotForm } from './HotBrightSpotForm';
import { SiteSection } from './SiteSection';
import { useDeleteSite } from './useDeleteSite';

const TABLE_ID = { hotspot: 'SO1-4.T4', brightspot: 'SO1-4.T5' } as const;

/** SO1-4.T4 (hotspots) or SO1-4.T5 (brightspots): the rows of one kind, with add, edit and delete. */
export function HotBrightSpotSection({ kind, spots }: { kind: HotBrightSpotKind; spots: readonly HotBrightSpot[] }) {
  const { t } = useTranslation('baseline');
  const format = useFormat();
  const deletion = useDeleteSite();
  const [target, setTarget] = useState<HotBrightSpot | 'new' | null>(null);
  const editing = target === 'new' ? null : target;
  const rows = spots.filter((s) => s.kind === kind);

  return (
    <>
      <SiteSection
        tableId={TABLE_ID[kind]}
        title={t(`sites.${kind}.title`)}
        intro={t(`sites.${kind}.intro`)}
        rows={rows}
        nameOf={(s) => s.name}
        columns={[
          { key: 'name', label: t('sites.field.location'), value: (s) => s.name },
          { key: 'area', label: t('sites.column.areaKm2'), value: (s) => format.number(s.areaKm2), numeric: true },
          { key: 'drivers', label: t('sites.field.driversProcesses'), value: (s) => s.driversProcesses },
          { key: 'taken', label: t('sites.field.actionsTaken'), value: (s) => s.actionsTaken },
          { key: 'planned', label: t('sites.field.actionsPlanned'), value: (s) => s.actionsPlanned },
        ]}
        onAdd={() => setTarget('new')}
        onEdit={setTarget}
        onDelete={(s) => deletion.run({ table: 'hot_bright_spot', id: s.id }, s.name)}
        deletion={deletion}
      />
      <FormDialog
        open={target !== null}
        onClose={() => setTarget(null)}
        title={editing ? t('sites.dialogEdit', { name: editing.name }) : t(`sites.${kind}.dialogAdd`)}
        description={t('sites.dialogDescription')}
      >
        {target !== null && <HotBrightSpotForm kind={kind} spot={editing} onDone={() => setTarget(null)} />}
        {editing && <GeometryEditor ownerEntity="baseline_hot_bright_spot" ownerId={editing.id} ownerLabel={editing.name} headingLevel={3} />}
      </FormDialog>
    </>
  );
}
