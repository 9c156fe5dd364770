import type { EntityValues } from '../db/entities';
import { fieldError } from '../errors';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { liveChildren } from './consultation-repository';

type OutcomeEntity = 'contribution' | 'decision' | 'follow_up_action';
type OutcomeRow<E extends OutcomeEntity> = { id?: string | undefined } & Omit<EntityValues<E>, 'consultationId'>;

/**
 * Brings one kind of a consultation's outcomes in line with the saved form, row by row through the
 * mutate path: rows without an id are added, rows with an id updated (only changed fields are logged),
 * stored rows the form no longer has are tombstoned. `collection` is the input field, for error paths.
 */
export function syncOutcomes<E extends OutcomeEntity>(
  ws: OpenWorkspace,
  entity: E,
  consultationId: string,
  collection: string,
  rows: readonly OutcomeRow<E>[],
): void {
  const stored = new Set(liveChildren(ws, entity, consultationId).map((row) => row.id));
  const kept = new Set<string>();
  rows.forEach(({ id, ...fields }, index) => {
    const values = { ...fields, consultationId } as unknown as EntityValues<E>;
    if (id === undefined) {
      ws.mutator.insert(entity, values);
      return;
    }
    if (!stored.has(id)) throw fieldError('not_found', { path: [collection, index, 'id'], messageKey: 'errors:consultations.outcomeNotFound' });
    kept.add(id);
    ws.mutator.update(entity, id, values);
  });
  for (const id of stored) if (!kept.has(id)) ws.mutator.remove(entity, id);
}
