import { z } from 'zod';
import { withMessageKey } from '../validation';

/** The latest local time zone is UTC+14: a date is "today" somewhere until UTC has moved that far on. */
const LATEST_ZONE_MS = 14 * 60 * 60 * 1000;

/** The latest calendar date that is already today somewhere on Earth, as YYYY-MM-DD. */
export function latestTodayOnEarth(now: Date = new Date()): string {
  return new Date(now.getTime() + LATEST_ZONE_MS).toISOString().slice(0, 10);
}

/**
 * A calendar date (YYYY-MM-DD) of something that has already happened, such as consent given or a
 * consultation held. Checked against the latest zone, so that a laptop's own date is never refused.
 */
export const pastDate = z.iso
  .date()
  .refine((date) => date <= latestTodayOnEarth(), withMessageKey('errors:consultations.dateInFuture'));
