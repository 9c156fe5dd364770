import type { CommandResult } from '../../shared/command';
import type { CommandName } from '../../shared/contract';
import type { BackendRequestBody } from './backend-protocol';

/**
 * Remembers which workspace the backend process has open, from the answers it gives, so that a backend
 * restarted after a crash opens it again before anything else: the user keeps working where they were
 * instead of landing on the start page. Every acknowledged write is already on disk.
 */
export class OpenWorkspaceMemory {
  private path: string | null = null;

  noteAnswer(name: CommandName, result: CommandResult<unknown>): void {
    if (!result.ok) return;
    if (name === 'workspace.open' || name === 'workspace.create') this.path = (result.value as { path: string }).path;
    if (name === 'workspace.close') this.path = null;
  }

  /** What a freshly started backend process must be sent first. */
  resumeRequests(): BackendRequestBody[] {
    return this.path ? [{ kind: 'command', name: 'workspace.open', input: { path: this.path } }] : [];
  }
}
