import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** 1 km² = 100 ha. */
const HECTARES_PER_KM2 = 100;

/** An area in km² and in hectares, written the way the active language writes numbers. */
export function useAreaFormat() {
  const { t, i18n } = useTranslation('maps');
  return useMemo(() => {
    const km2 = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
    const ha = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
    return {
      km2: (value: number) => km2.format(value),
      ha: (value: number) => ha.format(value * HECTARES_PER_KM2),
      both: (value: number) => t('area.both', { km2: km2.format(value), ha: ha.format(value * HECTARES_PER_KM2) }),
    };
  }, [i18n.language, t]);
}
