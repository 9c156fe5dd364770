import { z } from 'zod';
import { command } from '../command';
import { historyPage, historyQuery } from './history';
import { recentWorkspace, requireAreaNameWhenSubnational, workspaceName, workspaceProfileFields, workspaceSummary } from './schema';

const filePath = z.string().trim().min(1).max(4096);

export const workspaceContract = {
  /** Creates a workspace file and opens it. Without `path`, the file goes to the app's workspaces folder. */
  'workspace.create': command({
    scope: 'app',
    input: workspaceProfileFields.extend({ path: filePath.optional() }).superRefine(requireAreaNameWhenSubnational),
    output: workspaceSummary,
  }),
  'workspace.open': command({
    scope: 'app',
    input: z.object({ path: filePath }),
    output: workspaceSummary,
  }),
  'workspace.get': command({ scope: 'workspace', input: z.object({}), output: workspaceSummary }),
  'workspace.rename': command({
    scope: 'workspace',
    input: z.object({ name: workspaceName }),
    output: workspaceSummary,
  }),
  /** The audit trail: who changed what and when, newest first, optionally for one record. */
  'workspace.history': command({ scope: 'workspace', input: historyQuery, output: historyPage }),
  'workspace.close': command({ scope: 'app', input: z.object({}), output: z.object({ closed: z.boolean() }) }),
  'workspace.listRecent': command({
    scope: 'app',
    input: z.object({}),
    output: z.object({ items: z.array(recentWorkspace) }),
  }),
  'workspace.forgetRecent': command({
    scope: 'app',
    input: z.object({ path: filePath }),
    output: z.object({ items: z.array(recentWorkspace) }),
  }),
};
