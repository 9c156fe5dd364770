import { describe, expect, it } from 'vitest';
import { overlayKey, toFeatureCollection, unionBbox } from './mapOverlay';
import { detailForZoom } from './ownerStyles';

describe('map overlays', () => {
  it('frames several shapes with the smallest box holding them all', () => {
    expect(
      unionBbox([
        [37, -1, 37.1, -0.9],
        [36.5, -0.95, 36.8, 0.2],
      ]),
    ).toEqual([36.5, -1, 37.1, 0.2]);
    expect(unionBbox([])).toBeNull();
  });

  it('draws every overlay from one collection, each feature keyed by its owner', () => {
    const collection = toFeatureCollection([
      { key: overlayKey('target', 't1'), ownerEntity: 'target', geometry: { type: 'Point', coordinates: [37, -1] } },
      { key: overlayKey('landtype', 'l1'), ownerEntity: 'landtype', geometry: { type: 'Point', coordinates: [38, -1] } },
    ]);
    expect(collection.features.map((feature) => feature.properties)).toEqual([
      { key: 'target:t1', ownerEntity: 'target' },
      { key: 'landtype:l1', ownerEntity: 'landtype' },
    ]);
  });

  it('asks for full detail only when zoomed in to a district', () => {
    expect(detailForZoom(3)).toBe('simplified');
    expect(detailForZoom(8)).toBe('simplified');
    expect(detailForZoom(9)).toBe('full');
    expect(detailForZoom(15)).toBe('full');
  });
});
