import type { TransitionCell, TransitionMatrixVersion } from '../../../shared/baseline/schema';
import { GPG_DEFAULT_TRANSITION_MATRIX } from '../../../shared/baseline/transition-matrix';
import type { EntityRecord } from '../db/entities';
import { workspaceRecord } from '../workspace/repository';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { liveRows } from './table-rows';

/**
 * SO1-1.T3 in versions (domain-spec §4.2): version 1 is the GPG default; each edit and each reset adds a
 * version, the highest is in force. Version 1 is written only with the first edit, so that reading the
 * baseline of a fresh (possibly read-only) workspace writes nothing. Its id is fixed, so every copy of a
 * workspace that stores it stores the same row. A region's matrix (migration 0007) is versioned the same
 * way, counted on its own.
 */
export const GPG_DEFAULT_VERSION_ID = '01900000-0000-7000-8000-000000000001';

const DEFAULT_CELLS: TransitionCell[] = GPG_DEFAULT_TRANSITION_MATRIX.classCodes.flatMap((initialCode, i) =>
  GPG_DEFAULT_TRANSITION_MATRIX.classCodes.map((finalCode, j) => ({
    initialCode,
    finalCode,
    meaning: GPG_DEFAULT_TRANSITION_MATRIX.meanings[i]![j]!,
    rationale: null,
  })),
);

/** The matrix a command acts on: the national one (null) or a region's (its id). */
export type MatrixRegion = string | null;

export function currentTransitionMatrix(ws: OpenWorkspace, regionId: MatrixRegion = null): TransitionMatrixVersion {
  return transitionMatrixVersions(ws, regionId)[0]!;
}

/**
 * Every version, newest first. The national matrix reads as the unwritten default when nobody has edited
 * it yet; a region always has its version 1, written when the region was created (`startRegionMatrix`).
 */
export function transitionMatrixVersions(ws: OpenWorkspace, regionId: MatrixRegion = null): TransitionMatrixVersion[] {
  const versions = storedVersions(ws, regionId);
  if (versions.length === 0) return [{ id: GPG_DEFAULT_VERSION_ID, version: 1, note: null, isGpgDefault: true, cells: DEFAULT_CELLS, createdAt: workspaceRecord(ws).createdAt }];
  return versions.map((v) => ({
    id: v.id,
    version: v.version,
    note: v.note,
    isGpgDefault: v.isGpgDefault === 1,
    cells: liveRows(ws, 'transition_matrix_cell', { field: 'versionId', values: [v.id] })
      .map(({ initialCode, finalCode, meaning, rationale }) => ({ initialCode, finalCode, meaning: meaning as TransitionCell['meaning'], rationale }))
      .sort((a, b) => a.initialCode - b.initialCode || a.finalCode - b.finalCode),
    createdAt: v.createdAt,
  }));
}

/** A new version equal to the one in force except for one cell, which carries its rationale. */
export function saveTransitionCell(ws: OpenWorkspace, changed: TransitionCell, regionId: MatrixRegion = null): void {
  const current = storeDefaultIfNeeded(ws, regionId);
  const same = (c: TransitionCell) => c.initialCode === changed.initialCode && c.finalCode === changed.finalCode;
  addVersion(ws, regionId, current.version + 1, false, current.cells.map((c) => (same(c) ? changed : c)));
}

/** A new version equal to the GPG default again; the edits stay in the earlier versions. */
export function resetTransitionMatrix(ws: OpenWorkspace, regionId: MatrixRegion = null): void {
  const current = storeDefaultIfNeeded(ws, regionId);
  addVersion(ws, regionId, current.version + 1, true, DEFAULT_CELLS);
}

/** A new region's version 1: a copy of the national matrix in force (the GPG default if never edited). */
export function startRegionMatrix(ws: OpenWorkspace, regionId: string): void {
  const national = currentTransitionMatrix(ws);
  addVersion(ws, regionId, 1, national.isGpgDefault, national.cells);
}

/** Tombstones a removed region's versions and cells, so that they leave every list with it. */
export function removeRegionMatrix(ws: OpenWorkspace, regionId: string): void {
  for (const version of storedVersions(ws, regionId)) {
    for (const cell of liveRows(ws, 'transition_matrix_cell', { field: 'versionId', values: [version.id] })) ws.mutator.remove('transition_matrix_cell', cell.id);
    ws.mutator.remove('transition_matrix_version', version.id);
  }
}

/** Only the national matrix can be unwritten: a region's version 1 is written with the region. */
function storeDefaultIfNeeded(ws: OpenWorkspace, regionId: MatrixRegion): TransitionMatrixVersion {
  if (regionId === null && storedVersions(ws, null).length === 0) addVersion(ws, null, 1, true, DEFAULT_CELLS, GPG_DEFAULT_VERSION_ID);
  return currentTransitionMatrix(ws, regionId);
}

function addVersion(ws: OpenWorkspace, regionId: MatrixRegion, version: number, isGpgDefault: boolean, cells: readonly TransitionCell[], id?: string): void {
  const record = ws.mutator.insert('transition_matrix_version', { version, note: null, isGpgDefault: isGpgDefault ? 1 : 0, regionId }, id);
  for (const cell of cells) ws.mutator.insert('transition_matrix_cell', { versionId: record.id, ...cell });
}

function storedVersions(ws: OpenWorkspace, regionId: MatrixRegion): EntityRecord<'transition_matrix_version'>[] {
  return liveRows(ws, 'transition_matrix_version')
    .filter((v) => v.regionId === regionId)
    .sort((a, b) => b.version - a.version);
}
