import type { Provenance } from '../../../shared/targets/codes';
import { fieldError } from '../errors';

/**
 * A target or action pre-filled from an earlier report may only be edited with a revision note, as
 * PRAIS's "Revise" asks (domain-spec §1.7): the note says why the reported information is superseded.
 */
export function assertRevisionNote(stored: { provenance: Provenance } | undefined, revisionNote: string | undefined): void {
  if (stored && stored.provenance !== 'entered' && revisionNote === undefined) {
    throw fieldError('validation', { path: ['revisionNote'], messageKey: 'errors:targets.revisionNoteRequired' });
  }
}
