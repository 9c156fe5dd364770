import { counterbalancingWarnings } from '../../../../shared/baseline/counterbalancing';
import type { CounterbalancingSummary } from '../../../../shared/baseline/trends-earth-summary';
import type { LandType } from '../../../../shared/landtypes/schema';
import type { FilePlan, PlannedLandType } from './plan';

/** Land type codes are at most 32 letters, digits, dots, dashes and underscores (shared/landtypes/schema.ts). */
const CODE_MAX = 32;

/**
 * A counterbalancing summary (§2.5) becomes the observed gains and losses of land types: a land type is
 * the one with the file's code (te_algorithms writes one), else the one with the same name; a land type
 * the workspace does not have yet is created, with the file's code or, when the file has none, a code
 * made from its name.
 */
export function planCounterbalancing(summary: CounterbalancingSummary, landTypes: readonly LandType[]): FilePlan {
  const taken = new Set(landTypes.map((t) => t.code));
  const planned: PlannedLandType[] = summary.landTypes.map((result) => {
    const code = result.code === null ? null : String(result.code);
    const existing = landTypes.find((t) => code !== null && t.code === code) ?? landTypes.find((t) => t.name.trim() === result.name.trim());
    const newCode = existing ? existing.code : freeCode(code ?? codeFromName(result.name), taken);
    taken.add(newCode);
    return { code: newCode, name: result.name.trim(), gainsKm2: result.gainsKm2, lossesKm2: result.lossesKm2, existingId: existing?.id ?? null };
  });
  return { tables: [], landTypes: planned, warnings: counterbalancingWarnings(summary), errors: [] };
}

function codeFromName(name: string): string {
  const code = name.normalize('NFC').trim().replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '');
  return (code || 'LT').slice(0, CODE_MAX);
}

/** The code itself, or the code with -2, -3… when another land type has it. */
function freeCode(code: string, taken: ReadonlySet<string>): string {
  if (!taken.has(code)) return code;
  for (let n = 2; ; n++) {
    const candidate = `${code.slice(0, CODE_MAX - String(n).length - 1)}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
