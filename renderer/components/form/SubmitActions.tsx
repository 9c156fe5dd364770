import type { ReactNode } from 'react';

interface SubmitActionsProps {
  /** The button's words: what submitting does ("Save licence", "Add the decision"). */
  children: ReactNode;
  /** While a save is under way (or the form is not ready) the button is disabled, so a double click cannot save twice. */
  disabled: boolean;
  /** The page's main action stands out; an "add" row inside a larger page does not. */
  primary?: boolean;
}

/** The submit button of a form that stays on its page, in the form's action row (a dialog has SaveCancelActions). */
export function SubmitActions({ children, disabled, primary = true }: SubmitActionsProps) {
  return (
    <div className="form-actions">
      <button type="submit" className={primary ? 'button button--primary' : 'button'} disabled={disabled}>
        {children}
      </button>
    </div>
  );
}
