import { useTranslation } from 'react-i18next';
import { parseMatrixCellSubjectId, type MatrixCell } from '../../../shared/consultations/decision-subject-id';
import type { Decision } from '../../../shared/consultations/outcomes';
import { useBaseline } from '../baseline/baselineQueries';
import { landCoverLabel } from '../baseline/labels';
import { useLandTypes } from '../landtypes/landTypeQueries';
import { usePlans } from '../plans/planQueries';
import { useTargets } from '../targets/targetQueries';

/**
 * "Cropland to grassland": a cell of the national matrix by its classes, in the reader's language; a cell
 * of a region's own matrix leads with the region's name ("Coast: Cropland to grassland").
 */
export function useMatrixCellLabel() {
  const { t } = useTranslation('consultations');
  const { t: baselineT } = useTranslation('baseline');
  const regions = useBaseline().data?.regions ?? [];
  return ({ regionId, initialCode, finalCode }: MatrixCell) => {
    const cell = t('decisions.matrixCellOption', { initial: landCoverLabel(baselineT, initialCode), final: landCoverLabel(baselineT, finalCode) });
    if (regionId === null) return cell;
    const region = regions.find((r) => r.id === regionId)?.name ?? t('decisions.removedRegion');
    return t('decisions.regionCellOption', { region, cell });
  };
}

/**
 * What a decision shaped, in words: "Land type CL-1 · Cropland", "LDN target: <its text>", "Transition
 * matrix cell: Cropland to grassland", "Land-use plan: <its name>". A measure is named by its kind only
 * (its scenario may not be loaded).
 */
export function useSubjectLabel() {
  const { t } = useTranslation('consultations');
  const landTypes = useLandTypes({ includeDeleted: true }).data?.items ?? [];
  const targets = useTargets().data?.items ?? [];
  const plans = usePlans().data?.items ?? [];
  const cellLabel = useMatrixCellLabel();
  return (decision: Pick<Decision, 'subjectType' | 'subjectId'>) => {
    const kind = t(`subjectType.${decision.subjectType ?? 'landtype'}`);
    const record = (text: string) => t('decisions.recordSubject', { kind, record: text });
    switch (decision.subjectType) {
      case 'landtype': {
        const landType = landTypes.find((item) => item.id === decision.subjectId);
        return landType ? t('decisions.landTypeSubject', { kind, code: landType.code, name: landType.name }) : kind;
      }
      case 'target': {
        const target = targets.find((item) => item.id === decision.subjectId);
        return target ? record(target.text) : kind;
      }
      case 'land_use_plan': {
        const plan = plans.find((item) => item.id === decision.subjectId);
        return plan ? record(plan.name) : kind;
      }
      case 'transition_matrix_cell': {
        const cell = parseMatrixCellSubjectId(decision.subjectId ?? '');
        return cell ? record(cellLabel(cell)) : kind;
      }
      default:
        return kind;
    }
  };
}
