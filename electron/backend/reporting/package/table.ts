/** One PRAIS table as the package writes it: a CSV file and a sheet of the workbook, with the same cells. */
export interface PackageTable {
  /** The 2026 PRAIS table ID (domain-spec §1); also the sheet name in the workbook. */
  id: string;
  /** Short English name after the ID in the CSV file name, e.g. `land_area`. */
  slug: string;
  columns: readonly string[];
  rows: readonly Cell[][];
}

/** Numbers stay numbers (CSV and XLSX), null is an empty cell. */
export type Cell = string | number | null;
