import type attendance from '../../../locales/en/attendance.json';
import type baseline from '../../../locales/en/baseline.json';
import type common from '../../../locales/en/common.json';
import type consultations from '../../../locales/en/consultations.json';
import type errors from '../../../locales/en/errors.json';
import type history from '../../../locales/en/history.json';
import type landtypes from '../../../locales/en/landtypes.json';
import type maps from '../../../locales/en/maps.json';
import type nav from '../../../locales/en/nav.json';
import type outbox from '../../../locales/en/outbox.json';
import type plans from '../../../locales/en/plans.json';
import type report from '../../../locales/en/report.json';
import type reporting from '../../../locales/en/reporting.json';
import type settings from '../../../locales/en/settings.json';
import type targets from '../../../locales/en/targets.json';
import type worksheets from '../../../locales/en/worksheets.json';
import type workspace from '../../../locales/en/workspace.json';

/** English is the reference: a key used in code that English lacks is a type error. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      attendance: typeof attendance;
      baseline: typeof baseline;
      common: typeof common;
      consultations: typeof consultations;
      errors: typeof errors;
      history: typeof history;
      landtypes: typeof landtypes;
      maps: typeof maps;
      nav: typeof nav;
      outbox: typeof outbox;
      plans: typeof plans;
      report: typeof report;
      reporting: typeof reporting;
      settings: typeof settings;
      targets: typeof targets;
      worksheets: typeof worksheets;
      workspace: typeof workspace;
    };
  }
}
