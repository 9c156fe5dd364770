import type { ReactNode } from 'react';

interface TableScrollProps {
  /** The region's accessible name; usually the table's caption. */
  label: string;
  children: ReactNode;
}

/**
 * A wide table scrolls sideways inside its own box instead of being cut off by its card or widening the
 * page. The box is a named region that takes focus, so someone using the keyboard can scroll it with the
 * arrow keys (WCAG 2.1.1); without focus, a column out of view could only be reached with a mouse.
 */
export function TableScroll({ label, children }: TableScrollProps) {
  return (
    // A scrollable region is the one non-interactive element that must take focus (axe: scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
