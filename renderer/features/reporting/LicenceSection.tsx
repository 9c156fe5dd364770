import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatch } from 'react-router';
import { PRAIS_DEFAULT_LICENCE } from '../../../shared/reporting/licence-schema';
import { FIX_ROUTES } from '../../../shared/reporting/validate-routes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { LicenceForm } from './LicenceForm';
import { licenceName } from './licenceName';
import { useLicence } from './reportingQueries';

/**
 * "Licence for PRAIS" on the checklist (domain-spec §1.9): what the package will state, and the form that
 * chooses it. The checklist's licence warning links to FIX_ROUTES.licence, which opens this section focused.
 */
export function LicenceSection() {
  const { t } = useTranslation('reporting');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const linkedHere = useMatch(FIX_ROUTES.licence) !== null;
  const licence = useLicence();

  useEffect(() => {
    if (linkedHere) heading.current?.focus();
  }, [linkedHere]);

  return (
    <section className="licence-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('licence.title')}
      </h2>
      <p>{t('licence.intro')}</p>
      {licence.isPending && <LoadingState />}
      {licence.isError && <ErrorAlert title={t('licence.loadFailed')} error={licence.error} />}
      {licence.isSuccess && (
        <>
          <p className="licence-section__current">
            {licence.data
              ? t('licence.current', { licence: licenceName(t, licence.data.licence) })
              : t('licence.none', { licence: PRAIS_DEFAULT_LICENCE })}
          </p>
          <LicenceForm stored={licence.data} />
        </>
      )}
    </section>
  );
}
