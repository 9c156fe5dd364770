import { useTranslation } from 'react-i18next';

/** Enough lines for a workshop room; a longer list prints on further pages with the header repeated. */
export const SIGN_IN_SHEET_ROWS = 25;

const SEX_CHOICES = ['female', 'male', 'other'] as const;

/** An empty square to tick by hand. */
function TickBox({ label }: { label?: string }) {
  return (
    <span className="tick">
      <span className="tick__box" aria-hidden="true" />
      {label}
    </span>
  );
}

/** The numbered blank rows, in the order of the register's fields. */
export function SignInTable() {
  const { t } = useTranslation(['attendance', 'consultations']);
  return (
    <table className="sign-in-sheet__table">
      <caption className="visually-hidden">{t('signInSheet.caption')}</caption>
      <thead>
        <tr>
          <th scope="col" className="sign-in-sheet__number">
            {t('signInSheet.colNumber')}
          </th>
          <th scope="col" className="sign-in-sheet__name">
            {t('signInSheet.colName')}
          </th>
          <th scope="col">{t('signInSheet.colSex')}</th>
          <th scope="col">{t('signInSheet.colAgeBand')}</th>
          <th scope="col" className="sign-in-sheet__organisation">
            {t('signInSheet.colOrganisation')}
          </th>
          <th scope="col">{t('signInSheet.colSector')}</th>
          <th scope="col" className="sign-in-sheet__flag">
            {t('signInSheet.colIplc')}
          </th>
          <th scope="col" className="sign-in-sheet__flag">
            {t('signInSheet.colYouth')}
          </th>
          <th scope="col" className="sign-in-sheet__signature">
            {t('signInSheet.colSignature')}
          </th>
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: SIGN_IN_SHEET_ROWS }, (_, index) => (
          <tr key={index}>
            <th scope="row" className="sign-in-sheet__number">
              {index + 1}
            </th>
            <td />
            <td>
              <span className="sign-in-sheet__sexes">
                {SEX_CHOICES.map((sex) => (
                  <TickBox key={sex} label={t(`consultations:sex.${sex}`)} />
                ))}
              </span>
            </td>
            <td />
            <td />
            <td />
            <td className="sign-in-sheet__flag">
              <TickBox />
            </td>
            <td className="sign-in-sheet__flag">
              <TickBox />
            </td>
            <td />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
