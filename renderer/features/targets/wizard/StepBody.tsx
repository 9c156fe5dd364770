import type { TargetPattern } from '../../../../shared/targets/codes';
import { HowMuchStep } from './steps/HowMuchStep';
import { PatternStep } from './steps/PatternStep';
import { PlanningStep } from './steps/PlanningStep';
import { SentenceStep } from './steps/SentenceStep';
import { WhatStep } from './steps/WhatStep';
import { WhenStep } from './steps/WhenStep';
import { WhereStep } from './steps/WhereStep';
import { WhoStep } from './steps/WhoStep';
import type { TargetFormApi } from './targetValues';
import type { WizardStepId } from './wizardSteps';

interface StepBodyProps {
  step: WizardStepId;
  form: TargetFormApi;
  onChoosePattern: (pattern: TargetPattern) => void;
  /** Editing a saved target rather than writing a new one. */
  saved: boolean;
  needsRevisionNote: boolean;
}

/** The fields of one wizard step. */
export function StepBody({ step, form, onChoosePattern, saved, needsRevisionNote }: StepBodyProps) {
  switch (step) {
    case 'pattern':
      return <PatternStep form={form} onChoose={onChoosePattern} />;
    case 'what':
      return <WhatStep form={form} />;
    case 'where':
      return <WhereStep form={form} />;
    case 'howMuch':
      return <HowMuchStep form={form} />;
    case 'when':
      return <WhenStep form={form} />;
    case 'who':
      return <WhoStep form={form} />;
    case 'planning':
      return <PlanningStep form={form} />;
    case 'sentence':
      return <SentenceStep form={form} saved={saved} needsRevisionNote={needsRevisionNote} />;
  }
}
