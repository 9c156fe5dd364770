import { create } from 'zustand';

export interface SnackbarMessage {
  id: number;
  text: string;
  action?: { label: string; run: () => void };
}

interface SnackbarState {
  current: SnackbarMessage | null;
  show: (message: Omit<SnackbarMessage, 'id'>) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** One message at a time, app-wide, so an "Undo" survives a change of page. */
export const useSnackbarStore = create<SnackbarState>()((set) => ({
  current: null,
  show: (message) => set({ current: { ...message, id: nextId++ } }),
  dismiss: (id) => set((state) => (state.current?.id === id ? { current: null } : state)),
}));
