import { useTranslation } from 'react-i18next';
import { errorMessage } from '../app/i18n/translateKey';

/** A refusal or failure said in words, announced as soon as it appears; `title` says what was being done. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { i18n } = useTranslation();
  return (
    <div role="alert" className="alert alert--error">
      {title && <p className="alert__title">{title}</p>}
      <p>{errorMessage(error, i18n)}</p>
    </div>
  );
}
