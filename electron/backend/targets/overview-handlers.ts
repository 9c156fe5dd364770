import { FRAMEWORKS } from '../../../shared/targets/commitments';
import { rollupRestoration } from '../../../shared/targets/rollup';
import { summariseRubrics } from '../../../shared/targets/rubric';
import type { Handlers } from '../handler-types';
import { listItems, listTargets, liveLinks } from './repository';

type OverviewCommand = 'targets.commitments' | 'targets.rollup' | 'targets.rubricSummary';

/** Views across all live targets: the commitments cross-walk, the restoration roll-up, the rubric summary. */
export const overviewHandlers: Handlers<OverviewCommand> = {
  'targets.commitments': (_, session) => {
    const ws = session.workspace();
    const targets = listTargets(ws, {});
    const links = liveLinks(ws);
    const rows = targets.flatMap((target) =>
      (links.get(target.id) ?? []).map((link) => ({
        link,
        target: { id: target.id, text: target.text, level: target.level, status: target.status, parentTargetId: target.parentTargetId },
      })),
    );
    const frameworks = FRAMEWORKS.map((framework) => {
      const own = rows.filter((row) => row.link.framework === framework);
      return { framework, links: own, sharedAreaKm2: own.reduce((sum, row) => sum + (row.link.sharedAreaKm2 ?? 0), 0) };
    }).filter((group) => group.links.length > 0);
    return { frameworks };
  },

  'targets.rollup': (_, session) => {
    const ws = session.workspace();
    const targets = listTargets(ws, {});
    const links = liveLinks(ws);
    return rollupRestoration(
      targets,
      targets.flatMap((target) => links.get(target.id) ?? []),
    );
  },

  'targets.rubricSummary': (_, session) => {
    const ws = session.workspace();
    return summariseRubrics(listItems(ws, listTargets(ws, {})).map((item) => item.rubric));
  },
};
