/**
 * Hybrid logical clock (Kulkarni et al.): timestamps that follow wall time but never go backwards and
 * never repeat on one device, so that every change has a total order across devices.
 *
 * Text form `<ISO-8601 UTC wall time>-<counter, 4 hex>-<device id>` sorts as a plain string: by wall
 * time, then counter, then device id. The sync design (SYNC.md) relies on that.
 */
export interface HlcState {
  wallMs: number;
  counter: number;
}

const MAX_COUNTER = 0xffff;

export function formatHlc(state: HlcState, deviceId: string): string {
  return `${new Date(state.wallMs).toISOString()}-${state.counter.toString(16).padStart(4, '0')}-${deviceId}`;
}

const HLC_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-(.+)$/;

export function parseHlc(text: string): HlcState & { deviceId: string } {
  const match = HLC_PATTERN.exec(text);
  if (!match) throw new Error(`Not a hybrid logical clock timestamp: ${text}`);
  const [, wall, counter, deviceId] = match as unknown as [string, string, string, string];
  return { wallMs: Date.parse(wall), counter: parseInt(counter, 16), deviceId };
}

/** The next local timestamp: wall time if it moved forward, else the same wall time with counter + 1. */
export function tick(last: HlcState, physicalNowMs: number): HlcState {
  if (physicalNowMs > last.wallMs) return { wallMs: physicalNowMs, counter: 0 };
  if (last.counter < MAX_COUNTER) return { wallMs: last.wallMs, counter: last.counter + 1 };
  // 65,536 events inside one millisecond: borrow the next millisecond rather than repeat a timestamp.
  return { wallMs: last.wallMs + 1, counter: 0 };
}

/** A device's clock: remembers the last timestamp it issued. */
export class HybridLogicalClock {
  private last: HlcState;

  constructor(
    readonly deviceId: string,
    lastIssued: string | null,
    private readonly physicalNow: () => number = Date.now,
  ) {
    this.last = lastIssued ? parseHlc(lastIssued) : { wallMs: 0, counter: 0 };
  }

  now(): string {
    this.last = tick(this.last, this.physicalNow());
    return formatHlc(this.last, this.deviceId);
  }
}
