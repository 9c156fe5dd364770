import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandInput } from '../../../shared/contract';
import type { ValidationIssue } from '../../../shared/reporting/validate-schema';
import { baselineWorkspace } from '../baseline/test-fixture';
import type { useTempBackend } from '../test-support';

/** A square of about 1 km² near Nairobi, [lon, lat], closed. */
export const SQUARE: [number, number][] = [
  [36.8, -1.3],
  [36.809, -1.3],
  [36.809, -1.291],
  [36.8, -1.291],
  [36.8, -1.3],
];

/**
 * A fresh workspace (land area 1,000 km²) for the validation tests, with:
 * - `validate()`: reporting.validate through the real dispatcher, and `issues(rule)`: that rule's issues;
 * - `target(input)`: a target saved through targets.save (status `ongoing` unless given);
 * - `editOutsideApp(sql)`: a change written to the file by another program, with CHECK constraints off —
 *   the only way to get data the app's own commands refuse (negative areas, unknown codes…) into a file.
 */
export function validationWorkspace(tempBackend: ReturnType<typeof useTempBackend>) {
  const w = baselineWorkspace(tempBackend, 1_000);
  const validate = () => {
    const result = w.ok('reporting.validate', {});
    for (const found of [...result.errors, ...result.warnings]) assertEnglishMessage(found);
    return result;
  };
  const issues = (rule: string): ValidationIssue[] => {
    const { errors, warnings } = validate();
    return [...errors, ...warnings].filter((i) => i.rule === rule);
  };
  const target = (input: Partial<CommandInput<'targets.save'>> = {}) =>
    w.ok('targets.save', { text: 'Achieve LDN by 2030', level: 'national', targetYear: 2030, status: 'ongoing', ...input });
  const editOutsideApp = (sql: string, ...params: unknown[]) => {
    const db = new Database(w.path);
    try {
      db.pragma('ignore_check_constraints = ON');
      db.prepare(sql).run(...params);
    } finally {
      db.close();
    }
  };
  return { ...w, validate, issues, target, editOutsideApp };
}

/** A full LPD table (SO1-2.T1 or T2): one land-cover class, LPD classes 1–5 with the given areas. */
export const lpdCells = (...areas: number[]) => areas.map((areaKm2, i) => ({ classCode: 1, lpdCode: i + 1, areaKm2 }));

/** The English text of `ns:dotted.key`, or undefined. */
function english(key: string): string | undefined {
  const [ns = '', path = ''] = key.split(':');
  const tree = JSON.parse(readFileSync(join(__dirname, '../../../locales/en', `${ns}.json`), 'utf8')) as unknown;
  const text = path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
  return typeof text === 'string' ? text : undefined;
}

/**
 * Every issue a rule reports must read as words: its message has English text, and each message it nests
 * once the parameters are filled in (`$t(baseline:period.{{period}})`) exists too.
 */
function assertEnglishMessage(found: ValidationIssue): void {
  const text = english(found.messageKey);
  if (text === undefined) throw new Error(`No English text for ${found.messageKey}`);
  const filled = text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(found.params?.[name] ?? ''));
  for (const [, nested = ''] of filled.matchAll(/\$t\(([^)]+)\)/g)) {
    if (english(nested) === undefined) throw new Error(`No English text for ${nested}, nested in ${found.messageKey}`);
  }
}
