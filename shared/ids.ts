import { z } from 'zod';

/** Row ids are UUIDv7 text: unique across devices and sortable by creation time (sync-ready). */
export const entityId = z.uuid({ version: 'v7' });

/** ISO-8601 UTC timestamp as stored in every row. */
export const timestamp = z.iso.datetime();
