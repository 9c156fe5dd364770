import type { MemberProfile } from '../../../shared/settings/schema';
import type { OpenWorkspace } from './open-workspace';

/**
 * Records the local member in the workspace so that its history can name who made each change.
 * A member without a name yet is recorded once they give one.
 */
export function recordMember(ws: OpenWorkspace, profile: MemberProfile): void {
  if (!profile.name) return;
  const values = { name: profile.name, organisation: profile.organisation, role: profile.role };
  ws.transaction(() => {
    if (ws.mutator.find('member', profile.memberId)) ws.mutator.update('member', profile.memberId, values);
    else ws.mutator.insert('member', values, profile.memberId);
  });
}
