import type { TFunction } from 'i18next';
import type { Scenario } from '../../../shared/worksheets/schema';

/** Business as usual has no name until someone gives it one: it is then called by its localised label. */
export function scenarioLabel(scenario: Scenario, t: TFunction<'worksheets'>): string {
  return scenario.name ?? t('scenario.businessAsUsual');
}
