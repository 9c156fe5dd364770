import type { Summary } from './stats';

export interface Measured {
  label: string;
  summary: Summary;
  /** p95 budget in ms (ARCHITECTURE.md §7). */
  budgetP95Ms: number;
  /** The same work done with raw better-sqlite3 in the same run. */
  reference?: { label: string; summary: Summary };
}

const STATS = ['p50', 'p95', 'mean'] as const;
const MIN_LABEL_WIDTH = 46;
const NUMBER_WIDTH = 9;
const BUDGET_WIDTH = 15;

/** One block per measurement: the figure with its budget verdict, its reference, and their ratio. */
export function formatReport(title: string, measurements: readonly Measured[]): string {
  // As wide as the longest label, so the columns line up however long a figure's name is.
  const labelWidth = Math.max(MIN_LABEL_WIDTH, ...measurements.flatMap((m) => [m.label, `  ${m.reference?.label ?? ''}`]).map((label) => label.length + 2));
  const row = (label: string, cells: string[]) => `${label.padEnd(labelWidth)}${cells.map((cell) => cell.padStart(NUMBER_WIDTH)).join('')}`;
  const header = `${''.padEnd(labelWidth)}${STATS.map((s) => s.padStart(NUMBER_WIDTH)).join('')}   budget`;
  const blocks = measurements.map(({ label, summary, budgetP95Ms, reference }) => {
    const verdict = summary.p95 < budgetP95Ms ? 'PASS' : 'OVER';
    const budget = `p95 < ${budgetP95Ms} ms`.padEnd(BUDGET_WIDTH);
    const lines = [`${row(label, STATS.map((s) => ms(summary[s])))}   ${budget}${verdict}`];
    if (reference) {
      lines.push(row(`  ${reference.label}`, STATS.map((s) => ms(reference.summary[s]))));
      lines.push(row('  ratio (app ÷ raw)', STATS.map((s) => `${(summary[s] / reference.summary[s]).toFixed(1)}×`)));
    }
    return lines.join('\n');
  });
  return [title, '', header, ...blocks].join('\n');
}

function ms(value: number): string {
  return value < 10 ? value.toFixed(3) : value.toFixed(1);
}
