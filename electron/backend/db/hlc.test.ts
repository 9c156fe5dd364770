import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HybridLogicalClock, formatHlc, parseHlc, tick } from './hlc';

describe('hybrid logical clock', () => {
  it('follows the wall clock when it moves forward', () => {
    expect(tick({ wallMs: 1000, counter: 7 }, 2000)).toEqual({ wallMs: 2000, counter: 0 });
  });

  it('counts up when the wall clock stands still or goes backwards', () => {
    expect(tick({ wallMs: 2000, counter: 0 }, 2000)).toEqual({ wallMs: 2000, counter: 1 });
    expect(tick({ wallMs: 2000, counter: 1 }, 1500)).toEqual({ wallMs: 2000, counter: 2 });
  });

  it('moves to the next millisecond when the counter is exhausted', () => {
    expect(tick({ wallMs: 2000, counter: 0xffff }, 2000)).toEqual({ wallMs: 2001, counter: 0 });
  });

  it('round-trips through its text form', () => {
    const text = formatHlc({ wallMs: Date.UTC(2026, 10, 23, 12), counter: 10 }, 'dev1');
    expect(text).toBe('2026-11-23T12:00:00.000Z-000a-dev1');
    expect(parseHlc(text)).toEqual({ wallMs: Date.UTC(2026, 10, 23, 12), counter: 10, deviceId: 'dev1' });
  });

  it('issues strictly increasing timestamps whatever the wall clock does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4_102_444_800_000 }), { minLength: 2, maxLength: 200 }), (walls) => {
        let i = 0;
        const clock = new HybridLogicalClock('device-a', null, () => walls[i++ % walls.length]!);
        const issued = walls.map(() => clock.now());
        for (let k = 1; k < issued.length; k++) expect(issued[k]! > issued[k - 1]!).toBe(true);
      }),
    );
  });

  it('resumes after the last timestamp it issued, even when the wall clock is behind', () => {
    const clock = new HybridLogicalClock('d', '2030-01-01T00:00:00.000Z-0003-d', () => Date.UTC(2026, 0, 1));
    expect(clock.now()).toBe('2030-01-01T00:00:00.000Z-0004-d');
  });
});
