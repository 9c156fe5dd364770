import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { descriptionOf } from '../test/renderApp';
import { FileChooserField } from './FileChooserField';

describe('FileChooserField', () => {
  it('hands over the chosen file, and reads its help as the description of the labelled input', async () => {
    const onChoose = vi.fn();
    render(<FileChooserField label="File" help="Files of up to 18 MB can be imported here." accept=".json,.gz" disabled={false} onChoose={onChoose} />);
    const input = screen.getByLabelText<HTMLInputElement>('File');
    expect(descriptionOf(input)).toBe('Files of up to 18 MB can be imported here.');
    expect(input.accept).toBe('.json,.gz');

    const file = new File(['{}'], 'summary.json', { type: 'application/json' });
    await userEvent.setup().upload(input, file);
    expect(onChoose).toHaveBeenCalledExactlyOnceWith(file);
  });

  it('shows a message about the chosen file under the help, and takes no file while disabled', async () => {
    const onChoose = vi.fn();
    render(
      <FileChooserField label="File" help="Help" accept=".zip" disabled onChoose={onChoose}>
        <p role="alert">This file is too large.</p>
      </FileChooserField>,
    );
    const input = screen.getByLabelText<HTMLInputElement>('File');
    expect(input.closest('.field')?.contains(screen.getByRole('alert'))).toBe(true);
    await userEvent.setup().upload(input, new File(['PK'], 'sites.zip'));
    expect(onChoose).not.toHaveBeenCalled();
  });
});
