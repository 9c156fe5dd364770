import { useTranslation } from 'react-i18next';
import { CommandFailure } from '../../../app/backend/backend';
import { translateKey } from '../../../app/i18n/translateKey';
import { ErrorAlert } from '../../../components/ErrorAlert';

/** Why a file cannot be imported: each problem in words, with where in the file it is. */
export function ImportErrors({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation('baseline');
  const problems = error instanceof CommandFailure ? error.fieldErrors : [];
  if (problems.length === 0) return <ErrorAlert title={t('import.errorsTitle')} error={error} />;
  return (
    <div role="alert" className="alert alert--error">
      <p className="alert__title">{t('import.errorsTitle')}</p>
      <ul className="import-errors">
        {problems.map((problem, index) => (
          <li key={index}>
            {translateKey(i18n, problem.messageKey, problem.params)}
            {problem.path.length > 0 && (
              <>
                {' '}
                <code dir="ltr">{t('import.at', { path: problem.path.join('.') })}</code>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
