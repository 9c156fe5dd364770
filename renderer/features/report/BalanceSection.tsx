import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../shared/worksheets/schema';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useLandTypes } from '../landtypes/landTypeQueries';
import { BalanceChart } from '../worksheets/BalanceChart';
import { BalanceStatus } from '../worksheets/BalanceStatus';
import { scenarioLabel } from '../worksheets/scenarioLabel';
import { useBalance, useScenarios } from '../worksheets/worksheetQueries';
import { InLanguages, PerLanguage } from './reportLanguages';
import { ReportPlaceholder, ReportSection } from './ReportSection';

/** The neutrality balance of the working group's preferred scenario: each land type on its own, with the worksheets' chart. */
export function BalanceSection() {
  const scenarios = useScenarios();
  const preferred = scenarios.data?.items.find((scenario) => scenario.isPreferred && scenario.deletedAt === null);
  return (
    <ReportSection titleKey="report:balance.title">
      {scenarios.isPending && <LoadingState />}
      {scenarios.isError && <ErrorAlert error={scenarios.error} />}
      {scenarios.data && !preferred && <ReportPlaceholder textKey="report:balance.noScenario" />}
      {preferred && <PreferredBalance scenario={preferred} />}
    </ReportSection>
  );
}

function PreferredBalance({ scenario }: { scenario: Scenario }) {
  const { i18n } = useTranslation();
  const balance = useBalance(scenario.id);
  const landTypes = useLandTypes();
  if (balance.isPending || landTypes.isPending) return <LoadingState />;
  if (balance.isError) return <ErrorAlert error={balance.error} />;
  if (landTypes.isError) return <ErrorAlert error={landTypes.error} />;
  const { targetYear, national } = balance.data.balance;
  if (balance.data.balance.landTypes.length === 0) return <ReportPlaceholder textKey="report:balance.noLandTypes" />;
  const codeOf = (id: string) => landTypes.data.items.find((landType) => landType.id === id)?.code ?? '';
  const year = (language: string) => new Intl.NumberFormat(language, { useGrouping: false }).format(targetYear);
  const number = (language: string, value: number) => new Intl.NumberFormat(language).format(value);
  return (
    <>
      <p>
        <PerLanguage>
          {(language, t) => t('report:balance.scenario', { scenario: scenarioLabel(scenario, i18n.getFixedT(language, 'worksheets')), year: year(language) })}
        </PerLanguage>
      </p>
      <p className="report-figure">
        <PerLanguage>
          {(language, t) => t('worksheets:balance.national', { inBalance: number(language, national.landTypesInBalance), count: number(language, national.landTypeCount) })}
        </PerLanguage>
      </p>
      {balance.data.balance.landTypes.map((result) => (
        <div key={result.landTypeId} className="report-balance">
          <InLanguages>
            <BalanceStatus neutral={result.neutral} />
            <BalanceChart code={codeOf(result.landTypeId)} result={result} targetYear={targetYear} />
          </InLanguages>
        </div>
      ))}
    </>
  );
}
