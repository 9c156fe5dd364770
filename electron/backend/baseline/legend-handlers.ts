import { nationalLegendProblems } from '../../../shared/baseline/national-legend';
import { regionProblems } from '../../../shared/baseline/regions';
import type { FieldError } from '../../../shared/command';
import { AppError } from '../errors';
import type { Handlers } from '../handler-types';
import { saveNationalLegend, saveRegions, totalLandAreaKm2 } from './legends';
import { readBaseline } from './repository';

type LegendCommand = 'baseline.saveNationalLegend' | 'baseline.saveRegions';

/** SO1-1.T2 (national legend) and the regions of SO1-1.T3: each save takes the whole list and checks it as a whole. */
export const legendHandlers: Handlers<LegendCommand> = {
  'baseline.saveNationalLegend': (input, session) => {
    const ws = session.workspace();
    refuseIfAny(nationalLegendProblems(input));
    saveNationalLegend(ws, input);
    return readBaseline(ws);
  },
  'baseline.saveRegions': (input, session) => {
    const ws = session.workspace();
    refuseIfAny(regionProblems(input.regions, totalLandAreaKm2(ws)));
    saveRegions(ws, input.regions);
    return readBaseline(ws);
  },
};

/** The whole-list rules are shared with the forms; every problem goes back, each at its field. */
function refuseIfAny(problems: FieldError[]): void {
  if (problems.length > 0) throw new AppError('validation', problems[0]!.messageKey, { fields: problems });
}

