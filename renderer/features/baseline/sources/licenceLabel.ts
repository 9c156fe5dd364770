import type { TFunction } from 'i18next';
import type { LICENCES } from '../../../../shared/baseline/schema';

/** Creative Commons licences are named by their SPDX identifiers in every language; only "other" needs words. */
export const licenceLabel = (t: TFunction<'baseline'>, licence: (typeof LICENCES)[number]) =>
  licence === 'custom' ? t('sources.licence.custom') : licence;
