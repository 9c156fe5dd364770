import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLandTypes } from '../../landtypes/landTypeQueries';
import { useTargets } from '../../targets/targetQueries';
import { scenarioLabel } from '../../worksheets/scenarioLabel';
import { useScenarios, useWorksheet } from '../../worksheets/worksheetQueries';
import { AVAILABLE_SUBJECT_TYPES, type AvailableSubjectType } from '../decisionSubjects';

export interface SubjectChoice {
  subjectType: AvailableSubjectType | '';
  subjectId: string;
}

/** What a decision shaped: the kind of record, then the record itself. */
export function SubjectPicker({ value, onChange }: { value: SubjectChoice; onChange: (choice: SubjectChoice) => void }) {
  const { t } = useTranslation('consultations');
  const id = useId();
  return (
    <div className="field-row">
      <div className="field">
        <label htmlFor={`${id}-type`}>{t('decisions.subjectType')}</label>
        <select
          id={`${id}-type`}
          value={value.subjectType}
          onChange={(event) => onChange({ subjectType: event.target.value as SubjectChoice['subjectType'], subjectId: '' })}
        >
          <option value="">{t('decisions.noSubject')}</option>
          {AVAILABLE_SUBJECT_TYPES.map((code) => (
            <option key={code} value={code}>
              {t(`subjectType.${code}`)}
            </option>
          ))}
        </select>
      </div>
      {value.subjectType === 'target' && <TargetChoice id={`${id}-record`} value={value.subjectId} onChange={(subjectId) => onChange({ ...value, subjectId })} />}
      {value.subjectType === 'landtype' && <LandTypeChoice id={`${id}-record`} value={value.subjectId} onChange={(subjectId) => onChange({ ...value, subjectId })} />}
      {value.subjectType === 'worksheet_measure' && <MeasureChoice id={`${id}-record`} value={value.subjectId} onChange={(subjectId) => onChange({ ...value, subjectId })} />}
    </div>
  );
}

interface ChoiceProps {
  id: string;
  value: string;
  onChange: (subjectId: string) => void;
}

function TargetChoice({ id, value, onChange }: ChoiceProps) {
  const { t } = useTranslation('consultations');
  const targets = useTargets().data?.items ?? [];
  return (
    <div className="field">
      <label htmlFor={id}>{t('subjectType.target')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('decisions.chooseRecord')}</option>
        {targets.map((target) => (
          <option key={target.id} value={target.id}>
            {target.text}
          </option>
        ))}
      </select>
    </div>
  );
}

function LandTypeChoice({ id, value, onChange }: ChoiceProps) {
  const { t } = useTranslation('consultations');
  const landTypes = useLandTypes().data?.items ?? [];
  return (
    <div className="field">
      <label htmlFor={id}>{t('subjectType.landtype')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('decisions.chooseRecord')}</option>
        {landTypes.map((landType) => (
          <option key={landType.id} value={landType.id}>
            {t('decisions.landTypeOption', { code: landType.code, name: landType.name })}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Measures belong to a scenario: choose the scenario first, then one of its measures. */
function MeasureChoice({ id, value, onChange }: ChoiceProps) {
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
      {chosen !== '' && <ScenarioMeasures id={id} scenarioId={chosen} value={value} onChange={onChange} />}
    </>
  );
}

function ScenarioMeasures({ id, scenarioId, value, onChange }: ChoiceProps & { scenarioId: string }) {
  const { t } = useTranslation('consultations');
  const worksheet = useWorksheet(scenarioId).data;
  const codeOf = new Map((useLandTypes().data?.items ?? []).map((landType) => [landType.id, landType.code]));
  const measures = worksheet?.landTypes.flatMap((entry) => entry.measures) ?? [];
  return (
    <div className="field">
      <label htmlFor={id}>{t('subjectType.worksheet_measure')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('decisions.chooseRecord')}</option>
        {measures.map((measure) => (
          <option key={measure.id} value={measure.id}>
            {t('decisions.measureOption', { code: codeOf.get(measure.landTypeId) ?? '', description: measure.description })}
          </option>
        ))}
      </select>
    </div>
  );
}
