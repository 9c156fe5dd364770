import type { Provenance } from '../../../shared/targets/codes';
import { fieldError } from '../errors';

/** Each kind of record has its own message, so that the refusal names what the user is editing. */
const REVISION_NOTE_REQUIRED = {
  target: 'errors:targets.revisionNoteRequired',
  action: 'errors:targets.actionRevisionNoteRequired',
} as const;

/**
 * A target or action pre-filled from an earlier report may only be edited with a revision note, as
 * PRAIS's "Revise" asks (domain-spec §1.7): the note says why the reported information is superseded.
 */
export function assertRevisionNote(kind: keyof typeof REVISION_NOTE_REQUIRED, stored: { provenance: Provenance } | undefined, revisionNote: string | undefined): void {
  if (stored && needsRevisionNote(stored, revisionNote)) {
    throw fieldError('validation', { path: ['revisionNote'], messageKey: REVISION_NOTE_REQUIRED[kind] });
  }
}

/** True for a record pre-filled from an earlier report that carries no revision note (reporting.validate reads this too). */
export function needsRevisionNote(record: { provenance: Provenance }, revisionNote: string | null | undefined): boolean {
  return record.provenance !== 'entered' && (revisionNote ?? undefined) === undefined;
}
