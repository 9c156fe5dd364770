import { Dialog } from 'radix-ui';
import type { ReactNode } from 'react';

interface FormDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description: string;
  children: ReactNode;
  /** Wide for previews with a table of many columns (imports); forms keep the narrow, readable width. */
  wide?: boolean;
}

/**
 * The modal frame around every form dialog. Radix gives it the focus trap, Escape to close and the
 * focus back on the button that opened it.
 */
export function FormDialog({ open, onClose, title, description, children, wide = false }: FormDialogProps) {
  return (
    <Dialog.Root open={open} onOpenChange={(isOpen) => (isOpen ? undefined : onClose())}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className={wide ? 'dialog dialog--wide' : 'dialog'}>
          <Dialog.Title className="dialog__title">{title}</Dialog.Title>
          <Dialog.Description className="dialog__description">{description}</Dialog.Description>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
