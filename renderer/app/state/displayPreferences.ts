import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface DisplayPreferences {
  /** Larger root font size for projectors in workshops; kept per machine, not per workspace. */
  largeText: boolean;
  setLargeText: (largeText: boolean) => void;
}

export const useDisplayPreferences = create<DisplayPreferences>()(
  persist(
    (set) => ({
      largeText: false,
      setLargeText: (largeText) => set({ largeText }),
    }),
    { name: 'ldn-workbench.display' },
  ),
);
