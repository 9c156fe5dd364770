import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LandType } from '../../../shared/landtypes/schema';
import type { LandTypeResult, ObservedLandTypeBalance, ObservedSource } from '../../../shared/worksheets/schema';
import { useFormat } from '../../app/i18n/useFormat';
import { TableScroll } from '../../components/TableScroll';
import { BalanceStatus } from './BalanceStatus';

/**
 * "Observed (Trends.Earth, <file>, <date>)": the file is the one imported (inside its package, if any);
 * the date is the report's own date, else the day of the import. Shown in UTC, as the file writes it, so
 * a report of 16 June does not read as 15 June west of Greenwich.
 */
export function useObservedLabel(): (source: ObservedSource) => string {
  const { t, i18n } = useTranslation('worksheets');
  return useMemo(() => {
    const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
    return (source) =>
      t('observed.label', {
        file: source.packageName ? `${source.packageName} › ${source.fileName}` : source.fileName,
        date: dateFormat.format(new Date(source.reportDate ?? source.importedAt)),
      });
  }, [t, i18n.language]);
}

/** What planned and observed each mean, in plain words; shown wherever both stand side by side. */
export function ObservedHelp() {
  const { t } = useTranslation('worksheets');
  return <p className="worksheet__help">{t('observed.help')}</p>;
}

/** The observed gains, losses, net and status of one land type, for the balance panel. */
export function ObservedNumbers({ observed }: { observed: ObservedLandTypeBalance }) {
  const { t } = useTranslation('worksheets');
  const format = useFormat();
  const label = useObservedLabel();
  return (
    <div className="balance-panel__observed">
      <div className="balance-panel__head">
        <span className="muted">{label(observed.source)}</span>
        <BalanceStatus neutral={observed.neutral} />
      </div>
      <dl className="balance-panel__numbers">
        <div>
          <dt>{t('observed.gains')}</dt>
          <dd>{format.areaKm2(observed.gainsKm2)}</dd>
        </div>
        <div>
          <dt>{t('observed.losses')}</dt>
          <dd>{format.areaKm2(observed.lossesKm2)}</dd>
        </div>
        <div className="balance-panel__net">
          <dt>{t('balance.net')}</dt>
          <dd>{format.areaKm2(observed.netKm2)}</dd>
        </div>
      </dl>
    </div>
  );
}

/** A planned balance to set beside the observed one: this scenario's, or each compared scenario's. */
export interface PlannedRow {
  key: string;
  label: string;
  result: LandTypeResult;
}

/**
 * One land type's planned balance (reverse gains against the loss that remains after avoiding and
 * reducing) and its observed one, under a heading with the help that says what each means.
 */
export function PlannedObservedTable({ code, result, observed }: { code: string; result: LandTypeResult; observed: ObservedLandTypeBalance }) {
  const { t } = useTranslation('worksheets');
  return (
    <div className="worksheet__step">
      <h3>{t('observed.title')}</h3>
      <ObservedHelp />
      <PlannedObservedRows code={code} planned={[{ key: 'planned', label: t('observed.planned'), result }]} observed={observed} />
    </div>
  );
}

/** Planned rows, then the observed one, with the same columns, so that they read side by side. */
export function PlannedObservedRows({ code, planned, observed }: { code: string; planned: readonly PlannedRow[]; observed: ObservedLandTypeBalance }) {
  const { t } = useTranslation('worksheets');
  const format = useFormat();
  const label = useObservedLabel();
  const rows = [
    ...planned.map(({ key, label: plannedLabel, result }) => ({
      key,
      label: plannedLabel,
      gainsKm2: result.reverseGainKm2,
      lossesKm2: result.remainingLossKm2,
      netKm2: result.netKm2,
      neutral: result.neutral,
    })),
    { key: 'observed', label: label(observed.source), ...observed },
  ];
  return (
    <TableScroll label={t('observed.caption', { code })}>
      <table className="data-table data-table--compact">
        <caption className="visually-hidden">{t('observed.caption', { code })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('observed.kind')}</th>
            <th scope="col" className="numeric">{t('observed.gains')}</th>
            <th scope="col" className="numeric">{t('observed.losses')}</th>
            <th scope="col" className="numeric">{t('balance.net')}</th>
            <th scope="col">{t('path.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="numeric">{format.areaKm2(row.gainsKm2)}</td>
              <td className="numeric">{format.areaKm2(row.lossesKm2)}</td>
              <td className="numeric">{format.areaKm2(row.netKm2)}</td>
              <td>
                <BalanceStatus neutral={row.neutral} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export interface PlannedObservedLandType {
  landType: LandType;
  result: LandTypeResult | undefined;
  observed: ObservedLandTypeBalance | undefined;
}

/**
 * Every land type that has an observed balance, its planned one beside it: for the keyboard table mode,
 * whose grids hold all land types at once. Nothing when no Trends.Earth counterbalancing was imported.
 */
export function PlannedObservedSection({ items }: { items: readonly PlannedObservedLandType[] }) {
  const { t } = useTranslation('worksheets');
  const titleId = useId();
  const shown = items.flatMap(({ landType, result, observed }) => (result && observed ? [{ landType, result, observed }] : []));
  if (shown.length === 0) return null;
  return (
    <section className="path-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('observed.title')}</h2>
      <ObservedHelp />
      {shown.map(({ landType, result, observed }) => (
        <div key={landType.id}>
          <h3>{t('landTypeHeading', { code: landType.code, name: landType.name })}</h3>
          <PlannedObservedRows code={landType.code} planned={[{ key: 'planned', label: t('observed.planned'), result }]} observed={observed} />
        </div>
      ))}
    </section>
  );
}
