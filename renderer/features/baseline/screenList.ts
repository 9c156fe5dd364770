import type { ComponentType } from 'react';
import { lazyPage } from '../../app/lazyPage';

/**
 * One screen per indicator, in the order of the PRAIS SO1 chapter. Each screen's code loads when it is first
 * shown (the charts and the drawing map are large), while the tabs and routes need only the ids and paths.
 */
export const BASELINE_SCREENS: readonly { id: 'landArea' | 'landCover' | 'productivity' | 'soc' | 'sdg'; path: string; Screen: ComponentType }[] = [
  { id: 'landArea', path: 'land-area', Screen: lazyPage(() => import('./screens/LandAreaScreen').then((m) => m.LandAreaScreen)) },
  { id: 'landCover', path: 'land-cover', Screen: lazyPage(() => import('./screens/LandCoverScreen').then((m) => m.LandCoverScreen)) },
  { id: 'productivity', path: 'productivity', Screen: lazyPage(() => import('./screens/ProductivityScreen').then((m) => m.ProductivityScreen)) },
  { id: 'soc', path: 'soil-organic-carbon', Screen: lazyPage(() => import('./screens/SocScreen').then((m) => m.SocScreen)) },
  { id: 'sdg', path: 'sdg-15-3-1', Screen: lazyPage(() => import('./screens/SdgScreen').then((m) => m.SdgScreen)) },
];
