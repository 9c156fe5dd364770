import type { TransitionCell } from '../baseline/schema';
import { CONDITION } from '../baseline/classes';
import type { AnticipatedLoss } from '../worksheets/schema';
import type { LandUsePlan, PlanZone, PlanZoneConversion } from './schema';

/**
 * How a plan's conversions become anticipated losses of the worksheets (issue 5 and 7, domain-spec §7.4):
 * a planned conversion is a loss when the national transition matrix calls its change degradation; it counts
 * in the land type of its zone, in every scenario (a plan is a fact the scenarios respond to, not a choice).
 */

/** True when the matrix's cell for from → to means degradation (−1); a class it does not list is no loss. */
export function isDegradation(cells: readonly Pick<TransitionCell, 'initialCode' | 'finalCode' | 'meaning'>[], fromClass: number, toClass: number): boolean {
  return cells.some((cell) => cell.initialCode === fromClass && cell.finalCode === toClass && cell.meaning === CONDITION.degraded);
}

/** A live conversion with the live zone and plan it belongs to. */
export interface PlannedConversion {
  plan: Pick<LandUsePlan, 'id' | 'name'>;
  zone: Pick<PlanZone, 'id' | 'name' | 'landTypeId'>;
  conversion: Omit<PlanZoneConversion, 'isLoss'> & Pick<AnticipatedLoss, 'createdAt' | 'updatedAt'>;
}

/**
 * The worksheet rows of one scenario that planned conversions make: one per conversion that is a loss and
 * whose zone lies in a land type. The row's id is the conversion's, so the worksheet can point back to it.
 */
export function planZoneLosses(
  scenarioId: string,
  planned: readonly PlannedConversion[],
  isLoss: (fromClass: number, toClass: number) => boolean,
): AnticipatedLoss[] {
  return planned.flatMap(({ plan, zone, conversion }): AnticipatedLoss[] => {
    if (zone.landTypeId === null || !isLoss(conversion.fromClass, conversion.toClass)) return [];
    return [
      {
        id: conversion.id,
        createdAt: conversion.createdAt,
        updatedAt: conversion.updatedAt,
        deletedAt: null,
        scenarioId,
        landTypeId: zone.landTypeId,
        areaKm2: conversion.areaKm2,
        driver: conversion.driver,
        expectedYear: conversion.expectedYear,
        source: 'plan_zone',
        notes: null,
        planZone: { planId: plan.id, planName: plan.name, zoneId: zone.id, zoneName: zone.name, conversionId: conversion.id },
      },
    ];
  });
}
