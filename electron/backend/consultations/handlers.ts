import { attendanceHandlers } from './attendance-handlers';
import { attendanceSheetHandlers } from './attendance-sheet-handlers';
import { consultationHandlers } from './consultation-handlers';
import { exportHandlers } from './export-handlers';
import { membershipHandlers } from './membership-handlers';
import { peopleHandlers } from './people-handlers';
import { rollupHandlers } from './rollup-handlers';

export const consultationsHandlers = { ...peopleHandlers, ...membershipHandlers, ...consultationHandlers, ...attendanceHandlers, ...attendanceSheetHandlers, ...rollupHandlers, ...exportHandlers };
