import { useTranslation } from 'react-i18next';
import type { ParticipantsRollup } from '../../../../shared/consultations/rollups';
import { useFormat } from '../../../app/i18n/useFormat';
import { ShareTable } from './ShareTable';

/** Who took part, by sex, age band, inclusion flags and sector; every breakdown sums to all participants. */
export function ParticipantsBreakdown({ rollup }: { rollup: ParticipantsRollup }) {
  const { t } = useTranslation('consultations');
  const format = useFormat();
  if (rollup.participants === 0) return <p className="muted">{t('rollup.nobody')}</p>;
  return (
    <div className="stack">
      <p className="rollup__total">
        {t('rollup.total', { participants: format.number(rollup.participants), attendances: format.number(rollup.attendances) })}
      </p>
      <div className="rollup__grid">
        <ShareTable caption={t('rollup.bySex')} rows={rollup.bySex.map((s) => ({ key: s.code, label: t(`sex.${s.code}`), ...s }))} />
        <ShareTable caption={t('rollup.byAgeBand')} rows={rollup.byAgeBand.map((s) => ({ key: s.code, label: t(`ageBand.${s.code}`), ...s }))} />
        <ShareTable
          caption={t('rollup.inclusion')}
          rows={[
            { key: 'iplc', label: t('flag.iplc'), ...rollup.iplc },
            { key: 'youth', label: t('flag.youth'), ...rollup.youth },
          ]}
        />
        <ShareTable caption={t('rollup.bySector')} rows={rollup.bySector.map((s) => ({ key: s.code, label: t(`sector.${s.code}`), ...s }))} />
      </div>
      <p className="muted">{t('rollup.howCounted')}</p>
    </div>
  );
}
