import { createHash } from 'node:crypto';
import type { TrendsEarthFileInput } from '../../../../shared/baseline/schema';
import { parseTrendsEarthSummary, type CounterbalancingSummary, type LandConditionSummary } from '../../../../shared/baseline/trends-earth-summary';
import type { FieldError } from '../../../../shared/command';
import { AppError } from '../../errors';
import { parseJson } from './parse-json';
import { readCandidateFiles, type CandidateFile } from './read-input';

export interface SummaryFile extends CandidateFile {
  sha256: string;
  summary: LandConditionSummary | CounterbalancingSummary;
}

/** What a package member that is JSON but not a summary (the band key, per-period JSON) is refused with by the parser. */
const NOT_A_SUMMARY = new Set(['errors:baseline.te.notAnObject', 'errors:baseline.te.unrecognizedFile']);

/**
 * The Trends.Earth summaries of an input, parsed and checked. A file given alone must be a summary; a
 * package's members that are not summaries are passed over, but a summary with faults refuses the whole
 * package, with each fault's path prefixed by the member's name.
 */
export function readSummaries(input: TrendsEarthFileInput): SummaryFile[] {
  const { files, isPackage } = readCandidateFiles(input);
  const summaries: SummaryFile[] = [];
  for (const file of files) {
    let json: unknown;
    try {
      json = parseJson(file.bytes, file.fileName);
    } catch (error) {
      if (isPackage && error instanceof AppError) continue;
      throw error;
    }
    const parsed = parseTrendsEarthSummary(json);
    if (!parsed.ok) {
      if (isPackage && parsed.problems.length === 1 && NOT_A_SUMMARY.has(parsed.problems[0]!.messageKey)) continue;
      throw invalidFile(file, parsed.problems, isPackage);
    }
    summaries.push({ ...file, sha256: createHash('sha256').update(file.bytes).digest('hex'), summary: parsed.value });
  }
  if (isPackage && summaries.length === 0) throw new AppError('validation', 'errors:baseline.te.noSummaryInPackage');
  return summaries;
}

export function invalidFile(file: CandidateFile, problems: FieldError[], inPackage: boolean): AppError {
  const fields = inPackage ? problems.map((p) => ({ ...p, path: [file.fileName, ...p.path] })) : problems;
  return new AppError('validation', 'errors:baseline.te.invalidFile', { fileName: file.fileName, count: fields.length, fields });
}
