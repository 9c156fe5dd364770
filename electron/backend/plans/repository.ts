import type { FieldError } from '../../../shared/command';
import type { PlannedConversion } from '../../../shared/plans/losses';
import type { LandUsePlan, PlanSummary, PlanZone, PlanZoneConversion } from '../../../shared/plans/schema';
import { selectColumns, type EntityRecord } from '../db/entities';
import { fieldError } from '../errors';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { lossRule } from './loss-rule';

/** Reads of plans, zones and conversions; "live" means the row and everything it belongs to are not deleted. */

/** The live plan `id`, or a refusal on the field that named it. */
export function requirePlan(ws: OpenWorkspace, id: string, path: FieldError['path'] = ['id']): EntityRecord<'land_use_plan'> {
  const plan = ws.mutator.find('land_use_plan', id);
  if (!plan || plan.deletedAt !== null) throw fieldError('not_found', { path, messageKey: 'errors:plans.planNotFound' });
  return plan;
}

/** The live zone `id` of a live plan, or a refusal on the field that named it. */
export function requireZone(ws: OpenWorkspace, id: string, path: FieldError['path'] = ['id']): EntityRecord<'plan_zone'> {
  const zone = ws.mutator.find('plan_zone', id);
  if (!zone || zone.deletedAt !== null || ws.mutator.find('land_use_plan', zone.planId)?.deletedAt !== null) {
    throw fieldError('not_found', { path, messageKey: 'errors:plans.zoneNotFound' });
  }
  return zone;
}

/** The geodesic area of the zone's live geometry (maps caches it at write time); null while it has none. */
export function zoneAreaKm2(ws: OpenWorkspace, zoneId: string): number | null {
  const row = ws.db
    .prepare("SELECT area_km2 AS areaKm2 FROM feature_geometry WHERE owner_entity = 'plan_zone' AND owner_id = ? AND deleted_at IS NULL")
    .get(zoneId) as { areaKm2: number } | undefined;
  return row?.areaKm2 ?? null;
}

export function toConversion(record: EntityRecord<'plan_zone_conversion'>, isLoss: (from: number, to: number) => boolean): PlanZoneConversion {
  const { id, zoneId, fromClass, toClass, areaKm2, expectedYear, driver } = record;
  return { id, zoneId, fromClass, toClass, areaKm2, expectedYear, driver, isLoss: isLoss(fromClass, toClass) };
}

/** The live conversions of a zone, by expected year (then in the order they were made). */
export function conversionsOf(ws: OpenWorkspace, zoneId: string): EntityRecord<'plan_zone_conversion'>[] {
  return ws.db
    .prepare(`SELECT ${selectColumns('plan_zone_conversion')} FROM plan_zone_conversion WHERE zone_id = ? AND deleted_at IS NULL ORDER BY expected_year, id`)
    .all(zoneId) as EntityRecord<'plan_zone_conversion'>[];
}

export function toZone(ws: OpenWorkspace, record: EntityRecord<'plan_zone'>, isLoss = lossRule(ws)): PlanZone {
  const { id, planId, name, zoningClass, landTypeId, notes } = record;
  return {
    id,
    planId,
    name,
    zoningClass,
    landTypeId,
    notes,
    areaKm2: zoneAreaKm2(ws, id),
    conversions: conversionsOf(ws, id).map((c) => toConversion(c, isLoss)),
  };
}

/** The live zones of a plan by name, each with its area and live conversions. */
export function zonesOf(ws: OpenWorkspace, planId: string): PlanZone[] {
  const isLoss = lossRule(ws);
  const rows = ws.db
    .prepare(`SELECT ${selectColumns('plan_zone')} FROM plan_zone WHERE plan_id = ? AND deleted_at IS NULL ORDER BY name, id`)
    .all(planId) as EntityRecord<'plan_zone'>[];
  return rows.map((row) => toZone(ws, row, isLoss));
}

/** The live plans by name, with their live zones' count and mapped area. */
export function listPlans(ws: OpenWorkspace): PlanSummary[] {
  const rows = ws.db
    .prepare(
      `SELECT ${selectColumns('land_use_plan')},
              (SELECT count(*) FROM plan_zone z WHERE z.plan_id = land_use_plan.id AND z.deleted_at IS NULL) AS zoneCount,
              (SELECT sum(g.area_km2) FROM plan_zone z JOIN feature_geometry g
                  ON g.owner_entity = 'plan_zone' AND g.owner_id = z.id AND g.deleted_at IS NULL
                WHERE z.plan_id = land_use_plan.id AND z.deleted_at IS NULL) AS zonesAreaKm2
         FROM land_use_plan WHERE deleted_at IS NULL ORDER BY name, id`,
    )
    .all() as (LandUsePlan & { zoneCount: number; zonesAreaKm2: number | null })[];
  return rows;
}

/** Every live conversion whose zone and plan are live too: what the worksheets' plan-zone losses are made of. */
export function plannedConversions(ws: OpenWorkspace): PlannedConversion[] {
  const rows = ws.db
    .prepare(
      `SELECT ${selectColumns('plan_zone_conversion')}, plan_id AS planId, plan_name AS planName, zone_name AS zoneName, land_type_id AS landTypeId
         FROM (SELECT c.*, z.plan_id, z.name AS zone_name, z.land_type_id, p.name AS plan_name
                 FROM plan_zone_conversion c
                 JOIN plan_zone z ON z.id = c.zone_id AND z.deleted_at IS NULL
                 JOIN land_use_plan p ON p.id = z.plan_id AND p.deleted_at IS NULL
                WHERE c.deleted_at IS NULL)
        ORDER BY expected_year, id`,
    )
    .all() as (EntityRecord<'plan_zone_conversion'> & { planId: string; planName: string; zoneName: string; landTypeId: string | null })[];
  return rows.map(({ planId, planName, zoneName, landTypeId, ...conversion }) => ({
    plan: { id: planId, name: planName },
    zone: { id: conversion.zoneId, name: zoneName, landTypeId },
    conversion,
  }));
}
