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
const LABEL_WIDTH = 46;
const NUMBER_WIDTH = 9;
const BUDGET_WIDTH = 15;

/** One block per measurement: the figure with its budget verdict, its reference, and their ratio. */
export function formatReport(title: string, measurements: readonly Measured[]): string {
  const header = `${''.padEnd(LABEL_WIDTH)}${STATS.map((s) => s.padStart(NUMBER_WIDTH)).join('')}   budget`;
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

function row(label: string, cells: string[]): string {
  return `${label.padEnd(LABEL_WIDTH)}${cells.map((cell) => cell.padStart(NUMBER_WIDTH)).join('')}`;
}

function ms(value: number): string {
  return value < 10 ? value.toFixed(3) : value.toFixed(1);
}
