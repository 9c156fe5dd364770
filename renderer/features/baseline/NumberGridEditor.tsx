import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableProvenance } from '../../../shared/baseline/schema';
import type { FieldError } from '../../../shared/command';
import { CommandFailure } from '../../app/backend/backend';
import { translateKey } from '../../app/i18n/translateKey';
import { useFormat } from '../../app/i18n/useFormat';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormField } from '../../components/form/FormField';
import { SaveCancelActions } from '../../components/form/SaveCancelActions';
import { useSnackbarStore } from '../../components/snackbarStore';
import { TableScroll } from '../../components/TableScroll';
import { cellKey, parseCell, type CellValues } from './cellValues';
import type { PraisTableProps } from './PraisTable';
import { PraisTableHead } from './PraisTableHead';

/** What a save of national data says about where the numbers come from. */
export interface SaveMeta {
  sourceId?: string;
  comment?: string;
}

interface EditorProps extends PraisTableProps {
  onSave: NonNullable<PraisTableProps['onSave']>;
  caption: string;
  provenance: TableProvenance | undefined;
  onDone: () => void;
}

const textOf = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/**
 * A PRAIS table as a grid of number inputs: Tab moves along the row (native order), Enter to the same
 * column of the next row. Nothing is saved until every cell holds a number ≥ 0; a refusal from the
 * backend shows at its cell and the typed values stay.
 */
export function NumberGridEditor({ data, rows, columns, values, derive, rowHeader, onSave, errorCell, editExtras, caption, provenance, onDone }: EditorProps) {
  const { t, i18n } = useTranslation(['baseline', 'common']);
  const format = useFormat();
  const tableRef = useRef<HTMLTableElement>(null);
  const idPrefix = useId();
  const showSnackbar = useSnackbarStore((state) => state.show);
  const inputColumns = columns.filter((column) => !column.derived);
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(rows.flatMap((row) => inputColumns.map((column) => [cellKey(row.key, column.key), textOf(values[cellKey(row.key, column.key)])] as const))),
  );
  const [sourceId, setSourceId] = useState(provenance?.origin === 'national' ? (provenance.sourceId ?? '') : '');
  const [comment, setComment] = useState(provenance?.origin === 'national' ? (provenance.comment ?? '') : '');
  const [cellErrors, setCellErrors] = useState<Record<string, FieldError>>({});
  const [failure, setFailure] = useState<unknown>(null);
  // Refusals about the table as a whole (e.g. its areas add up to more than the land area): said above it.
  const [tableErrors, setTableErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);

  const typed: CellValues = Object.fromEntries(
    Object.entries(texts).map(([key, text]) => {
      const parsed = parseCell(text);
      return [key, 'value' in parsed ? parsed.value : null] as const;
    }),
  );

  const focusCell = (key: string) => tableRef.current?.querySelector<HTMLInputElement>(`input[data-cell="${key}"]`)?.focus();

  const onKeyDown = (rowIndex: number, column: string) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const next = rows[rowIndex + 1];
    if (next) focusCell(cellKey(next.key, column));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, FieldError> = {};
    const numbers: Record<string, number> = {};
    for (const [key, text] of Object.entries(texts)) {
      const parsed = parseCell(text);
      if ('error' in parsed) errors[key] = parsed.error;
      else numbers[key] = parsed.value;
    }
    setCellErrors(errors);
    setFailure(null);
    setTableErrors([]);
    const firstWrong = Object.keys(errors)[0];
    if (firstWrong !== undefined) {
      focusCell(firstWrong);
      return;
    }
    setSaving(true);
    try {
      await onSave(numbers, { ...(sourceId ? { sourceId } : {}), ...(comment.trim() ? { comment } : {}) });
    } catch (error) {
      setSaving(false);
      const placed: Record<string, FieldError> = {};
      const unplaced: FieldError[] = [];
      for (const fieldError of error instanceof CommandFailure ? error.fieldErrors : []) {
        const key = errorCell?.(fieldError.path) ?? null;
        if (key !== null) placed[key] ??= fieldError;
        else unplaced.push(fieldError);
      }
      setCellErrors(placed);
      setTableErrors(unplaced);
      if (!(error instanceof CommandFailure) || error.fieldErrors.length === 0) setFailure(error);
      const first = Object.keys(placed)[0];
      if (first !== undefined) focusCell(first);
      return;
    }
    setSaving(false);
    showSnackbar({ text: t('edit.saved', { id: caption }) });
    onDone();
  };

  return (
    <form className="stack number-grid" noValidate onSubmit={(event) => void submit(event)}>
      <p className="muted" id={`${idPrefix}-help`}>
        {t('edit.help')}
      </p>
      {failure !== null && <ErrorAlert title={t('edit.saveFailed')} error={failure} />}
      {tableErrors.length > 0 && (
        <div role="alert" className="alert alert--error">
          <p className="alert__title">{t('edit.saveFailed')}</p>
          {tableErrors.map((fieldError, index) => (
            <p key={index}>{translateKey(i18n, fieldError.messageKey, fieldError.params)}</p>
          ))}
        </div>
      )}
      {Object.keys(cellErrors).length > 0 && (
        <p role="alert" className="field__error">
          {t('edit.fixCells')}
        </p>
      )}
      <TableScroll label={caption}>
        <table ref={tableRef} className="data-table data-table--compact prais-table__table number-grid__table">
          <caption className="visually-hidden">{caption}</caption>
          <PraisTableHead rowHeader={rowHeader} columns={columns} />
          <tbody>
            {rows.map((row, rowIndex) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {columns.map((column) => {
                  const key = cellKey(row.key, column.key);
                  if (column.derived) {
                    const value = derive?.(row.key, column.key, typed) ?? null;
                    return (
                      <td key={column.key} className="numeric prais-table__derived">
                        {value === null ? t('notComputed') : column.format === 'percent' ? t('unit.percent', { value: format.number(value) }) : format.number(value)}
                      </td>
                    );
                  }
                  const error = cellErrors[key];
                  const errorId = `${idPrefix}-${key}-error`;
                  return (
                    <td key={column.key}>
                      <input
                        type="text"
                        inputMode="decimal"
                        autoComplete="off"
                        className="number-grid__input"
                        data-cell={key}
                        aria-label={t('edit.cell', { row: row.label, column: column.label })}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? errorId : `${idPrefix}-help`}
                        value={texts[key] ?? ''}
                        onChange={(event) => {
                          const text = event.target.value;
                          setTexts((current) => ({ ...current, [key]: text }));
                          setCellErrors(({ [key]: _dropped, ...rest }) => rest);
                        }}
                        onKeyDown={onKeyDown(rowIndex, column.key)}
                      />
                      {error && (
                        <span id={errorId} className="field__error number-grid__error">
                          {translateKey(i18n, error.messageKey, error.params)}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <div className="number-grid__meta">
        <FormField label={t('edit.source')}>
          {(control) => (
            <select {...control} value={sourceId} onChange={(event) => setSourceId(event.target.value)}>
              <option value="">{t('edit.noSource')}</option>
              {data.sources.map((source) => (
                <option key={source.id} value={source.id}>
                  {source.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('edit.comment')}>
          {(control) => <textarea {...control} rows={2} value={comment} onChange={(event) => setComment(event.target.value)} />}
        </FormField>
        {editExtras}
      </div>
      <SaveCancelActions saving={saving} onCancel={onDone} />
    </form>
  );
}
