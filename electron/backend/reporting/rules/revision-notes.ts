import type { ValidationIssue } from '../../../../shared/reporting/validate-schema';
import { FIX_ROUTES, targetEditRoute } from '../../../../shared/reporting/validate-routes';
import { liveRows } from '../../baseline/table-rows';
import { needsRevisionNote } from '../../targets/revision';
import { issue, type RuleGroup } from './rule';

/** A record changed after it was first written: its row's updated_at moved on from created_at. */
const wasEdited = (row: { createdAt: string; updatedAt: string }) => row.updatedAt !== row.createdAt;

/**
 * SO1-VT.T1 and SO1.IA.T1 "Revision text" (domain-spec §1.7): a row pre-filled from an earlier report
 * (PRAIS 4, LDN TSP …) that was edited with "Revise" must say why — PRAIS requires the text, so its
 * absence is an error. The targets' save asks for the note (targets/revision.ts); this catches rows
 * changed without one, e.g. by a file edited outside the app or an older version.
 */
export const revisionNotes: RuleGroup = ({ ws }) => {
  const issues: ValidationIssue[] = [];
  for (const t of liveRows(ws, 'target')) {
    if (wasEdited(t) && needsRevisionNote(t, t.revisionNote)) {
      issues.push(issue('targetRevisionNoteMissing', 'error', { section: 'targets', route: targetEditRoute(t.id), entity: 'target', id: t.id, field: 'revisionNote' }, { target: t.text }));
    }
  }
  for (const a of liveRows(ws, 'implemented_action')) {
    if (wasEdited(a) && needsRevisionNote(a, a.revisionNote)) {
      issues.push(issue('actionRevisionNoteMissing', 'error', { section: 'actions', route: FIX_ROUTES.actions, entity: 'implemented_action', id: a.id, field: 'revisionNote' }, { action: a.description }));
    }
  }
  return issues;
};
