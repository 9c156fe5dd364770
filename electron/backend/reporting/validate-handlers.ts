import type { Handlers } from '../handler-types';
import { validateWorkspace } from './validate';

/** `reporting.validate`: the checklist's data, and the gate `reporting.exportPackage` passes first. */
export const reportingValidateHandlers: Handlers<'reporting.validate'> = {
  'reporting.validate': (_input, session) => validateWorkspace(session.workspace()),
};
