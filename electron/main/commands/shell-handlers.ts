import type { z } from 'zod';
import type { CommandResult } from '../../../shared/command';
import { type CommandName, type CommandOutput, type Contract, contract } from '../../../shared/contract';
import { fieldErrorsFromZod } from '../../../shared/validation';
import { appError } from '../../backend/errors';

/** Runs one shell-scoped command; like the backend's dispatcher it validates the input and never throws. */
export type ShellHandler = (input: unknown) => Promise<CommandResult<unknown>>;
export type ShellHandlers = Partial<Record<CommandName, ShellHandler>>;

type ValidInput<N extends CommandName> = z.output<Contract[N]['input']>;

/** What the shell commands do; implemented with Electron's dialogs in dialogs/. */
export interface ShellActions {
  chooseWorkspaceFile(request: ValidInput<'app.chooseWorkspaceFile'>): Promise<CommandOutput<'app.chooseWorkspaceFile'>>;
  /** The folder the PRAIS package is written to (dialogs/folder-dialog.ts). */
  chooseFolder(request: ValidInput<'app.chooseFolder'>): Promise<CommandOutput<'app.chooseFolder'>>;
  /** Reveals an outbox package in the system's file manager (show-file.ts). */
  showFile(request: ValidInput<'outbox.showFile'>): Promise<CommandOutput<'outbox.showFile'>>;
  /** Saves the printable report as a PDF where the user chooses (print/print-to-pdf.ts). */
  printToPdf(request: ValidInput<'app.printToPdf'>): Promise<CommandOutput<'app.printToPdf'>>;
}

/** One handler for every command of scope `shell` in the contract. */
export function createShellHandlers(actions: ShellActions, report: (error: unknown, command: string) => void): ShellHandlers {
  return {
    'app.chooseWorkspaceFile': validated('app.chooseWorkspaceFile', (input) => actions.chooseWorkspaceFile(input), report),
    'app.chooseFolder': validated('app.chooseFolder', (input) => actions.chooseFolder(input), report),
    'outbox.showFile': validated('outbox.showFile', (input) => actions.showFile(input), report),
    'app.printToPdf': validated('app.printToPdf', (input) => actions.printToPdf(input), report),
  };
}

function validated<N extends CommandName>(
  name: N,
  run: (input: ValidInput<N>) => Promise<CommandOutput<N>>,
  report: (error: unknown, command: string) => void,
): ShellHandler {
  return async (input) => {
    const parsed = contract[name].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: appError('validation', { fields: fieldErrorsFromZod(parsed.error) }).toCommandError() };
    try {
      return { ok: true, value: await run(parsed.data as ValidInput<N>) };
    } catch (error) {
      report(error, name);
      return { ok: false, error: appError('internal', { command: name }).toCommandError() };
    }
  };
}
