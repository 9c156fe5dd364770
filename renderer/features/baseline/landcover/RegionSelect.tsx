import { useTranslation } from 'react-i18next';
import type { TransitionRegion } from '../../../../shared/baseline/schema';
import { FormField } from '../../../components/form/FormField';

interface RegionSelectProps {
  regions: readonly TransitionRegion[];
  value: string | undefined;
  onChange: (regionId: string | undefined) => void;
  /** What the choice is for, where it is not the table shown ("Transition matrix shown"). */
  label?: string;
}

/** Chooses an SO1-1.T3 matrix: the national one or a region's. Hidden while there are no regions. */
export function RegionSelect({ regions, value, onChange, label }: RegionSelectProps) {
  const { t } = useTranslation('baseline');
  if (regions.length === 0) return null;
  return (
    <FormField label={label ?? t('regions.matrixFor')}>
      {(props) => (
        <select {...props} value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}>
          <option value="">{t('regions.national')}</option>
          {regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
