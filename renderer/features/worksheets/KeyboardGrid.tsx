import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { FieldError } from '../../../shared/command';
import type { LandType } from '../../../shared/landtypes/schema';
import { fieldErrorsFromZod } from '../../../shared/validation';
import {
  DEGRADATION_PROCESSES,
  lossInput,
  measureInput,
  RESPONSE_LEVELS,
  type AnticipatedLoss,
  type ResponseMeasure,
} from '../../../shared/worksheets/schema';
import { CommandFailure } from '../../app/backend/backend';
import { translateKey } from '../../app/i18n/translateKey';
import { ErrorAlert } from '../../components/ErrorAlert';
import { optionalNumber } from '../../components/form/schemaResolver';
import { RowActionsCell, RowActionsHeader } from '../../components/RowActionsCell';
import { TableScroll } from '../../components/TableScroll';
import { PlanZoneLossesTable } from './PlanZoneLosses';
import type { EntryDeletion } from './useEntryDeletion';
import { useSaveLoss, useSaveMeasure } from './worksheetQueries';

type Values = Record<string, string>;

interface Column {
  name: string;
  label: string;
  kind: 'text' | 'number' | 'select';
  options?: readonly { value: string; label: string }[];
  required?: boolean;
}

interface GridRow {
  /** The entry's id; null for the blank row at the end. */
  id: string | null;
  values: Values;
}

/** The row key used for drafts and focus: the entry's id, or `new` for the blank row. */
const NEW = 'new';
/** The keyboard help above the grids, which describes both tables. */
const GRID_HELP_ID = 'keyboard-grid-help';
const keyOf = (row: GridRow) => row.id ?? NEW;
const text = (value: string | null | undefined) => value ?? '';
const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

interface GridProps {
  caption: string;
  columns: readonly Column[];
  rows: readonly GridRow[];
  blank: Values;
  /** Parses a row's values with the shared schema: the input to save, or the field errors. */
  parse: (values: Values) => { ok: true; input: unknown } | { ok: false; errors: FieldError[] };
  save: (id: string | null, input: unknown) => Promise<unknown>;
  /** Deletes a saved entry; `onDeleted` runs once it is gone. */
  remove: (id: string, onDeleted: () => void) => void;
  /** The accessible name of a row's Delete button. */
  deleteLabel: (row: number) => string;
}

/**
 * Google Sheets' shortcut for deleting a row: Ctrl+Alt+Minus (⌘+Option+Minus on a Mac). Plain Delete and
 * Backspace stay with the cell, as in a spreadsheet: the cells here are always in edit mode, so those keys
 * delete characters. Ctrl+Minus alone zooms out in browsers and in Electron.
 */
function isDeleteRowShortcut(event: KeyboardEvent<HTMLElement>): boolean {
  if (!event.altKey) return false;
  // Option changes the character a key types on a Mac, so the physical key is what counts there.
  if (event.metaKey) return event.code === 'Minus' || event.code === 'NumpadSubtract';
  // On Windows AltGr reports Ctrl+Alt: comparing the character typed keeps AltGr+Minus for the layouts that use it.
  return event.ctrlKey && event.key === '-';
}

/**
 * One editable grid: Tab and Shift+Tab move between cells (native order), Enter saves the row and moves
 * to the same column of the next row, Escape drops the row's unsaved edits, Ctrl+Alt+Minus or the row's
 * Delete button deletes the row (with Undo in the snackbar) and moves to the row that takes its place.
 */
