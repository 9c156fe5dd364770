import type { Handlers } from '../handler-types';
import { readLicence, saveLicence } from './licence';

/** The PRAIS User Specific Licence form of the checklist (domain-spec §1.9). */
export const licenceHandlers: Handlers<'reporting.getLicence' | 'reporting.saveLicence'> = {
  'reporting.getLicence': (_input, session) => readLicence(session.workspace()),
  'reporting.saveLicence': (input, session) => saveLicence(session.workspace(), input),
};
