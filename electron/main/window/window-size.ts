export interface Size {
  width: number;
  height: number;
}

export const MIN_WINDOW_SIZE: Size = { width: 1024, height: 640 };
const DEFAULT_WINDOW_SIZE: Size = { width: 1366, height: 768 };

/**
 * 1366×768 where it fits, else the screen's work area (on an old 1366×768 laptop the taskbar takes
 * part of the screen, and a window taller than the work area hides its bottom edge), never below the minimum.
 */
export function initialWindowSize(workArea: Size): Size {
  return {
    width: Math.max(MIN_WINDOW_SIZE.width, Math.min(DEFAULT_WINDOW_SIZE.width, workArea.width)),
    height: Math.max(MIN_WINDOW_SIZE.height, Math.min(DEFAULT_WINDOW_SIZE.height, workArea.height)),
  };
}
