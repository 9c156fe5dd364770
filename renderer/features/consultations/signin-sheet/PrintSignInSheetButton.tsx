import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { signInSheetPath } from './signInSheetPath';

/** Opens the printable blank sign-in sheet of a consultation, in the active language. */
export function PrintSignInSheetButton({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation('attendance');
  return (
    <Link className="button" to={signInSheetPath(consultationId)}>
      {t('signInSheet.button')}
    </Link>
  );
}
