import type { Person } from '../../../shared/consultations/person';
import { createInMemoryBackend, fakeId, fakeLandType, fakeWorkspace, settingsIn, type BackendState } from '../../test/inMemoryBackend';
import { emptyConsultations, fakeConsultation, fakePerson, type ConsultationsData } from '../../test/inMemoryConsultations';
import { renderApp } from '../../test/renderApp';
import type { Language } from '../../../shared/i18n/languages';

/** A register entry with a fresh id. */
export const person = (overrides: Partial<Person> = {}) => fakePerson(fakeId(), overrides);
export const consultation = (overrides: Parameters<typeof fakeConsultation>[1] = {}) => fakeConsultation(fakeId(), overrides);

/** The app at `path` in an open workspace holding `data` (and optionally land types, targets, plans and baseline data). */
export function openConsultations(
  path: string,
  data: Partial<ConsultationsData> = {},
  {
    language = 'en',
    landTypes = [],
    targets,
    plans,
    baseline,
  }: { language?: Language; landTypes?: BackendState['landTypes']; targets?: BackendState['targets']; plans?: BackendState['plans']; baseline?: BackendState['baseline'] } = {},
) {
  const fake = createInMemoryBackend({
    // The saved language wins over the one the app starts in, as in the real app.
    settings: settingsIn(language),
    workspace: fakeWorkspace(),
    landTypes,
    ...(targets ? { targets } : {}),
    ...(plans ? { plans } : {}),
    ...(baseline ? { baseline } : {}),
    consultations: { ...emptyConsultations(), ...data },
  });
  return { ...fake, ...renderApp(fake.backend, { path, language }) };
}

export { fakeLandType };
