import { useTranslation } from 'react-i18next';
import type { LandType } from '../../../shared/landtypes/schema';
import type { ObservedLandTypeBalance, WorksheetBalance } from '../../../shared/worksheets/schema';
import { useFormat } from '../../app/i18n/useFormat';
import { BalanceStatus } from './BalanceStatus';
import { ObservedHelp, ObservedNumbers } from './ObservedBalance';

interface BalancePanelProps {
  balance: WorksheetBalance;
  landTypes: readonly LandType[];
  /** Observed balances per land type (none without a Trends.Earth counterbalancing import). */
  observed: readonly ObservedLandTypeBalance[];
}

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
 * A land type with an observed balance imported from Trends.Earth shows it under the planned one, each
 * labelled with where it comes from; without an import the panel shows the planned balance alone.
 */
export function BalancePanel({ balance, landTypes, observed }: BalancePanelProps) {
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
      {observed.length > 0 && <ObservedHelp />}
      <ul className="balance-panel__list">
        {balance.landTypes.map((result) => {
          const observedHere = observed.find((item) => item.landTypeId === result.landTypeId);
          return (
            <li key={result.landTypeId} className="balance-panel__item" aria-label={codeOf(result.landTypeId)}>
              <div className="balance-panel__head">
                <span className="balance-panel__code">{codeOf(result.landTypeId)}</span>
                {!observedHere && <BalanceStatus neutral={result.neutral} />}
              </div>
              {/* Beside an observed balance, the planned one is labelled the same way, status and all. */}
              {observedHere && (
                <div className="balance-panel__head">
                  <span className="muted">{t('observed.planned')}</span>
                  <BalanceStatus neutral={result.neutral} />
                </div>
              )}
              <dl className="balance-panel__numbers">
                {ROWS.map(([label, field]) => (
                  <div key={label} className={label === 'net' ? 'balance-panel__net' : undefined}>
                    <dt>{t(`balance.${label}`)}</dt>
                    <dd>{format.areaKm2(result[field])}</dd>
                  </div>
                ))}
              </dl>
              {observedHere && <ObservedNumbers observed={observedHere} />}
            </li>
          );
        })}
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
