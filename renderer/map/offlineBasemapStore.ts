import { create } from 'zustand';

interface OfflineBasemapState {
  /** A PMTiles raster archive the user chose on this computer; read in place, never uploaded. */
  file: File | null;
  choose: (file: File | null) => void;
}

/** Kept in memory for this session only: the file handle cannot outlive the window anyway. */
export const useOfflineBasemap = create<OfflineBasemapState>()((set) => ({
  file: null,
  choose: (file) => set({ file }),
}));
