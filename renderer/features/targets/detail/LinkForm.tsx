import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FRAMEWORKS, LINK_RELATIONS } from '../../../../shared/targets/commitments';
import { commitmentLinkInput, type CommitmentLink } from '../../../../shared/targets/schema';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FieldMessage } from '../../../components/form/FieldMessage';
import { FormField } from '../../../components/form/FormField';
import { SaveCancelActions } from '../../../components/form/SaveCancelActions';
import { optionalNumber, schemaResolver } from '../../../components/form/schemaResolver';
import { useSubmitWithFieldErrors } from '../../../components/form/useSubmitWithFieldErrors';
import { useCodeLabels } from '../labels';
import { useSaveLink } from '../targetQueries';

interface LinkValues {
  framework: string;
  commitmentRef: string;
  targetNumber: string;
  relation: string;
  sharedAreaKm2: string;
  sharePct: string;
  accountingOwner: boolean;
  note: string;
}
const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

function toValues(link: CommitmentLink | null): LinkValues {
  return {
    framework: link?.framework ?? 'unfccc_ndc',
    commitmentRef: link?.commitmentRef ?? '',
    targetNumber: link?.targetNumber ?? '',
    relation: link?.relation ?? 'overlapping_area',
    sharedAreaKm2: numberText(link?.sharedAreaKm2),
    sharePct: numberText(link?.sharePct),
    accountingOwner: link?.accountingOwner ?? false,
    note: link?.note ?? '',
  };
}

/** A link to another commitment: which one, how it relates to the target, and the area the two share. */
export function LinkForm({ targetId, link, onDone }: { targetId: string; link: CommitmentLink | null; onDone: () => void }) {
  const { t } = useTranslation(['targets', 'common']);
  const labels = useCodeLabels();
  const save = useSaveLink();
  const resolver = schemaResolver(commitmentLinkInput, (values: LinkValues) => ({
    ...(link ? { id: link.id } : {}),
    targetId,
    framework: values.framework as CommitmentLink['framework'],
    commitmentRef: values.commitmentRef,
    targetNumber: values.targetNumber,
    relation: values.relation as CommitmentLink['relation'],
    sharedAreaKm2: optionalNumber(values.sharedAreaKm2),
    sharePct: optionalNumber(values.sharePct),
    accountingOwner: values.accountingOwner,
    note: values.note,
  }));
  const form = useForm({ resolver, mode: 'onTouched', defaultValues: toValues(link) });
  const { register, formState: { errors } } = form;
  const { submit, formError } = useSubmitWithFieldErrors(form, save, { onSaved: onDone });
  return (
    <form noValidate className="stack" onSubmit={submit}>
      {formError !== null && <ErrorAlert title={t('link.saveFailed')} error={formError} />}
      <FormField label={t('link.framework')} error={errors.framework} required>
        {(props) => (
          <select {...props} {...register('framework')}>
            {FRAMEWORKS.map((code) => <option key={code} value={code}>{labels.commitment('framework', code)}</option>)}
          </select>
        )}
      </FormField>
      <FormField label={t('link.commitmentRef')} help={t('link.commitmentRefHelp')} error={errors.commitmentRef} required>
        {(props) => <input {...props} {...register('commitmentRef')} type="text" />}
      </FormField>
      <FormField label={t('link.targetNumber')} help={t('link.targetNumberHelp')} error={errors.targetNumber}>
        {(props) => <input {...props} {...register('targetNumber')} type="text" dir="ltr" />}
      </FormField>
      <FormField label={t('link.relation')} error={errors.relation} required>
        {(props) => (
          <select {...props} {...register('relation')}>
            {LINK_RELATIONS.map((code) => <option key={code} value={code}>{labels.commitment('relation', code)}</option>)}
          </select>
        )}
      </FormField>
      <FormField label={t('link.sharedAreaKm2')} help={t('link.sharedAreaHelp')} error={errors.sharedAreaKm2} suffix={t('common:units.km2')}>
        {(props) => <input {...props} {...register('sharedAreaKm2')} type="number" inputMode="decimal" min={0} step="any" />}
      </FormField>
      <FormField label={t('link.sharePct')} error={errors.sharePct} suffix="%">
        {(props) => <input {...props} {...register('sharePct')} type="number" inputMode="decimal" min={0} max={100} step="any" />}
      </FormField>
      <div className="field">
        <label className="radio">
          <input type="checkbox" {...register('accountingOwner')} aria-describedby={errors.accountingOwner ? 'link-owner-help link-owner-error' : 'link-owner-help'} />
          {t('link.accountingOwner')}
        </label>
        <p id="link-owner-help" className="field__help">{t('link.accountingOwnerHelp')}</p>
        <FieldMessage id="link-owner-error" error={errors.accountingOwner} />
      </div>
      <FormField label={t('link.note')} error={errors.note}>
        {(props) => <textarea {...props} {...register('note')} rows={2} />}
      </FormField>
      <SaveCancelActions saving={save.isPending} onCancel={onDone} />
    </form>
  );
}
