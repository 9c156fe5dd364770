import type { PackageManifest } from '../../../../shared/reporting/package-schema';
import type { Session } from '../../session';
import { validateWorkspace } from '../validate';

/**
 * The validation result as the manifest records it: whether it passed, how many errors (an export with
 * errors is refused before anything is built) and the warnings, which travel with the package so the
 * reader sees what the working group was told. The check time is left out: the manifest has its own.
 */
export function exportValidation(session: Session): PackageManifest['validation'] {
  const result = validateWorkspace(session.workspace());
  return { passed: result.errors.length === 0, errorCount: result.errors.length, warnings: result.warnings };
}
