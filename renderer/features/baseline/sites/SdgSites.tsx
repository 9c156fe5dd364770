import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { FalsePosNegSection } from './FalsePosNegSection';
import { HotBrightSpotSection } from './HotBrightSpotSection';
import { useBaselineSites } from './sitesQueries';

/** SO1-4.T3, T4 and T5 on the SDG 15.3.1 screen. */
export function SdgSites() {
  const sites = useBaselineSites();
  if (sites.isPending) return <LoadingState />;
  if (sites.isError) return <ErrorAlert error={sites.error} />;
  return (
    <>
      <FalsePosNegSection rows={sites.data.falsePosNeg} />
      <HotBrightSpotSection kind="hotspot" spots={sites.data.hotBrightSpots} />
      <HotBrightSpotSection kind="brightspot" spots={sites.data.hotBrightSpots} />
    </>
  );
}
