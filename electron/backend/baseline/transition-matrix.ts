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
 * workspace that stores it stores the same row.
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

export function currentTransitionMatrix(ws: OpenWorkspace): TransitionMatrixVersion {
  return transitionMatrixVersions(ws)[0]!;
}

/** Every version, newest first; the unwritten default when nobody has edited the matrix yet. */
export function transitionMatrixVersions(ws: OpenWorkspace): TransitionMatrixVersion[] {
  const versions = storedVersions(ws);
  if (versions.length === 0) return [{ id: GPG_DEFAULT_VERSION_ID, version: 1, note: null, isGpgDefault: true, cells: DEFAULT_CELLS, createdAt: workspaceRecord(ws).createdAt }];
  const cells = liveRows(ws, 'transition_matrix_cell');
  return versions.map((v) => ({
    id: v.id,
    version: v.version,
    note: v.note,
    isGpgDefault: v.isGpgDefault === 1,
    cells: cells
      .filter((c) => c.versionId === v.id)
      .map(({ initialCode, finalCode, meaning, rationale }) => ({ initialCode, finalCode, meaning: meaning as TransitionCell['meaning'], rationale }))
      .sort((a, b) => a.initialCode - b.initialCode || a.finalCode - b.finalCode),
    createdAt: v.createdAt,
  }));
}

/** A new version equal to the one in force except for one cell, which carries its rationale. */
export function saveTransitionCell(ws: OpenWorkspace, changed: TransitionCell): void {
  const current = storeDefaultIfNeeded(ws);
  const same = (c: TransitionCell) => c.initialCode === changed.initialCode && c.finalCode === changed.finalCode;
  addVersion(ws, current.version + 1, false, current.cells.map((c) => (same(c) ? changed : c)));
}

/** A new version equal to the GPG default again; the edits stay in the earlier versions. */
export function resetTransitionMatrix(ws: OpenWorkspace): void {
  const current = storeDefaultIfNeeded(ws);
  addVersion(ws, current.version + 1, true, DEFAULT_CELLS);
}

function storeDefaultIfNeeded(ws: OpenWorkspace): TransitionMatrixVersion {
  if (storedVersions(ws).length === 0) addVersion(ws, 1, true, DEFAULT_CELLS, GPG_DEFAULT_VERSION_ID);
  return currentTransitionMatrix(ws);
}

function addVersion(ws: OpenWorkspace, version: number, isGpgDefault: boolean, cells: readonly TransitionCell[], id?: string): void {
  const record = ws.mutator.insert('transition_matrix_version', { version, note: null, isGpgDefault: isGpgDefault ? 1 : 0 }, id);
  for (const cell of cells) ws.mutator.insert('transition_matrix_cell', { versionId: record.id, ...cell });
}

function storedVersions(ws: OpenWorkspace): EntityRecord<'transition_matrix_version'>[] {
  return liveRows(ws, 'transition_matrix_version').sort((a, b) => b.version - a.version);
}
