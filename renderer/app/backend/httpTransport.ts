import type { CommandResult } from '../../../shared/command';
import { SessionExpired, type Transport } from './backend';

type Fetch = typeof fetch;

/** A result standing in for a reply the host could not give (host stopped, body not JSON). */
const CONNECTION_LOST: CommandResult<never> = {
  ok: false,
  error: { code: 'internal', messageKey: 'errors:connectionLost' },
};

/**
 * The web host: `POST /api/command/<name>` with the JSON input; the reply body is always a JSON
 * `CommandResult`, also for 4xx. Same origin as the page, so the session cookie goes along.
 */
export function createHttpTransport(fetchImpl: Fetch = (...args) => fetch(...args)): Transport {
  return {
    async send(name, input) {
      let response: Response;
      try {
        response = await fetchImpl(`/api/command/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input ?? {}),
          credentials: 'same-origin',
        });
      } catch {
        return CONNECTION_LOST;
      }
      if (response.status === 401) throw new SessionExpired();
      try {
        return (await response.json()) as CommandResult<unknown>;
      } catch {
        return CONNECTION_LOST;
      }
    },
  };
}
