import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { LANGUAGE_AUTONYMS } from '../../app/i18n/languageNames';
import { PrintButton } from './PrintButton';

interface ReportToolbarProps {
  primary: Language;
  second: Language | null;
  onSecondChange: (language: Language | null) => void;
  fileName: string;
}

/** On screen only (hidden on paper): back to the app, the optional second language, and printing. */
export function ReportToolbar({ primary, second, onSecondChange, fileName }: ReportToolbarProps) {
  const { t } = useTranslation('report');
  const selectId = useId();
  return (
    <div className="report-toolbar" role="group" aria-label={t('toolbar.label')}>
      <Link className="button" to="/reporting">
        {t('toolbar.back')}
      </Link>
      <label htmlFor={selectId}>{t('toolbar.secondLanguage')}</label>
      <select
        id={selectId}
        value={second ?? ''}
        onChange={(event) => onSecondChange(LANGUAGES.find((language) => language === event.target.value) ?? null)}
      >
        <option value="">{t('toolbar.noSecondLanguage')}</option>
        {LANGUAGES.filter((language) => language !== primary).map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_AUTONYMS[language]}
          </option>
        ))}
      </select>
      <PrintButton fileName={fileName} />
    </div>
  );
}
