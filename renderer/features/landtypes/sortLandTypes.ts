import type { LandType } from '../../../shared/landtypes/schema';
import type { SortOrder } from '../../components/SortableHeader';

export type LandTypeSortColumn = 'code' | 'name' | 'areaKm2';

/** Text the filter looks in: everything a reader sees in the row. */
function rowText(landType: LandType): string {
  return [landType.code, landType.name, landType.definitionBasis, landType.notes].filter(Boolean).join(' ');
}

export function filterLandTypes(items: readonly LandType[], query: string, locale: string): LandType[] {
  const wanted = query.trim().toLocaleLowerCase(locale);
  if (wanted === '') return [...items];
  return items.filter((item) => rowText(item).toLocaleLowerCase(locale).includes(wanted));
}

/** Codes like CL-2 and CL-10 sort as numbers; land types without an area go last either way. */
export function sortLandTypes(items: readonly LandType[], order: SortOrder<LandTypeSortColumn>, locale: string): LandType[] {
  const collator = new Intl.Collator(locale, { numeric: true });
  const sign = order.direction === 'ascending' ? 1 : -1;
  return [...items].sort((a, b) => {
    if (order.column === 'areaKm2') {
      if (a.areaKm2 === null || b.areaKm2 === null) return a.areaKm2 === b.areaKm2 ? 0 : a.areaKm2 === null ? 1 : -1;
      return sign * (a.areaKm2 - b.areaKm2);
    }
    return sign * collator.compare(a[order.column], b[order.column]);
  });
}
