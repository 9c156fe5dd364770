import { L } from './leaflet';
import { scaleLabel } from './scaleLabel';

/** The parts of Leaflet's scale control that write its label (not in its public typings). */
interface ScaleInternals {
  _mScale: HTMLElement;
  _getRoundNum: (value: number) => number;
  _updateScale: (scale: HTMLElement, text: string, ratio: number) => void;
}

/** Leaflet's metric scale bar, with its label written by Intl instead of Leaflet's fixed " m" and " km". */
export function metricScale(position: L.ControlPosition, locale: string): L.Control.Scale {
  const LocalisedScale = L.Control.Scale.extend({
    _updateMetric(this: ScaleInternals, maxMeters: number) {
      const meters = this._getRoundNum(maxMeters);
      this._updateScale(this._mScale, scaleLabel(meters, locale), meters / maxMeters);
    },
  }) as new (options: L.Control.ScaleOptions) => L.Control.Scale;
  return new LocalisedScale({ position, metric: true, imperial: false });
}
