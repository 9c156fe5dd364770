import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNCCD_LAND_COVER_CODES } from '../../../../shared/baseline/classes';
import type { SubjectType } from '../../../../shared/consultations/codes';
import { matrixCellSubjectId, parseMatrixCellSubjectId } from '../../../../shared/consultations/decision-subject-id';
import { FieldMessage } from '../../../components/form/FieldMessage';
import type { KeyedFieldError } from '../../../components/form/schemaResolver';
import { useBaseline } from '../../baseline/baselineQueries';
import { RegionSelect } from '../../baseline/landcover/RegionSelect';
import { useLandTypes } from '../../landtypes/landTypeQueries';
import { usePlans } from '../../plans/planQueries';
import { useTargets } from '../../targets/targetQueries';
import { scenarioLabel } from '../../worksheets/scenarioLabel';
import { useScenarios, useWorksheet } from '../../worksheets/worksheetQueries';
import { PICKER_SUBJECT_TYPES } from '../decisionSubjects';
import { useMatrixCellLabel } from '../subjectLabels';

export interface SubjectChoice {
  subjectType: SubjectType | '';
  subjectId: string;
}

interface SubjectPickerProps {
  value: SubjectChoice;
  onChange: (choice: SubjectChoice) => void;
  /** A refusal of the link (a record that no longer exists, half a link), shown under the pickers. */
  error?: KeyedFieldError | undefined;
}

/** What a decision shaped: the kind of record, then the record itself. */
export function SubjectPicker({ value, onChange, error }: SubjectPickerProps) {
  const { t } = useTranslation('consultations');
  const id = useId();
  const errorId = `${id}-error`;
  const choice: ChoiceProps = {
    id: `${id}-record`,
    value: value.subjectId,
    onChange: (subjectId) => onChange({ ...value, subjectId }),
    describedBy: error?.message ? errorId : undefined,
  };
  return (
    <>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-type`}>{t('decisions.subjectType')}</label>
          <select
            id={`${id}-type`}
            value={value.subjectType}
            onChange={(event) => onChange({ subjectType: event.target.value as SubjectChoice['subjectType'], subjectId: '' })}
          >
            <option value="">{t('decisions.noSubject')}</option>
            {PICKER_SUBJECT_TYPES.map((code) => (
              <option key={code} value={code}>
                {t(`subjectType.${code}`)}
              </option>
            ))}
          </select>
        </div>
        {value.subjectType === 'target' && <TargetChoice {...choice} />}
        {value.subjectType === 'landtype' && <LandTypeChoice {...choice} />}
        {value.subjectType === 'worksheet_measure' && <MeasureChoice {...choice} />}
        {value.subjectType === 'transition_matrix_cell' && <MatrixCellChoice {...choice} />}
        {value.subjectType === 'land_use_plan' && <PlanChoice {...choice} />}
      </div>
      <FieldMessage id={errorId} error={error} />
    </>
  );
}

interface ChoiceProps {
  id: string;
  value: string;
  onChange: (subjectId: string) => void;
  /** The id of the error message, when there is one. */
  describedBy?: string | undefined;
}

/** The record select of one kind: a label, an empty choice, then the records. */
function RecordSelect({ id, value, onChange, describedBy, label, options }: ChoiceProps & { label: string; options: readonly { value: string; label: string }[] }) {
  const { t } = useTranslation('consultations');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} aria-describedby={describedBy} aria-invalid={describedBy ? true : undefined} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('decisions.chooseRecord')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The 49 cells of a matrix, row by row: "Tree-covered to grassland"… Where the country has transition
 * regions (SO1-1.T3), each with its own matrix, the matrix is chosen first: national, or a region's.
 */
function MatrixCellChoice(props: ChoiceProps) {
  const { value, onChange } = props;
  const { t } = useTranslation('consultations');
  const cellLabel = useMatrixCellLabel();
  const regions = useBaseline().data?.regions ?? [];
  const [chosenRegion, setChosenRegion] = useState<string | null>(parseMatrixCellSubjectId(value)?.regionId ?? null);
  const regionId = regions.some((region) => region.id === chosenRegion) ? chosenRegion : null;
  const options = UNCCD_LAND_COVER_CODES.flatMap((initialCode) =>
    UNCCD_LAND_COVER_CODES.map((finalCode) => ({
      value: matrixCellSubjectId({ regionId, initialCode, finalCode }),
      // The matrix is named by its own select; the cell alone reads shorter.
      label: cellLabel({ regionId: null, initialCode, finalCode }),
    })),
  );
  return (
    <>
      <RegionSelect
        regions={regions}
        value={regionId ?? undefined}
        label={t('decisions.matrix')}
        onChange={(chosen) => {
          setChosenRegion(chosen ?? null);
          onChange('');
        }}
      />
      <RecordSelect {...props} label={t('subjectType.transition_matrix_cell')} options={options} />
    </>
  );
}

function PlanChoice(props: ChoiceProps) {
  const { t } = useTranslation('consultations');
  const plans = usePlans().data?.items ?? [];
  return <RecordSelect {...props} label={t('subjectType.land_use_plan')} options={plans.map((plan) => ({ value: plan.id, label: plan.name }))} />;
}

function TargetChoice(props: ChoiceProps) {
  const { t } = useTranslation('consultations');
  const targets = useTargets().data?.items ?? [];
  return <RecordSelect {...props} label={t('subjectType.target')} options={targets.map((target) => ({ value: target.id, label: target.text }))} />;
}

function LandTypeChoice(props: ChoiceProps) {
  const { t } = useTranslation('consultations');
  const landTypes = useLandTypes().data?.items ?? [];
  const options = landTypes.map((landType) => ({ value: landType.id, label: t('decisions.landTypeOption', { code: landType.code, name: landType.name }) }));
  return <RecordSelect {...props} label={t('subjectType.landtype')} options={options} />;
}

/** Measures belong to a scenario: choose the scenario first, then one of its measures. */
function MeasureChoice(props: ChoiceProps) {
  const { id, onChange } = props;
  const { t } = useTranslation('consultations');
  const { t: worksheetsT } = useTranslation('worksheets');
  const scenarios = useScenarios().data?.items ?? [];
  const [scenarioId, setScenarioId] = useState('');
  const chosen = scenarioId || scenarios.find((scenario) => scenario.isPreferred)?.id || scenarios[0]?.id || '';
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-scenario`}>{t('decisions.scenario')}</label>
        <select
          id={`${id}-scenario`}
          value={chosen}
          onChange={(event) => {
            setScenarioId(event.target.value);
            onChange('');
          }}
        >
          {scenarios.map((scenario) => (
            <option key={scenario.id} value={scenario.id}>
              {scenarioLabel(scenario, worksheetsT)}
            </option>
          ))}
        </select>
      </div>
      {chosen !== '' && <ScenarioMeasures {...props} scenarioId={chosen} />}
    </>
  );
}

function ScenarioMeasures({ scenarioId, ...props }: ChoiceProps & { scenarioId: string }) {
  const { t } = useTranslation('consultations');
  const worksheet = useWorksheet(scenarioId).data;
  const codeOf = new Map((useLandTypes().data?.items ?? []).map((landType) => [landType.id, landType.code]));
  const measures = worksheet?.landTypes.flatMap((entry) => entry.measures) ?? [];
  const options = measures.map((measure) => ({ value: measure.id, label: t('decisions.measureOption', { code: codeOf.get(measure.landTypeId) ?? '', description: measure.description }) }));
  return <RecordSelect {...props} label={t('subjectType.worksheet_measure')} options={options} />;
}
