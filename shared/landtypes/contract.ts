import { z } from 'zod';
import { command } from '../command';
import { entityId } from '../ids';
import { landType, landTypeInput } from './schema';

export const landtypesContract = {
  'landtypes.list': command({
    scope: 'workspace',
    input: z.object({ includeDeleted: z.boolean().default(false) }),
    output: z.object({ items: z.array(landType) }),
  }),
  /** Creates (no id) or updates (id) a land type. Codes are unique among land types not deleted. */
  'landtypes.save': command({ scope: 'workspace', input: landTypeInput, output: landType }),
  /** Marks the land type deleted (a tombstone); `landtypes.restore` undoes it. */
  'landtypes.delete': command({
    scope: 'workspace',
    input: z.object({ id: entityId }),
    output: z.object({ id: entityId }),
  }),
  'landtypes.restore': command({ scope: 'workspace', input: z.object({ id: entityId }), output: landType }),
};
