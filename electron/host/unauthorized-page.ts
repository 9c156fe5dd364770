import ar from '../../locales/ar/host.json';
import en from '../../locales/en/host.json';
import es from '../../locales/es/host.json';
import fr from '../../locales/fr/host.json';
import ru from '../../locales/ru/host.json';
import zh from '../../locales/zh/host.json';
import { LANGUAGES, isRightToLeft, type Language } from '../../shared/i18n/languages';

const HOST_TEXTS: Record<Language, typeof en> = { en, fr, es, ar, ru, zh };

/** How the printed link ends; isolated left-to-right so that Arabic text does not reorder its characters. */
const LINK_SUFFIX = '<bdi dir="ltr">?token=…</bdi>';

/**
 * The page shown to a browser without a valid session. We cannot know the reader's language before they
 * are signed in, so it says the same thing in all six, each block marked with its own `lang` and `dir`.
 */
export const UNAUTHORIZED_PAGE = `<!doctype html>
<html lang="mul">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>LDN Workbench</title>
<style>
  body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0; padding: 2rem 1rem; color: #1d2a24; background: #f6f7f4; }
  main { max-width: 44rem; margin-inline: auto; }
  section { padding-block: 0.75rem; border-block-end: 1px solid #d8ddd6; }
  h2 { font-size: 1.15rem; margin-block: 0 0.25rem; }
  p { margin: 0; }
</style>
</head>
<body>
<main>
<h1>LDN Workbench</h1>
${LANGUAGES.map(section).join('\n')}
</main>
</body>
</html>
`;

function section(language: Language): string {
  const { title, body } = HOST_TEXTS[language].unauthorized;
  const dir = isRightToLeft(language) ? 'rtl' : 'ltr';
  const text = escapeHtml(body).replace('{{suffix}}', LINK_SUFFIX);
  return `<section lang="${language}" dir="${dir}">\n<h2>${escapeHtml(title)}</h2>\n<p>${text}</p>\n</section>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
