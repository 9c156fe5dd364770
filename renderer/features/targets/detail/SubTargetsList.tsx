import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TargetListItem } from '../../../../shared/targets/schema';
import { RubricBadges } from '../rubric/RubricBadges';

/** The sub-targets that together carry a national target, each with its rubric. */
export function SubTargetsList({ subTargets }: { subTargets: readonly TargetListItem[] }) {
  const { t } = useTranslation('targets');
  return (
    <section className="stack" aria-labelledby="target-subtargets">
      <h2 id="target-subtargets">{t('detail.subTargets')}</h2>
      {subTargets.length === 0 ? (
        <p className="muted">{t('detail.noSubTargets')}</p>
      ) : (
        <ul className="sub-targets">
          {subTargets.map((sub) => (
            <li key={sub.id}>
              <Link to={`/targets/${sub.id}`}>{sub.text}</Link>
              {sub.locationName && <span className="muted"> · {sub.locationName}</span>}
              <RubricBadges rubric={sub.rubric} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
