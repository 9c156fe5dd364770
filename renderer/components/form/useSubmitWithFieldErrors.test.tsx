import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { CommandError } from '../../../shared/command';
import { CommandFailure } from '../../app/backend/backend';
import { createI18n } from '../../app/i18n/createI18n';
import { descriptionOf } from '../../test/renderApp';
import { ErrorAlert } from '../ErrorAlert';
import { FormField } from './FormField';
import { useSubmitWithFieldErrors } from './useSubmitWithFieldErrors';

interface CodeValues {
  code: string;
  name: string;
}
interface Saved {
  id: string;
  code: string;
}

/** A two-field form on a fake save: `save` answers the way the backend would. */
function renderCodeForm(save: (input: CodeValues & { kind: string }) => Promise<Saved>, { onSaved = vi.fn(), fields }: { onSaved?: () => void; fields?: 'code'[] } = {}) {
  function CodeForm() {
    const form = useForm<CodeValues>({ defaultValues: { code: '', name: '' } });
    const mutation = useMutation({ mutationFn: save });
    const { submit, formError } = useSubmitWithFieldErrors(form, mutation, { toInput: (values) => ({ ...values, kind: 'land' }), onSaved, fields });
    const { errors } = form.formState;
    return (
      <form noValidate onSubmit={submit}>
        {formError !== null && <ErrorAlert title="Could not save." error={formError} />}
        <FormField label="Name" error={errors.name}>
          {(props) => <input {...props} {...form.register('name')} />}
        </FormField>
        <FormField label="Code" error={errors.code}>
          {(props) => <input {...props} {...form.register('code')} />}
        </FormField>
        <button type="submit">Save</button>
      </form>
    );
  }
  render(
    <QueryClientProvider client={new QueryClient()}>
      <I18nextProvider i18n={createI18n('en')}>
        <CodeForm />
      </I18nextProvider>
    </QueryClientProvider>,
  );
  return { user: userEvent.setup(), onSaved };
}

const refusal = (error: CommandError) => Promise.reject(new CommandFailure(error));
const codeTooLong: CommandError = {
  code: 'validation',
  messageKey: 'errors:validation',
  details: { fields: [{ path: ['code'], messageKey: 'errors:field.tooLong', params: { max: 1000 } }] },
};

describe('useSubmitWithFieldErrors', () => {
  it('puts a refused field’s message at that field, in words with its number, and moves the focus there', async () => {
    const { user, onSaved } = renderCodeForm(() => refusal(codeTooLong));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const code = await screen.findByRole('textbox', { name: 'Code' });
    await waitFor(() => expect(document.activeElement).toBe(code));
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(code)).toBe('Enter at most 1,000 characters.');
    expect(screen.getByRole('textbox', { name: 'Name' }).getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('says above the form what no field can show, and what the form leaves out of `fields`', async () => {
    const nameTaken: CommandError = { code: 'conflict', messageKey: 'errors:landtypes.codeTaken', details: { fields: [{ path: ['name'], messageKey: 'errors:landtypes.codeTaken' }] } };
    const { user } = renderCodeForm(() => refusal(nameTaken), { fields: ['code'] });
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Could not save.Another land type already has this code. Choose a different code.');
    expect(screen.getByRole('textbox', { name: 'Name' }).getAttribute('aria-invalid')).toBeNull();
  });

  it('hands the saved record and the input sent to onSaved, and clears the previous alert', async () => {
    const save = vi
      .fn<(input: CodeValues & { kind: string }) => Promise<Saved>>()
      .mockRejectedValueOnce(new Error('disk full'))
      .mockResolvedValueOnce({ id: 'lt-1', code: 'CL-1' });
    const { user, onSaved } = renderCodeForm(save);
    await user.type(screen.getByRole('textbox', { name: 'Code' }), 'CL-1');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Could not save.');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(onSaved).toHaveBeenCalledWith({ id: 'lt-1', code: 'CL-1' }, { code: 'CL-1', name: '', kind: 'land' });
    expect(save).toHaveBeenLastCalledWith({ code: 'CL-1', name: '', kind: 'land' }, expect.anything());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
