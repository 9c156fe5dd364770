import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { UNCCD_LAND_COVER_CLASSES } from '../../../shared/baseline/classes';
import { translateKey } from '../../app/i18n/translateKey';

/**
 * The code lists of targets, by the list name their labels sit under in `targets:codes.<list>.<code>`
 * (the frameworks and relations of the cross-walk under `targets:commitments.<list>.<code>`).
 */
export type CodeList =
  | 'strategicObjective'
  | 'level'
  | 'ambition'
  | 'hierarchy'
  | 'actionVerb'
  | 'indicator'
  | 'status'
  | 'endorsement'
  | 'provenance'
  | 'pattern'
  | 'gapArea'
  | 'measureType'
  | 'fundingSource'
  | 'unit';
export type CommitmentList = 'framework' | 'relation';

/** Words for codes: labels are data-driven keys, so they go through `translateKey`. */
export function useCodeLabels() {
  const { i18n } = useTranslation('targets');
  const code = useCallback((list: CodeList, value: string) => translateKey(i18n, `targets:codes.${list}.${value}`), [i18n]);
  const commitment = useCallback(
    (list: CommitmentList, value: string) => translateKey(i18n, `targets:commitments.${list}.${value}`),
    [i18n],
  );
  /** A UNCCD land-cover class by its code, in the baseline's words. */
  const landCover = useCallback(
    (classCode: number) => {
      const key = UNCCD_LAND_COVER_CLASSES.find((c) => c.code === classCode)?.key;
      return key ? translateKey(i18n, `baseline:class.${key}`) : String(classCode);
    },
    [i18n],
  );
  return { code, commitment, landCover };
}
