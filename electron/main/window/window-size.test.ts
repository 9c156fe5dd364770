import { describe, expect, it } from 'vitest';
import { initialWindowSize } from './window-size';

describe('initialWindowSize', () => {
  it('opens at 1366×768 on a large screen', () => {
    expect(initialWindowSize({ width: 1920, height: 1040 })).toEqual({ width: 1366, height: 768 });
  });

  it('fits the work area of a 1366×768 laptop, whose taskbar takes 40 px', () => {
    expect(initialWindowSize({ width: 1366, height: 728 })).toEqual({ width: 1366, height: 728 });
  });

  it('never goes below 1024×640', () => {
    expect(initialWindowSize({ width: 1000, height: 560 })).toEqual({ width: 1024, height: 640 });
  });
});
