import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LPD_CLASSES, UNCCD_LAND_COVER_CLASSES } from '../../../../shared/baseline/classes';
import { landCoverLabel, lpdLabel } from '../labels';

export type HelpTopic = 'classes' | 'lpd' | 'conditions' | 'matrix' | 'soc' | 'oneOutAllOut' | 'status';

const CONDITIONS = ['improved', 'stable', 'degraded', 'noData'] as const;

/** Plain-language help for the classes and rules a screen uses; each topic opens on demand. */
export function HelpPanel({ topics }: { topics: readonly HelpTopic[] }) {
  const { t } = useTranslation('baseline');
  const body: Record<HelpTopic, { title: string; content: ReactNode }> = {
    classes: {
      title: t('help.classes'),
      content: (
        <dl className="help-list">
          {UNCCD_LAND_COVER_CLASSES.map((c) => (
            <div key={c.key}>
              <dt>{landCoverLabel(t, c.code)}</dt>
              <dd>{t(`help.class.${c.key}`)}</dd>
            </div>
          ))}
        </dl>
      ),
    },
    lpd: {
      title: t('help.lpdClasses'),
      content: (
        <>
          <dl className="help-list">
            {LPD_CLASSES.map((c) => (
              <div key={c.key}>
                <dt>{lpdLabel(t, c.code)}</dt>
                <dd>{t(`help.lpd.${c.key}`)}</dd>
              </div>
            ))}
          </dl>
          <p>{t('help.collapse')}</p>
        </>
      ),
    },
    conditions: {
      title: t('help.conditions'),
      content: (
        <dl className="help-list">
          {CONDITIONS.map((c) => (
            <div key={c}>
              <dt>{t(`condition.${c}`)}</dt>
              <dd>{t(`help.condition.${c}`)}</dd>
            </div>
          ))}
        </dl>
      ),
    },
    matrix: { title: t('table.SO1-1_T3'), content: <p>{t('help.matrix')}</p> },
    soc: { title: t('table.SO1-3_T2'), content: <p>{t('help.soc')}</p> },
    oneOutAllOut: { title: t('sdg.methodOption.one_out_all_out'), content: <p>{t('help.oneOutAllOut')}</p> },
    status: { title: t('table.SO1-4_T1'), content: <p>{t('help.status')}</p> },
  };
  return (
    <aside className="help-panel card" aria-label={t('help.title')}>
      <h2 className="help-panel__title">{t('help.title')}</h2>
      {topics.map((topic) => (
        <details key={topic} className="help-panel__topic">
          <summary>{body[topic].title}</summary>
          {body[topic].content}
        </details>
      ))}
    </aside>
  );
}
