import { useTranslation } from 'react-i18next';
import type { ImplementedAction } from '../../../../shared/targets/schema';
import { useFormat } from '../../../app/i18n/useFormat';
import { useCodeLabels } from '../labels';

/** SO1.IA.T1: the projects and initiatives on the ground linked to this target. */
export function ActionsList({ actions }: { actions: readonly ImplementedAction[] }) {
  const { t } = useTranslation('targets');
  const labels = useCodeLabels();
  const format = useFormat();
  return (
    <section className="stack" aria-labelledby="target-actions">
      <h2 id="target-actions">{t('detail.implementedActions')}</h2>
      {actions.length === 0 ? (
        <p className="muted">{t('detail.noActions')}</p>
      ) : (
        <ul>
          {actions.map((action) => (
            <li key={action.id}>
              {action.description}{' '}
              <span className="muted">
                {t('detail.actionFacts', {
                  start: action.startDate,
                  area: action.areaKm2 === null ? t('detail.notGiven') : format.areaKm2(action.areaKm2),
                  funding: labels.code('fundingSource', action.fundingSource),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
