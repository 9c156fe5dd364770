import type { TFunction } from 'i18next';
import type { UslLicenceCode } from '../../../shared/reporting/licence-schema';

/** Licences are named by their SPDX codes in every language (as PRAIS lists them); only "custom" needs words. */
export const licenceName = (t: TFunction<'reporting'>, licence: UslLicenceCode): string => (licence === 'custom' ? t('licence.customName') : licence);
