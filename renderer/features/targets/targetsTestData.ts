import { screen, within } from '@testing-library/react';
import type { Language } from '../../../shared/i18n/languages';
import type { ImplementedAction, Target } from '../../../shared/targets/schema';
import { createInMemoryBackend, fakeId, fakeLandType, fakeWorkspace, settingsIn, type Handlers } from '../../test/inMemoryBackend';
import { emptyTargets, fakeTarget } from '../../test/inMemoryTargets';
import { renderApp } from '../../test/renderApp';

/** What the targets component tests share: a land type, targets, and the app opened on a targets page. */
export const grassland = fakeLandType({ code: 'GL-1', name: 'Grazing land', areaKm2: 800 });

export function target(overrides: Partial<Target> = {}): Target {
  return fakeTarget(fakeId(), overrides);
}

interface TargetsSetup {
  path?: string;
  targets?: Target[];
  actions?: ImplementedAction[];
  language?: Language;
  /** Replace single commands, e.g. to make the backend refuse. */
  handlers?: Handlers;
}

export function openTargets({ path = '/targets', targets = [], actions = [], language = 'en', handlers = {} }: TargetsSetup = {}) {
  const fake = createInMemoryBackend(
    { settings: settingsIn(language), workspace: fakeWorkspace(), landTypes: [grassland], targets: { ...emptyTargets(), targets, actions } },
    handlers,
  );
  return { ...fake, ...renderApp(fake.backend, { path, language }) };
}

export const rubricPanel = () => screen.findByRole('complementary', { name: /^Quality rubric/ });
/** One criterion of the wizard's live rubric, named "<criterion>: <grade>". */
export const criterion = async (name: RegExp) => within(await rubricPanel()).getByRole('listitem', { name });
