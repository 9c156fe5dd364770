import type { Handlers } from '../handler-types';

export const appHandlers: Handlers<'app.info'> = {
  'app.info': (_input, session) => ({
    version: session.options.appVersion,
    mode: session.options.mode,
    nativeFileDialogs: session.options.mode === 'electron',
    workspacesDir: session.workspacesDir,
  }),
};
