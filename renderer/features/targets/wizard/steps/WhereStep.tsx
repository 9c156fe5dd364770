import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TARGET_LEVELS } from '../../../../../shared/targets/codes';
import { FormField } from '../../../../components/form/FormField';
import { useLandTypes } from '../../../landtypes/landTypeQueries';
import { useCodeLabels } from '../../labels';
import { CheckboxGroup } from '../../../../components/form/CheckboxGroup';
import type { TargetFormApi } from '../targetValues';

/** Where the target applies: national or a sub-national area with its name and size, and its land types. */
export function WhereStep({ form }: { form: TargetFormApi }) {
  const { t } = useTranslation(['targets', 'common']);
  const labels = useCodeLabels();
  const landTypes = useLandTypes().data?.items ?? [];
  const national = useWatch({ control: form.control, name: 'level' }) === 'national';
  const { errors } = form.formState;
  return (
    <>
      <fieldset className="field">
        <legend className="field__label">{t('field.level')}</legend>
        <div className="radio-group">
          {TARGET_LEVELS.map((level) => (
            <label key={level} className="radio">
              <input type="radio" value={level} {...form.register('level')} />
              {labels.code('level', level)}
            </label>
          ))}
        </div>
      </fieldset>
      <FormField label={t('field.locationName')} help={t('help.locationName')} error={errors.locationName}>
        {(props) => <input {...props} {...form.register('locationName')} type="text" />}
      </FormField>
      <FormField
        label={t('field.targetAreaKm2')}
        help={national ? t('help.targetAreaNational') : t('help.targetAreaKm2')}
        error={errors.targetAreaKm2}
        suffix={t('common:units.km2')}
      >
        {(props) => <input {...props} {...form.register('targetAreaKm2')} type="number" inputMode="decimal" min={0} step="any" disabled={national} />}
      </FormField>
      {landTypes.length > 0 ? (
        <CheckboxGroup
          control={form.control}
          name="landTypeIds"
          legend={t('field.landTypeIds')}
          help={t('help.landTypeIds')}
          options={landTypes.map((landType) => ({ value: landType.id, label: `${landType.code} · ${landType.name}` }))}
        />
      ) : (
        <p className="note">
          {t('wizard.noLandTypes')} <Link to="/workspace/land-types">{t('wizard.defineLandTypes')}</Link>
        </p>
      )}
    </>
  );
}
