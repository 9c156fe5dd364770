import type { FieldError } from '../../../shared/command';

/** Values of a table by cell, keyed `row|column`; null where nothing is stored. */
export type CellValues = Record<string, number | null>;

export const cellKey = (row: string | number, column: string | number) => `${row}|${column}`;

/**
 * Maps a server field error on the n-th entry of an input list (`rows.3.areaKm2`, `cells.12.areaKm2`)
 * back to the cell that entry came from, so the message shows in that cell.
 */
export function cellOfListEntry(listName: string, cellKeys: readonly string[]) {
  return (path: FieldError['path']): string | null => {
    if (path[0] !== listName || typeof path[1] !== 'number') return null;
    return cellKeys[path[1]] ?? null;
  };
}

/** The sum of some cells (a row total), or null while none of them holds a number. */
export function sumOfCells(cells: CellValues, keys: readonly string[]): number | null {
  const values = keys.map((key) => cells[key]).filter((value): value is number => typeof value === 'number');
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0);
}

/** Typed text → number; the message key of what is wrong with it, for numbers that must be ≥ 0. */
export function parseCell(text: string): { value: number } | { error: FieldError } {
  const trimmed = text.trim();
  if (trimmed === '') return { error: { path: [], messageKey: 'errors:field.required' } };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { error: { path: [], messageKey: 'errors:field.wrongType' } };
  if (value < 0) return { error: { path: [], messageKey: 'errors:field.atLeast', params: { min: 0 } } };
  return { value };
}
