import { useState } from 'react';

/**
 * The rows a list editor holds while the user types, before the list is saved as a whole. Rows are found by
 * their `key`, not their stored id: a row added in the editor has no id until it is saved.
 */
export function useDraftRows<Row extends { key: string | number }>(initial: () => Row[]) {
  const [rows, setRows] = useState<Row[]>(initial);
  const update = (key: Row['key'], change: Partial<Row>) => setRows((current) => current.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const remove = (key: Row['key']) => setRows((current) => current.filter((r) => r.key !== key));
  return { rows, setRows, update, remove };
}
