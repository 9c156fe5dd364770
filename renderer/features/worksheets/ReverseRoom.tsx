import { useMemo } from 'react';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { checkReverseArea, reverseRoomKm2 } from '../../../shared/worksheets/degraded';
import type { ResponseLevel } from '../../../shared/worksheets/schema';
import { useFormat } from '../../app/i18n/useFormat';
import type { KeyedFieldError } from '../../components/form/schemaResolver';
import { useLandTypes } from '../landtypes/landTypeQueries';
import { useWorksheet } from './worksheetQueries';

/** What a reverse measure may cover on its land type in its scenario (rule in shared/worksheets/degraded.ts). */
export interface ReverseRoom {
  code: string;
  /** Null when the land type has no degraded area recorded. */
  degradedAreaKm2: number | null;
  /** The areas of the scenario's other reverse measures on the land type. */
  otherReverseKm2: number[];
}

/**
 * The room for a reverse measure, from the land types and the scenario's worksheet the page has already
 * read; undefined for avoid and reduce measures, or while those are loading (the backend checks anyway).
 */
export function useReverseRoom(scenarioId: string, landTypeId: string, level: ResponseLevel, measureId: string | undefined): ReverseRoom | undefined {
  const landType = useLandTypes().data?.items.find((item) => item.id === landTypeId);
  const sheet = useWorksheet(scenarioId).data?.landTypes.find((item) => item.landTypeId === landTypeId);
  return useMemo(() => {
    if (level !== 'reverse' || !landType || !sheet) return undefined;
    const others = sheet.measures.filter((measure) => measure.level === 'reverse' && measure.id !== measureId);
    return { code: landType.code, degradedAreaKm2: landType.degradedAreaKm2, otherReverseKm2: others.map((measure) => measure.areaKm2) };
  }, [level, landType, sheet, measureId]);
}

/**
 * The form's resolver plus the degraded-area rule at `areaKm2`, with the backend's words, so that an
 * area that cannot fit shows while typing, whatever the other fields hold. `areaOf` reads the area the
 * way the form sends it. A land type without degraded area is left to the note above the form and to
 * the backend.
 */
export function withReverseRoom<Values extends FieldValues, Output>(
  resolver: Resolver<Values, unknown, Output>,
  room: ReverseRoom | undefined,
  areaOf: (values: Values) => number | undefined,
): Resolver<Values, unknown, Output> {
  if (!room || room.degradedAreaKm2 === null) return resolver;
  const { code, degradedAreaKm2, otherReverseKm2 } = room;
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    const areaKm2 = areaOf(values);
    if ('areaKm2' in result.errors || areaKm2 === undefined || !Number.isFinite(areaKm2)) return result;
    const check = checkReverseArea({ degradedAreaKm2, otherReverseKm2, areaKm2 });
    if (check.fits || check.reason !== 'exceedsDegraded') return result;
    const errors: Record<string, KeyedFieldError> = {
      ...(result.errors as Record<string, KeyedFieldError>),
      areaKm2: {
        type: 'validation',
        message: 'errors:worksheets.reverseExceedsDegraded',
        params: { code, total: check.totalKm2, degraded: check.degradedKm2 },
      },
    };
    return { values: {}, errors: errors as FieldErrors<Values> };
  };
}

/** Above a reverse measure's form: what is still free for it, or that the land type needs its degraded area first. */
export function ReverseRoomNote({ room }: { room: ReverseRoom | undefined }) {
  const { t } = useTranslation('worksheets');
  const format = useFormat();
  if (!room) return null;
  if (room.degradedAreaKm2 === null) {
    return (
      <div className="alert" role="note">
        <p>{t('reverseRoom.notRecorded', { code: room.code })}</p>
        <p>
          <Link to="/workspace/land-types">{t('reverseRoom.openLandTypes')}</Link>
        </p>
      </div>
    );
  }
  return (
    <p className="muted" role="note">
      {t('reverseRoom.room', {
        code: room.code,
        room: format.areaKm2(reverseRoomKm2(room.degradedAreaKm2, room.otherReverseKm2)),
        degraded: format.areaKm2(room.degradedAreaKm2),
      })}
    </p>
  );
}
