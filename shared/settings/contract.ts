import { z } from 'zod';
import { command } from '../command';
import { appSettings, language, memberProfileInput } from './schema';

export const settingsContract = {
  'settings.get': command({ scope: 'app', input: z.object({}), output: appSettings }),
  'settings.setLanguage': command({ scope: 'app', input: z.object({ language }), output: appSettings }),
  'settings.saveProfile': command({ scope: 'app', input: memberProfileInput, output: appSettings }),
};
