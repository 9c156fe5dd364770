import type { z } from 'zod';
import type { CommandName, Contract } from '../../shared/contract';
import type { Session } from './session';

/** Commands the backend answers; `shell` ones belong to the Electron shell. */
export type BackendCommandName = { [N in CommandName]: Contract[N]['scope'] extends 'shell' ? never : N }[CommandName];

export type Handler<N extends CommandName> = (
  input: z.output<Contract[N]['input']>,
  session: Session,
) => z.input<Contract[N]['output']>;

export type Handlers<N extends BackendCommandName> = { [K in N]: Handler<K> };
