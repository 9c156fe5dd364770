import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { LandUsePlan } from '../../../../shared/plans/schema';
import { usePlanLabels } from '../labels';

/** A plan's own fields; the ones not filled in say so rather than vanish. */
export function PlanFacts({ plan }: { plan: LandUsePlan }) {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const facts: [string, string][] = [
    [t('field.level'), labels.level(plan.level)],
    [t('field.status'), labels.status(plan.status)],
    [t('field.period'), labels.period(plan.periodStart, plan.periodEnd) || t('notGiven')],
    [t('field.instrument'), plan.instrument ?? t('notGiven')],
    [t('field.adoptingBody'), plan.adoptingBody ?? t('notGiven')],
  ];
  if (plan.notes) facts.push([t('field.notes'), plan.notes]);
  return (
    <dl className="details">
      {facts.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
