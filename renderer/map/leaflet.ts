import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import markerIconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import markerIconUrl from 'leaflet/dist/images/marker-icon.png';
import markerShadowUrl from 'leaflet/dist/images/marker-shadow.png';

/**
 * The one Leaflet import of the app. Geoman and pmtiles' raster layer are plain scripts that extend the
 * global `L`, so it is set here before they load (ES modules run their imports in order).
 */
(globalThis as { L?: typeof L }).L = L;

// Leaflet guesses its marker images' folder from its CSS, which fails once Vite renames the files:
// the bundled files are named here instead.
L.Icon.Default.mergeOptions({ iconUrl: markerIconUrl, iconRetinaUrl: markerIconRetinaUrl, shadowUrl: markerShadowUrl });

export { L };
