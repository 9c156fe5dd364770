import { describe, expect, it } from 'vitest';
import { matrixCellSubjectId, parseMatrixCellSubjectId } from './decision-subject-id';

const REGION = '01890000-0000-7000-8000-0000000000aa';

describe('the subject id of a transition-matrix cell', () => {
  it('names a cell of the national matrix or of a region by its classes, and reads back the same cell', () => {
    expect(matrixCellSubjectId({ regionId: null, initialCode: 3, finalCode: 2 })).toBe('national:3:2');
    expect(matrixCellSubjectId({ regionId: REGION, initialCode: 4, finalCode: 3 })).toBe(`region:${REGION}:4:3`);
    expect(parseMatrixCellSubjectId('national:3:2')).toEqual({ regionId: null, initialCode: 3, finalCode: 2 });
    expect(parseMatrixCellSubjectId(`region:${REGION}:4:3`)).toEqual({ regionId: REGION, initialCode: 4, finalCode: 3 });
  });

  it.each(['national:3:8', 'national:0:1', `region:${REGION}:3`, 'region:coast:3:2', `regional:${REGION}:3:2`, REGION])('is not read from %s', (id) => {
    expect(parseMatrixCellSubjectId(id)).toBeNull();
  });
});
