import type { z } from 'zod';
import { appContract } from './app/contract';
import { baselineContract } from './baseline/contract';
import type { CommandSpec } from './command';
import { attendanceSheetContract } from './consultations/attendance-sheet-contract';
import { consultationsContract } from './consultations/contract';
import { landtypesContract } from './landtypes/contract';
import { plansContract } from './plans/contract';
import { reportingContract } from './reporting/contract';
import { mapsContract } from './maps/contract';
import { outboxContract } from './outbox/contract';
import { settingsContract } from './settings/contract';
import { targetsContract } from './targets/contract';
import { workspaceContract } from './workspace/contract';
import { worksheetsContract } from './worksheets/contract';

/** The one list of commands any caller (renderer, HTTP, CLI) may use. */
export const contract = {
  ...appContract,
  ...settingsContract,
  ...workspaceContract,
  ...landtypesContract,
  ...worksheetsContract,
  ...consultationsContract,
  ...baselineContract,
  ...attendanceSheetContract,
  ...targetsContract,
  ...plansContract,
  ...reportingContract,
  ...mapsContract,
  ...outboxContract,
} satisfies Record<string, CommandSpec>;

export type Contract = typeof contract;
export type CommandName = keyof Contract;
export type CommandInput<N extends CommandName> = z.input<Contract[N]['input']>;
export type CommandOutput<N extends CommandName> = z.output<Contract[N]['output']>;

export const COMMAND_NAMES = Object.keys(contract) as CommandName[];

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
