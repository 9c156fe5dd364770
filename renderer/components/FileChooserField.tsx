import { useId, type ReactNode } from 'react';

interface FileChooserFieldProps {
  label: string;
  /** What the field takes (types, size), read out as the input's description. */
  help: ReactNode;
  /** The file endings the chooser offers, e.g. ".json,.gz". */
  accept: string;
  disabled: boolean;
  /** Called on every change, with no file when the person cancelled the chooser (the dialog then clears its message). */
  onChoose: (file: File | undefined) => void;
  /** A message about the chosen file, shown under the help (e.g. that it is too large). */
  children?: ReactNode;
}

/** The first step of an import dialog: a labelled file input with its help line. */
export function FileChooserField({ label, help, accept, disabled, onChoose, children }: FileChooserFieldProps) {
  const inputId = useId();
  const helpId = `${inputId}-help`;
  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      <input
        id={inputId}
        type="file"
        accept={accept}
        aria-describedby={helpId}
        disabled={disabled}
        onChange={(event) => onChoose(event.target.files?.[0])}
      />
      <p id={helpId} className="field__help">
        {help}
      </p>
      {children}
    </div>
  );
}
