import type { Handlers } from '../handler-types';
import { AppError } from '../errors';
import { buildPackage } from './package/build-package';
import { exportValidation } from './package/export-validation';
import { readCheckedPackage } from './package/read-package';
import { restorePackage } from './package/restore-package';
import { writeFileAtomic } from './package/write-atomic';

export const packageHandlers: Handlers<'reporting.exportPackage' | 'reporting.importPackage'> = {
  'reporting.exportPackage': ({ outDir }, session) => {
    const validation = exportValidation(session);
    if (validation && !validation.passed) {
      throw new AppError('validation', 'errors:reporting.package.validationErrors', { count: validation.errorCount });
    }
    const built = buildPackage(session, new Date().toISOString(), validation);
    const path = writeFileAtomic(outDir, built.fileName, built.zip);
    return { path, manifest: built.manifest };
  },

  'reporting.importPackage': (file, session) => {
    const pkg = readCheckedPackage(file);
    const restoredRecords = restorePackage(session.workspace(), pkg);
    return { restoredRecords, manifest: pkg.manifest };
  },
};
