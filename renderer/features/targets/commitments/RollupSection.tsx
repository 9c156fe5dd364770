import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AvoidedDoubleCount, RestorationRollup } from '../../../../shared/targets/schema';
import { useFormat } from '../../../app/i18n/useFormat';
import { useCodeLabels } from '../labels';
import { useRollup, useTargets } from '../targetQueries';

type Owner = RestorationRollup['byOwner'][number]['owner'];

/**
 * The national restoration hectares, each counted once, who books them, and every double count the
 * roll-up did not make, said in plain words.
 */
export function RollupSection() {
  const { t } = useTranslation('targets');
  const labels = useCodeLabels();
  const format = useFormat();
  const rollup = useRollup().data;
  // The printable report shows this section once per report language: a fixed id would repeat.
  const titleId = useId();
  const textOf = new Map((useTargets().data?.items ?? []).map((item) => [item.id, item.text]));
  if (!rollup) return null;
  const ha = (value: number) => t('rollup.hectares', { value: format.number(value) });
  const target = (id: string | null) => textOf.get(id ?? '') ?? t('rollup.unknownTarget');
  const ownerName = (owner: Owner) =>
    owner.kind === 'ldn_target' ? t('rollup.ownerLdn') : `${labels.commitment('framework', owner.framework)} ${owner.commitmentRef}`;
  const avoidedText = (row: AvoidedDoubleCount) =>
    row.kind === 'sub_target'
      ? t('rollup.avoidedSubTarget', { hectares: ha(row.hectares), target: target(row.targetId), parent: target(row.parentTargetId) })
      : t('rollup.avoidedShare', {
          hectares: ha(row.hectares),
          commitment: `${labels.commitment('framework', row.framework ?? 'other')} ${row.commitmentRef ?? ''}`.trim(),
          relation: row.relation ? labels.commitment('relation', row.relation) : '',
          target: target(row.targetId),
        });
  return (
    <section className="stack rollup" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('rollup.title')}</h2>
      <p className="muted">{t('rollup.intro')}</p>
      <dl className="rollup__totals">
        <div>
          <dt>{t('rollup.total')}</dt>
          <dd className="rollup__total">{ha(rollup.totalHa)}</dd>
        </div>
        <div>
          <dt>{t('rollup.gross')}</dt>
          <dd>{ha(rollup.grossHa)}</dd>
        </div>
      </dl>
      <h3>{t('rollup.byOwner')}</h3>
      <ul>
        {rollup.byOwner.map(({ owner, hectares }) => (
          <li key={owner.kind === 'ldn_target' ? 'ldn' : `${owner.framework}-${owner.commitmentRef}`}>
            {ownerName(owner)}: {ha(hectares)}
          </li>
        ))}
      </ul>
      <h3>{t('rollup.avoidedTitle')}</h3>
      {rollup.avoided.length === 0 ? (
        <p className="muted">{t('rollup.noneAvoided')}</p>
      ) : (
        <ul className="rollup__avoided">
          {rollup.avoided.map((row) => (
            <li key={`${row.kind}-${row.linkId ?? row.targetId}`}>{avoidedText(row)}</li>
          ))}
        </ul>
      )}
      {rollup.withoutArea.length > 0 && (
        <p className="note">{t('rollup.withoutArea', { targets: rollup.withoutArea.map((id) => target(id)).join(' · ') })}</p>
      )}
    </section>
  );
}
