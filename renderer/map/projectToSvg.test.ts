import { describe, expect, it } from 'vitest';
import { fitEquirectangular, polygonPath } from './projectToSvg';

describe('fitEquirectangular', () => {
  it('puts north up and west on the left, fitting the box inside the padding', () => {
    // On the equator cos(0°) = 1: 4° wide, 2° high in a 200 × 200 frame with 10 of padding → 180/4 = 45 per degree.
    const project = fitEquirectangular([0, -1, 4, 1], { width: 200, height: 200, padding: 10 });
    expect(project([0, 1])).toEqual([10, 55]);
    expect(project([4, -1])).toEqual([190, 145]);
    expect(project([2, 0])).toEqual([100, 100]);
  });

  it('shortens longitude by the cosine of the middle latitude', () => {
    // Mid-latitude 60°: cos = 0.5, so 2° of longitude are as wide as 1° of latitude. Height limits: 100/2 = 50 per degree.
    const project = fitEquirectangular([10, 59, 12, 61], { width: 100, height: 100, padding: 0 });
    const [westX, northY] = project([10, 61]);
    const [eastX, southY] = project([12, 59]);
    expect(westX).toBeCloseTo(25, 9);
    expect(northY).toBeCloseTo(0, 9);
    expect(eastX).toBeCloseTo(75, 9);
    expect(southY).toBeCloseTo(100, 9);
  });

  it('centres a single point instead of dividing by a zero span', () => {
    const project = fitEquirectangular([36.8, -1.3, 36.8, -1.3], { width: 600, height: 400, padding: 16 });
    expect(project([36.8, -1.3])).toEqual([300, 200]);
  });
});

describe('polygonPath', () => {
  const project = fitEquirectangular([0, -1, 4, 1], { width: 200, height: 200, padding: 10 });
  const outer: [number, number][] = [[0, -1], [4, -1], [4, 1], [0, 1], [0, -1]];

  it('writes each ring as a closed move-and-line path, holes after the outer ring', () => {
    // The hole's x: 100 + (1 − 2) × 45 = 55 and 100 + (3 − 2) × 45 = 145; its y: 100 ∓ 0.5 × 45 = 122.5 and 77.5.
    const hole: [number, number][] = [[1, -0.5], [3, -0.5], [3, 0.5], [1, -0.5]];
    expect(polygonPath([outer], project)).toBe('M10 145L190 145L190 55L10 55L10 145Z');
    expect(polygonPath([outer, hole], project)).toBe('M10 145L190 145L190 55L10 55L10 145ZM55 122.5L145 122.5L145 77.5L55 122.5Z');
  });

  it('rounds to a tenth of a unit', () => {
    // 1.001° → 100 + (1.001 − 2) × 45 = 55.045 → 55; 0.0013° north → 100 − 0.0585 = 99.9415 → 99.9.
    expect(polygonPath([[[1.001, 0.0013], [1, 0], [1.001, 0.0013]]], project)).toBe('M55 99.9L55 100L55 99.9Z');
  });
});
