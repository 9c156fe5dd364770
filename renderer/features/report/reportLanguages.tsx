import type { i18n as I18n } from 'i18next';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { isRightToLeft, type Language } from '../../../shared/i18n/languages';

/**
 * The languages a report is written in: the active one, and optionally a second one (e.g. Arabic with
 * English). Every heading and label is then shown in both, each block with its own `lang` and `dir`,
 * so Arabic reads right to left inside an English report and the other way round.
 */
const ReportLanguagesContext = createContext<readonly Language[]>(['en']);

export function ReportLanguagesProvider({ languages, children }: { languages: readonly Language[]; children: ReactNode }) {
  return <ReportLanguagesContext.Provider value={languages}>{children}</ReportLanguagesContext.Provider>;
}

export const useReportLanguages = () => useContext(ReportLanguagesContext);

export const directionOf = (language: Language) => (isRightToLeft(language) ? 'rtl' : 'ltr');

/** Translates any key (`ns:key`) in one fixed language, for code labels known only at run time. */
export type FixedTranslate = (key: string, values?: Record<string, string | number>) => string;

function fixedTranslate(i18n: I18n, language: Language): FixedTranslate {
  return i18n.getFixedT(language) as unknown as FixedTranslate;
}

/**
 * One piece of text per report language, each in its own element with `lang` and `dir`: the first in
 * the report's main language, the second marked as the translation (smaller on paper).
 */
export function PerLanguage({ children }: { children: (language: Language, t: FixedTranslate) => ReactNode }) {
  const { i18n } = useTranslation();
  const languages = useReportLanguages();
  return (
    <>
      {languages.map((language, index) => (
        <span key={language} lang={language} dir={directionOf(language)} className={index === 0 ? 'report-text' : 'report-text report-text--second'}>
          {children(language, fixedTranslate(i18n, language))}
        </span>
      ))}
    </>
  );
}

/** A heading or label (`ns:key`) in every report language. */
export function Bi({ k, values }: { k: string; values?: Record<string, string | number> }) {
  return <PerLanguage>{(_language, t) => t(k, values)}</PerLanguage>;
}

/**
 * Components reused from other features translate their own words with `useTranslation`. In a bilingual
 * report they are shown once per language, each inside an i18next instance fixed to that language (a
 * clone sharing the loaded translations), so their labels, numbers and chart direction follow it.
 */
export function InLanguages({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const languages = useReportLanguages();
  const instances = useMemo(
    () => languages.map((language) => ({ language, i18n: language === i18n.language ? i18n : i18n.cloneInstance({ lng: language }) })),
    [i18n, languages],
  );
  return (
    <div className={instances.length > 1 ? 'report-languages report-languages--two' : 'report-languages'}>
      {instances.map(({ language, i18n: instance }) => (
        <div key={language} lang={language} dir={directionOf(language)} className="report-languages__block">
          <I18nextProvider i18n={instance}>{children}</I18nextProvider>
        </div>
      ))}
    </div>
  );
}
