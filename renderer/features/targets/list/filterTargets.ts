import type { RubricCriterion, TargetListItem } from '../../../../shared/targets/schema';
import type { SortOrder } from '../../../components/SortableHeader';

export interface TargetFilter {
  status: string;
  level: string;
  hierarchy: string;
  criterion: RubricCriterion | '';
  /** With a criterion: targets that meet it (pass) or that do not (partial or missing). */
  meets: 'meets' | 'doesNotMeet';
  search: string;
}
export const NO_FILTER: TargetFilter = { status: '', level: '', hierarchy: '', criterion: '', meets: 'doesNotMeet', search: '' };

export type TargetColumn = 'text' | 'level' | 'status' | 'targetYear' | 'rubric';

/** Case, accents and Arabic short vowels set aside, so "reboisement" finds "Reboisement" and "ghaba" style typing is forgiving. */
export function searchable(text: string, locale: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale);
}

export const passCount = (target: TargetListItem) => target.rubric.filter((result) => result.grade === 'pass').length;

function matches(target: TargetListItem, filter: TargetFilter, locale: string): boolean {
  if (filter.status && target.status !== filter.status) return false;
  if (filter.level && target.level !== filter.level) return false;
  if (filter.hierarchy && !(target.hierarchyTypes as string[]).includes(filter.hierarchy)) return false;
  if (filter.criterion) {
    const pass = target.rubric.find((result) => result.criterion === filter.criterion)?.grade === 'pass';
    if (pass !== (filter.meets === 'meets')) return false;
  }
  const query = searchable(filter.search.trim(), locale);
  if (query === '') return true;
  return searchable(`${target.text} ${target.locationName ?? ''}`, locale).includes(query);
}

function comparator(order: SortOrder<TargetColumn>, locale: string, label: (target: TargetListItem, column: TargetColumn) => string) {
  const collator = new Intl.Collator(locale, { numeric: true });
  const sign = order.direction === 'ascending' ? 1 : -1;
  return (a: TargetListItem, b: TargetListItem) => {
    const byColumn =
      order.column === 'targetYear'
        ? a.targetYear - b.targetYear
        : order.column === 'rubric'
          ? passCount(a) - passCount(b)
          : collator.compare(label(a, order.column), label(b, order.column));
    return sign * byColumn || collator.compare(a.text, b.text);
  };
}

export interface TargetRow {
  target: TargetListItem;
  /** Shown under its national target. */
  isSub: boolean;
}

/**
 * The rows to show: matching targets in the chosen order, each matching sub-target right under its
 * national target; a sub-target whose national target is filtered out stands on its own.
 */
export function targetRows(
  items: readonly TargetListItem[],
  filter: TargetFilter,
  order: SortOrder<TargetColumn>,
  locale: string,
  label: (target: TargetListItem, column: TargetColumn) => string,
): TargetRow[] {
  const shown = items.filter((target) => matches(target, filter, locale)).sort(comparator(order, locale, label));
  const shownIds = new Set(shown.map((target) => target.id));
  const heads = shown.filter((target) => target.parentTargetId === null || !shownIds.has(target.parentTargetId));
  return heads.flatMap((head) => [
    { target: head, isSub: false },
    ...shown.filter((target) => target.parentTargetId === head.id).map((target) => ({ target, isSub: true })),
  ]);
}
