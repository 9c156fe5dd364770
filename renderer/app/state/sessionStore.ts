import { create } from 'zustand';

/** Set once the web host says the session cookie is gone; only reopening the app's link helps then. */
export const useSessionStore = create<{ expired: boolean; markExpired: () => void }>()((set) => ({
  expired: false,
  markExpired: () => set({ expired: true }),
}));
