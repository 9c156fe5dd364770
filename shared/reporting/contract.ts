import { z } from 'zod';
import { command } from '../command';
import { saveLicenceInput, uslLicence } from './licence-schema';
import { exportPackageInput, exportPackageOutput, importPackageInput, importPackageOutput } from './package-schema';
import { validationResult } from './validate-schema';

export const reportingContract = {
  /** Checks the workspace against the PRAIS rules (spec §1.2, §8); errors block `reporting.exportPackage`. */
  'reporting.validate': command({ scope: 'workspace', input: z.object({}), output: validationResult }),
  /**
   * Writes the PRAIS-compatible package (`<ISO3>_LDN_<cycle>_<UTC time>.zip`) into `outDir`, whole or not at
   * all; refused while `reporting.validate` finds errors.
   */
  'reporting.exportPackage': command({ scope: 'workspace', input: exportPackageInput, output: exportPackageOutput }),
  /** Restores a package into the open workspace, which must be empty; refused, naming the file, when a file does not match the manifest. */
  'reporting.importPackage': command({ scope: 'workspace', input: importPackageInput, output: importPackageOutput }),
  /** The User Specific Licence chosen for the PRAIS report, or null while none is (PRAIS then applies CC BY-NC 4.0). */
  'reporting.getLicence': command({ scope: 'workspace', input: z.object({}), output: uslLicence.nullable() }),
  /** Chooses the report's licence; `custom` needs its text. */
  'reporting.saveLicence': command({ scope: 'workspace', input: saveLicenceInput, output: uslLicence }),
};
