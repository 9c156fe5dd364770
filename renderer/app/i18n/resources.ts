import type { Resource } from 'i18next';

/**
 * Every `locales/<lng>/<namespace>.json`, bundled at build time: the app never fetches anything,
 * so translations work offline and under a strict CSP.
 */
const files = import.meta.glob<Record<string, unknown>>('../../../locales/*/*.json', { eager: true, import: 'default' });

export const resources: Resource = {};
for (const [path, content] of Object.entries(files)) {
  const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  if (!match) continue;
  const [, language = '', namespace = ''] = match;
  (resources[language] ??= {})[namespace] = content;
}

export const namespaces: string[] = Object.keys(resources.en ?? {});
