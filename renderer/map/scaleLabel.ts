/**
 * The scale bar's label in the reader's language and digits ("500 km", "٥٠٠ كم", "500公里"): metres below
 * one kilometre, kilometres from there, as Leaflet chooses them.
 */
export function scaleLabel(meters: number, locale: string): string {
  const [value, unit] = meters < 1000 ? [meters, 'meter'] : [meters / 1000, 'kilometer'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
}
