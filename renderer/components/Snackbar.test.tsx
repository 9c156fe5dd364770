import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Snackbar, SNACKBAR_DURATION_MS } from './Snackbar';
import { useSnackbarStore } from './snackbarStore';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

function showDeletedMessage(): void {
  act(() => {
    useSnackbarStore.getState().show({ text: 'Land type CL-1 deleted.', action: { label: 'Undo', run: () => undefined } });
  });
}

function wait(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

describe('snackbar', () => {
  it('goes away by itself after about ten seconds', () => {
    render(<Snackbar />);
    showDeletedMessage();
    wait(SNACKBAR_DURATION_MS - 100);
    expect(screen.getByRole('status').textContent).toContain('Land type CL-1 deleted.');
    wait(200);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('stays while the pointer or keyboard focus is on it', () => {
    render(<Snackbar />);
    showDeletedMessage();
    fireEvent.focus(screen.getByRole('button', { name: 'Undo' }));
    wait(SNACKBAR_DURATION_MS * 3);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();

    fireEvent.blur(screen.getByRole('button', { name: 'Undo' }));
    wait(SNACKBAR_DURATION_MS);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});
