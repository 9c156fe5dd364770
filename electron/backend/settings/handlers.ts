import type { Handlers } from '../handler-types';
import { recordMember } from '../workspace/members';

type SettingsCommand = 'settings.get' | 'settings.setLanguage' | 'settings.saveProfile';

export const settingsHandlers: Handlers<SettingsCommand> = {
  'settings.get': (_input, session) => session.settings.get(),

  'settings.setLanguage': ({ language }, session) => session.settings.update((s) => ({ ...s, language })),

  'settings.saveProfile': (profile, session) => {
    const settings = session.settings.update((s) => ({ ...s, profile: { ...s.profile, ...profile } }));
    if (session.hasWorkspace()) recordMember(session.workspace(), settings.profile);
    return settings;
  },
};
