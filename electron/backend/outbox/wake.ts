import { EventEmitter } from 'node:events';

/**
 * Commands that give the uploader something to do (a new item, a retry, a new endpoint) say so here,
 * so the uploader running in the same process tries at once instead of at its next poll. Commands stay
 * synchronous: they only emit, the upload happens outside them.
 */
const emitter = new EventEmitter();

export const outboxWake = {
  emit: (): void => {
    emitter.emit('wake');
  },
  subscribe(listener: () => void): () => void {
    emitter.on('wake', listener);
    return () => emitter.off('wake', listener);
  },
};
