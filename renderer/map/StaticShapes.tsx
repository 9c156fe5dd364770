import { useEffect, useState } from 'react';
import { geometryBbox } from '../../shared/maps/bbox';
import { polygonsOf, type Position } from '../../shared/maps/positions';
import type { Geometry } from '../../shared/maps/schema';
import { countryGeometry } from './basemap';
import { unionBbox } from './mapOverlay';
import { fitEquirectangular, polygonPath, type SvgProjection } from './projectToSvg';

interface StaticShapesProps {
  /** The workspace's country, drawn as the outline under the shapes; null draws the shapes alone. */
  countryIso3: string | null;
  geometries: readonly Geometry[];
  /** What the figure shows, for screen readers and as its SVG title. */
  label: string;
  colour: string;
}

const FRAME = { width: 600, height: 400, padding: 16 };
const POINT_RADIUS = 4;

const pointsOf = (geometry: Geometry): Position[] =>
  geometry.type === 'Point' ? [geometry.coordinates] : geometry.type === 'MultiPoint' ? geometry.coordinates : [];

/** The country's boundary from the bundled Natural Earth file, once it has loaded. */
function useCountryGeometry(iso3: string | null): Geometry | null {
  // Kept with the code it was loaded for, so a change of country never shows the previous outline.
  const [loaded, setLoaded] = useState<{ iso3: string; geometry: Geometry | null } | null>(null);
  useEffect(() => {
    if (!iso3) return;
    let current = true;
    void countryGeometry(iso3).then((geometry) => {
      if (current) setLoaded({ iso3, geometry });
    });
    return () => {
      current = false;
    };
  }, [iso3]);
  return loaded && loaded.iso3 === iso3 ? loaded.geometry : null;
}

/**
 * Shapes as a still, vector figure for paper: Leaflet's tiles and canvas do not print reliably, an SVG prints
 * crisply at any size. Fitted to the country and the shapes together, so a reader sees where in the country
 * each area lies; north up and west on the left in
 * every language: geography does not mirror, so the figure is always left to right.
 */
export function StaticShapes({ countryIso3, geometries, label, colour }: StaticShapesProps) {
  const country = useCountryGeometry(countryIso3);
  const fitTo = unionBbox([...(country ? [country] : []), ...geometries].map(geometryBbox));
  if (!fitTo) return null;
  const project: SvgProjection = fitEquirectangular(fitTo, FRAME);
  return (
    <div dir="ltr">
      <svg role="img" aria-label={label} viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} width="100%" className="static-shapes">
        <title>{label}</title>
        {country && (
          <path
            className="static-shapes__country"
            d={polygonsOf(country)
              .map((rings) => polygonPath(rings, project))
              .join('')}
            fill="#f4f1ea"
            stroke="#555555"
            strokeWidth={1}
            fillRule="evenodd"
          />
        )}
        {geometries.map((geometry, index) => (
          <g key={index} fill={colour} fillOpacity={0.35} stroke={colour} strokeWidth={1.5}>
            {polygonsOf(geometry).map((rings, polygonIndex) => (
              <path key={polygonIndex} className="static-shapes__shape" d={polygonPath(rings, project)} fillRule="evenodd" />
            ))}
            {pointsOf(geometry).map((position, pointIndex) => {
              const [cx, cy] = project(position);
              return <circle key={pointIndex} className="static-shapes__point" cx={cx} cy={cy} r={POINT_RADIUS} />;
            })}
          </g>
        ))}
      </svg>
    </div>
  );
}
