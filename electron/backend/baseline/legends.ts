import type { z } from 'zod';
import type { NationalLegend } from '../../../shared/baseline/national-legend';
import type { baselineInputs, TransitionRegion } from '../../../shared/baseline/schema';
import { appError } from '../errors';
import { workspaceRecord } from '../workspace/repository';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { liveRows } from './table-rows';
import { currentTransitionMatrix, removeRegionMatrix, startRegionMatrix } from './transition-matrix';

/** What the regions must sum to (§1.3): CP-1.T1's land area of the latest year, else the workspace's land area. */
export function totalLandAreaKm2(ws: OpenWorkspace): number {
  const latest = liveRows(ws, 'baseline_land_area').sort((a, b) => b.year - a.year)[0];
  return latest ? latest.landKm2 : workspaceRecord(ws).landAreaKm2;
}

export function readNationalLegend(ws: OpenWorkspace): NationalLegend {
  const setting = liveRows(ws, 'national_legend')[0];
  return {
    // Until someone says otherwise, the 7 UNCCD classes are the legend (PRAIS' default answer).
    unccdSufficient: setting ? setting.unccdSufficient === 1 : true,
    classes: liveRows(ws, 'national_legend_class')
      .map(({ code, nameShort, nameLong, color, unccdCode }) => ({ code, nameShort, nameLong, color, unccdCode }))
      .sort((a, b) => a.code - b.code),
  };
}

export function readRegions(ws: OpenWorkspace): TransitionRegion[] {
  // UUIDv7 ids sort by creation time, which is the order the working group entered the regions.
  return liveRows(ws, 'transition_region').map((r) => ({ id: r.id, name: r.name, areaKm2: r.areaKm2, transitionMatrix: currentTransitionMatrix(ws, r.id) }));
}

/** SO1-1.T2 as entered. Classes are matched by code: a kept code is updated (only changed fields are logged), a dropped one tombstoned. */
export function saveNationalLegend(ws: OpenWorkspace, input: z.output<typeof baselineInputs.nationalLegend>): void {
  const setting = liveRows(ws, 'national_legend')[0];
  const unccdSufficient = input.unccdSufficient ? 1 : 0;
  if (setting) ws.mutator.update('national_legend', setting.id, { unccdSufficient });
  else ws.mutator.insert('national_legend', { unccdSufficient });

  const stored = new Map(liveRows(ws, 'national_legend_class').map((c) => [c.code, c]));
  for (const c of input.classes) {
    // The schema refused a class without its UNCCD class, so unccdCode is a number here.
    const values = { code: c.code, nameShort: c.nameShort, nameLong: c.nameLong, color: c.color.toUpperCase(), unccdCode: c.unccdCode as number };
    const existing = stored.get(c.code);
    stored.delete(c.code);
    if (existing) ws.mutator.update('national_legend_class', existing.id, values);
    else ws.mutator.insert('national_legend_class', values);
  }
  for (const gone of stored.values()) ws.mutator.remove('national_legend_class', gone.id);
}

/** The SO1-1.T3 regions as entered. Regions are matched by id: new ones start their matrix from the national one, dropped ones leave with theirs. */
export function saveRegions(ws: OpenWorkspace, regions: z.output<typeof baselineInputs.regions>['regions']): void {
  const stored = new Map(liveRows(ws, 'transition_region').map((r) => [r.id, r]));
  for (const r of regions) {
    if (r.id === undefined) {
      const created = ws.mutator.insert('transition_region', { name: r.name, areaKm2: r.areaKm2 });
      startRegionMatrix(ws, created.id);
      continue;
    }
    if (!stored.has(r.id)) throw appError('not_found'); // removed meanwhile, or never a region
    stored.delete(r.id);
    ws.mutator.update('transition_region', r.id, { name: r.name, areaKm2: r.areaKm2 });
  }
  for (const gone of stored.values()) {
    removeRegionMatrix(ws, gone.id);
    ws.mutator.remove('transition_region', gone.id);
  }
}

/** Refuses a `regionId` that names no live region (a matrix command on a removed region). */
export function assertRegion(ws: OpenWorkspace, regionId: string | undefined): string | null {
  if (regionId === undefined) return null;
  const region = ws.mutator.find('transition_region', regionId);
  if (!region || region.deletedAt !== null) throw appError('not_found');
  return regionId;
}
