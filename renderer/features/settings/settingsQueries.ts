import { useCommandMutation, useCommandQuery } from '../../app/backend/commandQueries';

export function useSettings() {
  return useCommandQuery('settings.get', {});
}

export function useSetLanguage() {
  return useCommandMutation('settings.setLanguage', { invalidates: ['settings.get'] });
}

export function useSaveProfile() {
  return useCommandMutation('settings.saveProfile', { invalidates: ['settings.get'] });
}
