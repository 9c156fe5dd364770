import { useEffect, useState } from 'react';
import { useSnackbarStore } from './snackbarStore';

/** Long enough to read the message and reach "Undo" by keyboard. */
export const SNACKBAR_DURATION_MS = 10_000;

/**
 * The live region exists before any message, so screen readers announce each one. The timer stops
 * while the pointer or focus is on the message (WCAG 2.2.1: the user controls the time).
 */
export function Snackbar() {
  const current = useSnackbarStore((state) => state.current);
  const dismiss = useSnackbarStore((state) => state.dismiss);
  const [held, setHeld] = useState(false);

  useEffect(() => {
    if (!current || held) return;
    const timer = setTimeout(() => dismiss(current.id), SNACKBAR_DURATION_MS);
    return () => clearTimeout(timer);
  }, [current, held, dismiss]);

  return (
    <div role="status" className="snackbar-region">
      {current && (
        <div
          className="snackbar"
          onMouseEnter={() => setHeld(true)}
          onMouseLeave={() => setHeld(false)}
          onFocus={() => setHeld(true)}
          onBlur={() => setHeld(false)}
        >
          <span className="snackbar__text">{current.text}</span>
          {current.action && (
            <button
              type="button"
              className="button button--on-dark"
              onClick={() => {
                current.action?.run();
                setHeld(false);
                dismiss(current.id);
              }}
            >
              {current.action.label}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
