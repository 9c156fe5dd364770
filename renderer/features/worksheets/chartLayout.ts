import type { LandTypeResult } from '../../../shared/worksheets/schema';

/** The bars of one land type's balance, in the order the balance is worked out. */
export const CHART_ITEMS = ['anticipatedLoss', 'avoided', 'reduced', 'reverseGain', 'net'] as const;
export type ChartItem = (typeof CHART_ITEMS)[number];
export type ChartTone = 'loss' | 'response' | 'gain';

const VALUE: Record<ChartItem, (result: LandTypeResult) => number> = {
  anticipatedLoss: (r) => r.anticipatedLossKm2,
  avoided: (r) => r.avoidedKm2,
  reduced: (r) => r.reducedKm2,
  reverseGain: (r) => r.reverseGainKm2,
  net: (r) => r.netKm2,
};

/** Losses in the degraded purple-red, gains in the improved green (UNCCD/Trends.Earth); the words and numbers say the same. */
function tone(item: ChartItem, value: number): ChartTone {
  if (item === 'anticipatedLoss') return 'loss';
  if (item === 'reverseGain') return 'gain';
  if (item === 'net') return value < 0 ? 'loss' : 'gain';
  return 'response';
}

/** The chart's own units (the viewBox); the SVG scales to the width it is given. */
export const CHART_WIDTH = 520;
export const LABEL_WIDTH = 170;
const VALUE_WIDTH = 110;
const BAR_SPACE = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
export const ROW = 30;
export const BAR = 18;
const GAP = 6;
/** The height of the bars of one land type's balance. */
export const BARS_HEIGHT = CHART_ITEMS.length * ROW;

export interface ChartBar {
  item: ChartItem;
  value: number;
  tone: ChartTone;
  labelX: number;
  barX: number;
  barWidth: number;
  valueX: number;
  y: number;
}

/** The largest absolute value among the results' bars: the full length of a bar. */
export function largestValue(results: readonly LandTypeResult[]): number {
  return Math.max(0, ...results.flatMap((result) => CHART_ITEMS.map((item) => Math.abs(VALUE[item](result)))));
}

/** Where text that starts a row goes: the inline start, left in left-to-right languages, right in Arabic. */
export const inlineStartX = (direction: 'ltr' | 'rtl') => (direction === 'rtl' ? CHART_WIDTH : 0);

/**
 * Where each bar goes. Bars grow from the inline start: from the left in left-to-right languages, from
 * the right in Arabic, with the labels at the inline start too. Text is anchored at "start", which SVG
 * reads in the direction of the text, so it follows the same mirror. `largest` is the value drawn at full
 * length: charts that compare several results pass the largest of all, so that their bars share one scale.
 */
export function layoutBars(result: LandTypeResult, direction: 'ltr' | 'rtl', largest = largestValue([result])): ChartBar[] {
  const rtl = direction === 'rtl';
  return CHART_ITEMS.map((item, index) => {
    const value = VALUE[item](result);
    const barWidth = largest > 0 ? (Math.abs(value) / largest) * BAR_SPACE : 0;
    return {
      item,
      value,
      tone: tone(item, value),
      labelX: inlineStartX(direction),
      barX: rtl ? CHART_WIDTH - LABEL_WIDTH - barWidth : LABEL_WIDTH,
      barWidth,
      valueX: rtl ? CHART_WIDTH - LABEL_WIDTH - barWidth - GAP : LABEL_WIDTH + barWidth + GAP,
      y: index * ROW,
    };
  });
}
