import { useTranslation } from 'react-i18next';
import type { BaselineData, PraisTableId, TableProvenance } from '../../../shared/baseline/schema';
import type { PeriodKey } from '../../../shared/workspace/schema';

export function provenanceOf(data: BaselineData, tableId: PraisTableId, periodKey: PeriodKey | null): TableProvenance | undefined {
  return data.provenance.find((p) => p.tableId === tableId && p.periodKey === periodKey);
}

/** Where a table's numbers come from: the default, a Trends.Earth file, or national data with its source. */
export function ProvenanceBadge({ data, provenance }: { data: BaselineData; provenance: TableProvenance | undefined }) {
  const { t } = useTranslation('baseline');
  const origin = provenance?.origin ?? 'default';
  let text: string;
  if (origin === 'imported') {
    const file = data.imports.find((i) => i.id === provenance?.importId);
    text = t('provenance.imported', { file: file?.fileName ?? t('notComputed') });
  } else if (origin === 'national') {
    const source = data.sources.find((s) => s.id === provenance?.sourceId);
    text = source ? t('provenance.national', { source: source.title }) : t('provenance.nationalNoSource');
  } else {
    text = t('provenance.default');
  }
  return (
    <span className="provenance">
      <span className={`badge provenance__badge provenance__badge--${origin}`} data-origin={origin}>
        {text}
      </span>
      {provenance?.comment && <span className="provenance__comment muted">{t('provenance.comment', { comment: provenance.comment })}</span>}
    </span>
  );
}