function EntryGrid({ caption, columns, rows, blank, parse, save, remove, deleteLabel }: GridProps) {
  const { t, i18n } = useTranslation('worksheets');
  const tableRef = useRef<HTMLTableElement>(null);
  const [drafts, setDrafts] = useState<Record<string, Values>>({});
  // Cells whose errors show: the ones edited, or all of a row after a refused Enter.
  const [touched, setTouched] = useState<Record<string, Record<string, true>>>({});
  const [serverErrors, setServerErrors] = useState<Record<string, FieldError[]>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [focusTarget, setFocusTarget] = useState<{ row: string; column: string } | null>(null);
  const allRows: GridRow[] = [...rows, { id: null, values: blank }];

  useEffect(() => {
    if (!focusTarget) return;
    const row = [...(tableRef.current?.querySelectorAll<HTMLElement>('tr[data-row]') ?? [])].find(
      (element) => element.dataset['row'] === focusTarget.row,
    );
    const cell = [...(row?.querySelectorAll<HTMLElement>('[data-column]') ?? [])].find(
      (element) => element.dataset['column'] === focusTarget.column,
    );
    if (cell) {
      cell.focus();
      setFocusTarget(null);
    }
  }, [focusTarget, rows]);

  const valuesOf = (row: GridRow) => drafts[keyOf(row)] ?? row.values;
  const isDirty = (row: GridRow) => {
    const draft = drafts[keyOf(row)];
    return draft !== undefined && columns.some((column) => draft[column.name] !== row.values[column.name]);
  };

  const forget = (key: string) => {
    setDrafts(({ [key]: _draft, ...rest }) => rest);
    setTouched(({ [key]: _touched, ...rest }) => rest);
    setServerErrors(({ [key]: _errors, ...rest }) => rest);
  };

  const edit = (row: GridRow, name: string, value: string) => {
    const key = keyOf(row);
    setDrafts((current) => ({ ...current, [key]: { ...valuesOf(row), [name]: value } }));
    setTouched((current) => ({ ...current, [key]: { ...current[key], [name]: true } }));
    setServerErrors(({ [key]: _errors, ...rest }) => rest);
  };

  const submit = async (row: GridRow, index: number, column: string) => {
    const key = keyOf(row);
    if (row.id !== null && !isDirty(row)) {
      // Nothing to save: Enter only moves on.
      forget(key);
      const next = allRows[index + 1];
      setFocusTarget({ row: next ? keyOf(next) : NEW, column });
      return;
    }
    const parsed = parse(valuesOf(row));
    if (!parsed.ok) {
      setTouched((current) => ({ ...current, [key]: Object.fromEntries(columns.map((item) => [item.name, true] as const)) }));
      return;
    }
    setFailure(null);
    try {
      await save(row.id, parsed.input);
    } catch (error) {
      if (error instanceof CommandFailure && error.fieldErrors.length > 0) {
        setServerErrors((current) => ({ ...current, [key]: [...error.fieldErrors] }));
      } else {
        setFailure(error);
      }
      return;
    }
    if (row.id === null) {
      // The blank row starts again with the same land type, for the next entry of a series.
      const landTypeId = valuesOf(row)['landTypeId'];
      forget(key);
      if (landTypeId !== undefined) setDrafts((current) => ({ ...current, [NEW]: { ...blank, landTypeId } }));
      setFocusTarget({ row: NEW, column });
    } else {
      forget(key);
      const next = allRows[index + 1];
      setFocusTarget({ row: next ? keyOf(next) : NEW, column });
    }
  };

  const deleteRow = (row: GridRow, index: number, column: string) => {
    if (row.id === null) return;
    // The blank row is always last, so a saved row always has one after it.
    const next = allRows[index + 1];
    remove(row.id, () => {
      forget(keyOf(row));
      setFocusTarget({ row: next ? keyOf(next) : NEW, column });
    });
  };

  const onKeyDown = (row: GridRow, index: number, column: string) => (event: KeyboardEvent<HTMLElement>) => {
    if (isDeleteRowShortcut(event)) {
      event.preventDefault();
      deleteRow(row, index, column);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void submit(row, index, column);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      forget(keyOf(row));
    }
  };

  const errorsOf = (row: GridRow): Record<string, FieldError> => {
    const key = keyOf(row);
    const shown = touched[key] ?? {};
    const result: Record<string, FieldError> = {};
    const parsed = drafts[key] ? parse(valuesOf(row)) : null;
    const fieldErrors = [...(parsed && !parsed.ok ? parsed.errors : []), ...(serverErrors[key] ?? [])];
    for (const fieldError of fieldErrors) {
      const name = String(fieldError.path[0] ?? '');
      if (shown[name] || serverErrors[key]?.includes(fieldError)) result[name] ??= fieldError;
    }
    return result;
  };

  return (
    <>
      {failure !== null && <ErrorAlert title={t('saveFailed')} error={failure} />}
      <TableScroll label={caption}>
        <table ref={tableRef} className="data-table data-table--compact keyboard-grid" aria-describedby={GRID_HELP_ID}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('grid.row')}</th>
              {columns.map((column) => (
                <th key={column.name} scope="col">
                  {column.label}
                </th>
              ))}
              <th scope="col">{t('grid.status')}</th>
              <RowActionsHeader label={t('table.actions')} />
            </tr>
          </thead>
          <tbody>
            {allRows.map((row, index) => {
              const key = keyOf(row);
              const values = valuesOf(row);
              const errors = errorsOf(row);
              const dirty = isDirty(row);
              const number = index + 1;
              return (
                <tr key={key} data-row={key} className={dirty ? 'keyboard-grid__row--dirty' : undefined}>
                  <th scope="row" className="numeric">
                    {row.id === null ? t('grid.newRow', { number }) : number}
                  </th>
                  {columns.map((column) => {
                    const error = errors[column.name];
                    const errorId = `grid-${key}-${column.name}-error`;
                    const common = {
                      'data-column': column.name,
                      'aria-label': t('grid.cell', { column: column.label, row: number }),
                      'aria-invalid': error ? (true as const) : undefined,
                      'aria-describedby': error ? errorId : undefined,
                      'aria-required': column.required ? (true as const) : undefined,
                      value: values[column.name] ?? '',
                      onKeyDown: onKeyDown(row, index, column.name),
                    };
                    return (
                      <td key={column.name}>
                        {column.kind === 'select' ? (
                          <select {...common} onChange={(event) => edit(row, column.name, event.target.value)}>
                            <option value="" />
                            {column.options?.map((option) => (
                              <option key={option.value} value={option.value}>
                                {option.label}
                              </option>
                            ))}
                          </select>
                        ) : (
                          <input
                            {...common}
                            type={column.kind === 'number' ? 'number' : 'text'}
                            inputMode={column.kind === 'number' ? 'decimal' : undefined}
                            step={column.kind === 'number' ? 'any' : undefined}
                            autoComplete="off"
                            onChange={(event) => edit(row, column.name, event.target.value)}
                          />
                        )}
                        {error && (
                          <span id={errorId} className="field__error keyboard-grid__error">
                            {translateKey(i18n, error.messageKey, error.params)}
                          </span>
                        )}
                      </td>
                    );
                  })}
                  <td className="keyboard-grid__status">{dirty ? <span className="keyboard-grid__unsaved">{t('grid.unsaved')}</span> : null}</td>
                  {row.id === null ? (
                    <td />
                  ) : (
                    <RowActionsCell remove={{ label: deleteLabel(number), onClick: () => deleteRow(row, index, columns[0]?.name ?? '') }} />
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

function parseWith<Schema extends z.ZodType>(schema: Schema, input: Record<string, unknown>) {
  const result = schema.safeParse(input);
  return result.success ? ({ ok: true, input: result.data } as const) : ({ ok: false, errors: fieldErrorsFromZod(result.error) } as const);
}

export interface KeyboardGridProps {
  scenarioId: string;
  landTypes: readonly LandType[];
  losses: readonly AnticipatedLoss[];
  measures: readonly ResponseMeasure[];
  onDeleteLoss: EntryDeletion['deleteLoss'];
  onDeleteMeasure: EntryDeletion['deleteMeasure'];
}

/** The table mode: anticipated losses, then measures, of every land type, for entering many rows with the keyboard. */
export function KeyboardGrid({ scenarioId, landTypes, losses, measures, onDeleteLoss, onDeleteMeasure }: KeyboardGridProps) {
  const { t } = useTranslation(['worksheets', 'common']);
  const saveLoss = useSaveLoss();
  const saveMeasure = useSaveMeasure();
  const landTypeColumn: Column = {
    name: 'landTypeId',
    label: t('grid.landType'),
    kind: 'select',
    required: true,
    options: landTypes.map((landType) => ({ value: landType.id, label: `${landType.code} · ${landType.name}` })),
  };
  const firstLandType = landTypes[0]?.id ?? '';

  const lossColumns: Column[] = [
    landTypeColumn,
    { name: 'areaKm2', label: t('field.areaKm2'), kind: 'number', required: true },
    {
      name: 'driver',
      label: t('field.driver'),
      kind: 'select',
      required: true,
      options: DEGRADATION_PROCESSES.map((process) => ({ value: process, label: t(`driver.${process}`) })),
    },
    { name: 'expectedYear', label: t('field.expectedYear'), kind: 'number', required: true },
    { name: 'notes', label: t('field.notes'), kind: 'text' },
  ];
  const measureColumns: Column[] = [
    landTypeColumn,
    {
      name: 'level',
      label: t('grid.level'),
      kind: 'select',
      required: true,
      options: RESPONSE_LEVELS.map((level) => ({ value: level, label: t(`step.${level}.title`) })),
    },
    { name: 'description', label: t('field.description'), kind: 'text', required: true },
    { name: 'areaKm2', label: t('field.areaKm2'), kind: 'number', required: true },
    { name: 'startYear', label: t('field.startYear'), kind: 'number', required: true },
    { name: 'endYear', label: t('field.endYear'), kind: 'number', required: true },
    { name: 'effectivenessPercent', label: t('field.effectivenessPercent'), kind: 'number' },
    { name: 'costUsd', label: t('field.costUsd'), kind: 'number' },
    { name: 'slmTechnology', label: t('field.slmTechnology'), kind: 'text' },
    { name: 'wocatReference', label: t('field.wocatReference'), kind: 'text' },
    { name: 'coBenefits', label: t('field.coBenefits'), kind: 'text' },
  ];

  // Losses from land-use plans are edited in their plan: listed under the grid, not in it.
  const lossRows: GridRow[] = losses.filter((loss) => loss.planZone === null).map((loss) => ({
    id: loss.id,
    values: {
      landTypeId: loss.landTypeId,
      areaKm2: String(loss.areaKm2),
      driver: loss.driver,
      expectedYear: String(loss.expectedYear),
      notes: text(loss.notes),
    },
  }));
  const measureRows: GridRow[] = measures.map((measure) => ({
    id: measure.id,
    values: {
      landTypeId: measure.landTypeId,
      level: measure.level,
      description: measure.description,
      areaKm2: String(measure.areaKm2),
      startYear: String(measure.startYear),
      endYear: String(measure.endYear),
      effectivenessPercent: numberText(measure.effectivenessPercent),
      costUsd: numberText(measure.costUsd),
      slmTechnology: text(measure.slmTechnology),
      wocatReference: text(measure.wocatReference),
      coBenefits: text(measure.coBenefits),
    },
  }));
  const blankValues = (columns: readonly Column[]): Values => ({
    ...Object.fromEntries(columns.map((column) => [column.name, ''] as const)),
    landTypeId: firstLandType,
  });
  const orEmpty = (value: string | undefined) => (value === '' ? undefined : value);

  return (
    <div className="stack keyboard-grids">
      <p className="muted" id={GRID_HELP_ID}>
        {t('grid.help')}
      </p>
      <EntryGrid
        caption={t('grid.lossesCaption')}
        columns={lossColumns}
        rows={lossRows}
        blank={blankValues(lossColumns)}
        parse={(values) =>
          parseWith(lossInput, {
            scenarioId,
            landTypeId: orEmpty(values['landTypeId']),
            source: 'entered',
            areaKm2: optionalNumber(values['areaKm2'] ?? ''),
            driver: orEmpty(values['driver']),
            expectedYear: optionalNumber(values['expectedYear'] ?? ''),
            notes: values['notes'] ?? '',
          })
        }
        save={(id, input) => saveLoss.mutateAsync(id ? { ...(input as z.output<typeof lossInput>), id } : (input as z.output<typeof lossInput>))}
        remove={(id, onDeleted) => {
          const loss = losses.find((item) => item.id === id);
          if (loss) onDeleteLoss(loss, onDeleted);
        }}
        deleteLabel={(row) => t('grid.deleteLoss', { row })}
      />
      <PlanZoneLossesTable losses={losses} landTypes={landTypes} />
      <EntryGrid
        caption={t('grid.measuresCaption')}
        columns={measureColumns}
        rows={measureRows}
        blank={blankValues(measureColumns)}
        parse={(values) =>
          parseWith(measureInput, {
            scenarioId,
            landTypeId: orEmpty(values['landTypeId']),
            level: orEmpty(values['level']),
            description: values['description'] ?? '',
            areaKm2: optionalNumber(values['areaKm2'] ?? ''),
            startYear: optionalNumber(values['startYear'] ?? ''),
            endYear: optionalNumber(values['endYear'] ?? ''),
            effectivenessPercent: optionalNumber(values['effectivenessPercent'] ?? ''),
            costUsd: optionalNumber(values['costUsd'] ?? ''),
            slmTechnology: values['slmTechnology'] ?? '',
            wocatReference: values['wocatReference'] ?? '',
            coBenefits: values['coBenefits'] ?? '',
          })
        }
        save={(id, input) => {
          const parsed = input as z.output<typeof measureInput>;
          // The grid has no column for linked targets: an edited row keeps the links it has.
          const targetIds = measures.find((item) => item.id === id)?.targetIds ?? [];
          return saveMeasure.mutateAsync(id ? { ...parsed, id, targetIds } : parsed);
        }}
        remove={(id, onDeleted) => {
          const measure = measures.find((item) => item.id === id);
          if (measure) onDeleteMeasure(measure, onDeleted);
        }}
        deleteLabel={(row) => t('grid.deleteMeasure', { row })}
      />
    </div>
  );
}
