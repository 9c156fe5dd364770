import { useTranslation } from 'react-i18next';
import type { LandType } from '../../../shared/landtypes/schema';
import type { WorksheetBalance } from '../../../shared/worksheets/schema';
import { useFormat } from '../../app/i18n/useFormat';
import { BalanceStatus } from './BalanceStatus';

const ROWS = [
  ['anticipatedLoss', 'anticipatedLossKm2'],
  ['avoided', 'avoidedKm2'],
  ['reduced', 'reducedKm2'],
  ['reverseGain', 'reverseGainKm2'],
  ['remainingLoss', 'remainingLossKm2'],
  ['net', 'netKm2'],
] as const;

/**
 * The balance of every land type on its own, then the national view: how many land types are in balance.
 * The sum of the nets is shown only as information, because gains never offset losses across land types.
 */
export function BalancePanel({ balance, landTypes }: { balance: WorksheetBalance; landTypes: readonly LandType[] }) {
  const { t } = useTranslation('worksheets');
  const format = useFormat();
  const codeOf = (id: string) => landTypes.find((landType) => landType.id === id)?.code ?? '';
  const { national } = balance;
  return (
    <aside className="balance-panel" aria-labelledby="balance-panel-title">
      <h2 id="balance-panel-title" className="balance-panel__title">
        {t('balance.title')}
      </h2>
      <p className="muted">{t('balance.asOf', { year: format.year(balance.targetYear) })}</p>
      <p className="balance-panel__national" aria-live="polite">
        {t('balance.national', { inBalance: format.number(national.landTypesInBalance), count: format.number(national.landTypeCount) })}
      </p>
      <ul className="balance-panel__list">
        {balance.landTypes.map((result) => (
          <li key={result.landTypeId} className="balance-panel__item" aria-label={codeOf(result.landTypeId)}>
            <div className="balance-panel__head">
              <span className="balance-panel__code">{codeOf(result.landTypeId)}</span>
              <BalanceStatus neutral={result.neutral} />
            </div>
            <dl className="balance-panel__numbers">
              {ROWS.map(([label, field]) => (
                <div key={label} className={label === 'net' ? 'balance-panel__net' : undefined}>
                  <dt>{t(`balance.${label}`)}</dt>
                  <dd>{format.areaKm2(result[field])}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
      {balance.guidance.length > 0 && (
        <section className="balance-panel__guidance" aria-labelledby="balance-guidance-title">
          <h3 id="balance-guidance-title">{t('balance.guidanceTitle')}</h3>
          <ul>
            {balance.guidance.map((warning) => (
              <li key={`${warning.landTypeId}-${warning.kind}`}>{t(`balance.${warning.kind}`, { code: codeOf(warning.landTypeId) })}</li>
            ))}
          </ul>
        </section>
      )}
      <div className="balance-panel__info">
        <p>
          <span>{t('balance.netSumLabel')}</span>{' '}
          <strong>{format.areaKm2(national.netSumForInformationKm2)}</strong>
        </p>
        <p className="muted">{t('balance.likeForLike')}</p>
      </div>
    </aside>
  );
}
