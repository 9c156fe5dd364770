import type { ComponentType } from 'react';
import { LandAreaScreen } from './screens/LandAreaScreen';
import { LandCoverScreen } from './screens/LandCoverScreen';
import { ProductivityScreen } from './screens/ProductivityScreen';
import { SdgScreen } from './screens/SdgScreen';
import { SocScreen } from './screens/SocScreen';

/** One screen per indicator, in the order of the PRAIS SO1 chapter. */
export const BASELINE_SCREENS: readonly { id: 'landArea' | 'landCover' | 'productivity' | 'soc' | 'sdg'; path: string; Screen: ComponentType }[] = [
  { id: 'landArea', path: 'land-area', Screen: LandAreaScreen },
  { id: 'landCover', path: 'land-cover', Screen: LandCoverScreen },
  { id: 'productivity', path: 'productivity', Screen: ProductivityScreen },
  { id: 'soc', path: 'soil-organic-carbon', Screen: SocScreen },
  { id: 'sdg', path: 'sdg-15-3-1', Screen: SdgScreen },
];
