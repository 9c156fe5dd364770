import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Geometry } from '../../shared/maps/schema';
import { StaticShapes } from './StaticShapes';

const square = (lon: number, lat: number): [number, number][][] => [[[lon, lat], [lon + 0.1, lat], [lon + 0.1, lat + 0.1], [lon, lat + 0.1], [lon, lat]]];

const twoFields: Geometry = { type: 'MultiPolygon', coordinates: [square(37, -1), square(37.5, -1)] };
const oneForest: Geometry = { type: 'Polygon', coordinates: square(38, -0.5) };
const aWell: Geometry = { type: 'Point', coordinates: [37.2, -0.8] };

describe('StaticShapes', () => {
  it('draws one path per polygon and one circle per point, as a labelled, left-to-right image', () => {
    const { container } = render(<StaticShapes countryIso3={null} geometries={[twoFields, oneForest, aWell]} label="Map of the target areas" colour="#0072b2" />);
    const figure = screen.getByRole('img', { name: 'Map of the target areas' });
    expect(figure.closest('[dir]')?.getAttribute('dir')).toBe('ltr');
    expect(figure.querySelector('title')?.textContent).toBe('Map of the target areas');
    expect(container.querySelectorAll('path.static-shapes__shape')).toHaveLength(3);
    expect(container.querySelectorAll('circle.static-shapes__point')).toHaveLength(1);
  });

  it("draws the workspace's country outline from the bundled boundaries under the shapes", async () => {
    const { container } = render(<StaticShapes countryIso3="KEN" geometries={[oneForest]} label="Map of the target areas" colour="#0072b2" />);
    await waitFor(() => expect(container.querySelector('path.static-shapes__country')).not.toBeNull());
    const svg = screen.getByRole('img', { name: 'Map of the target areas' });
    // The outline comes first, so the shapes are painted over it.
    expect(svg.querySelector('path')?.getAttribute('class')).toBe('static-shapes__country');
  });

  it('draws nothing when there is neither a shape nor a known country', () => {
    const { container } = render(<StaticShapes countryIso3={null} geometries={[]} label="Map" colour="#0072b2" />);
    expect(container.querySelector('svg')).toBeNull();
  });
});
