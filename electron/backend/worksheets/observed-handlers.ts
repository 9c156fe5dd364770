import { observedBalanceOf } from '../../../shared/worksheets/observed';
import type { Handlers } from '../handler-types';
import type { OpenWorkspace } from '../workspace/open-workspace';

interface ObservedRow {
  landTypeId: string;
  gainsKm2: number;
  lossesKm2: number;
  importId: string;
  fileName: string;
  packageName: string | null;
  reportDate: string | null;
  importedAt: string;
}

export const observedHandlers: Handlers<'worksheets.observedBalance'> = {
  'worksheets.observedBalance': (_input, session) => ({
    items: observedRows(session.workspace()).map(({ landTypeId, gainsKm2, lossesKm2, ...source }) =>
      observedBalanceOf({ landTypeId, gainsKm2, lossesKm2, source }),
    ),
  }),
};

/**
 * The live observed gains and losses of live land types (a land type has at most one live row: a later
 * import replaces it), with the file each came from, in the code order of the planned balance. Reads only.
 */
function observedRows(ws: OpenWorkspace): ObservedRow[] {
  return ws.db
    .prepare(
      `SELECT o.land_type_id AS landTypeId, o.gains_km2 AS gainsKm2, o.losses_km2 AS lossesKm2,
              i.id AS importId, i.file_name AS fileName, i.package_name AS packageName,
              i.report_date AS reportDate, i.imported_at AS importedAt
         FROM observed_counterbalancing o
         JOIN landtype l ON l.id = o.land_type_id AND l.deleted_at IS NULL
         JOIN trends_earth_import i ON i.id = o.import_id AND i.deleted_at IS NULL
        WHERE o.deleted_at IS NULL
        ORDER BY l.code, l.id`,
    )
    .all() as ObservedRow[];
}
