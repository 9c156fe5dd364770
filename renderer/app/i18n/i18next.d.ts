import type common from '../../../locales/en/common.json';
import type errors from '../../../locales/en/errors.json';
import type history from '../../../locales/en/history.json';
import type landtypes from '../../../locales/en/landtypes.json';
import type nav from '../../../locales/en/nav.json';
import type settings from '../../../locales/en/settings.json';
import type worksheets from '../../../locales/en/worksheets.json';
import type workspace from '../../../locales/en/workspace.json';

/** English is the reference: a key used in code that English lacks is a type error. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      errors: typeof errors;
      history: typeof history;
      landtypes: typeof landtypes;
      nav: typeof nav;
      settings: typeof settings;
      worksheets: typeof worksheets;
      workspace: typeof workspace;
    };
  }
}
