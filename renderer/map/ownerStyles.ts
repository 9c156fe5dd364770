import type { GeometryOwner } from '../../shared/maps/schema';

/**
 * One colour per kind of record, shared by the map, the legend and the layers panel, so a swatch means
 * the same thing everywhere. Chosen to stay apart for the common colour-vision deficiencies (Okabe–Ito).
 */
export const OWNER_COLOURS: Readonly<Record<GeometryOwner, string>> = {
  workspace: '#000000',
  target: '#0072b2',
  implemented_action: '#009e73',
  baseline_hot_bright_spot: '#d55e00',
  baseline_false_pos_neg: '#cc79a7',
  landtype: '#e69f00',
  transition_region: '#56b4e9',
  land_use_plan: '#8c6d31',
  plan_zone: '#6a3d9a',
};

/** The kinds shown as overlays (the area of interest is drawn on its own, under them). */
export const OVERLAY_OWNERS = [
  'landtype',
  'transition_region',
  'land_use_plan',
  'plan_zone',
  'target',
  'implemented_action',
  'baseline_hot_bright_spot',
  'baseline_false_pos_neg',
] as const satisfies readonly GeometryOwner[];
export type OverlayOwner = (typeof OVERLAY_OWNERS)[number];

/**
 * Zoom from which geometries are asked for in full. Below it a country or region fills the window and the
 * simplified copy looks the same while drawing far fewer vertices (20,000 polygons must pan smoothly).
 */
export const FULL_DETAIL_FROM_ZOOM = 9;

export function detailForZoom(zoom: number): 'simplified' | 'full' {
  return zoom >= FULL_DETAIL_FROM_ZOOM ? 'full' : 'simplified';
}
