import { L } from './leaflet';
import '@geoman-io/leaflet-geoman-free';
import '@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css';

/** Leaflet with geoman's drawing and editing (`map.pm`, `layer.pm`), for the geometry editor only. */
export { L };
