import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { workspaceLevel } from '../../../shared/workspace/schema';

export function LevelRadios({ register }: { register: UseFormRegisterReturn<'level'> }) {
  const { t } = useTranslation('workspace');
  return (
    <fieldset className="field radio-group">
      <legend className="field__label">{t('field.level')}</legend>
      {workspaceLevel.options.map((level) => (
        <label key={level} className="radio">
          <input type="radio" value={level} {...register} />
          {t(`level.${level}`)}
        </label>
      ))}
    </fieldset>
  );
}
