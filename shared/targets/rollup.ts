import type { ActionVerb, TargetPattern } from './codes';
import type { Framework, LinkRelation } from './commitments';
import type { AvoidedDoubleCount, RestorationRollup } from './schema';
import { SHARE_UNIT, toKm2, type TargetUnit } from './units';

/**
 * The national roll-up of restoration hectares (domain-spec §6, "complementarity and double counting"):
 * the same hectares are routinely pledged as an LDN "reverse" target, an NDC measure, a Bonn or AFR100
 * pledge and GBF Target 2. The roll-up counts every restoration target's area once, counts a sub-target
 * inside its counted parent, and counts a commitment's recorded share of a target inside that target, and
 * lists each double count it did not make. Recorded shared areas only; geometry union comes with the map.
 */

export interface RollupTarget {
  id: string;
  parentTargetId: string | null;
  pattern: TargetPattern | null;
  actionVerb: ActionVerb | null;
  targetValue: number | null;
  targetUnit: TargetUnit | null;
  targetAreaKm2: number | null;
}

export interface RollupLink {
  id: string;
  targetId: string;
  framework: Framework;
  commitmentRef: string;
  relation: LinkRelation;
  sharedAreaKm2: number | null;
  sharePct: number | null;
  accountingOwner: boolean;
}

const RESTORING_VERBS: readonly ActionVerb[] = ['restore', 'rehabilitate', 'reforest', 'afforest'];
const HA_PER_KM2 = 100;

/** A target counts towards restoration hectares when it restores land: the wizard's pattern, or a restoring verb. */
export function isRestorationTarget(t: Pick<RollupTarget, 'pattern' | 'actionVerb'>): boolean {
  return t.pattern === 'restore_area' || (t.actionVerb !== null && RESTORING_VERBS.includes(t.actionVerb));
}

/**
 * The area a restoration target restores, in km²: its value when stated as an area ("restore 9,000 ha"),
 * a share of its total area ("restore 10 % of 262.77 km²"), else its total target area; null if unknown.
 */
export function restorationAreaKm2(t: RollupTarget): number | null {
  if (t.targetValue !== null && t.targetUnit !== null) {
    const asArea = toKm2(t.targetValue, t.targetUnit);
    if (asArea !== null) return asArea;
    if (t.targetUnit === SHARE_UNIT && t.targetAreaKm2 !== null) return (t.targetValue / 100) * t.targetAreaKm2;
  }
  return t.targetAreaKm2;
}

/** The part of the target's area a link says the commitment also counts: the recorded area, else the share; never more than the target. */
export function sharedKm2(link: RollupLink, targetKm2: number): number {
  if (link.relation === 'enabling_only') return 0;
  const stated = link.sharedAreaKm2 ?? (link.sharePct !== null ? (link.sharePct / 100) * targetKm2 : 0);
  return Math.min(stated, targetKm2);
}

/** Hectares to two decimals, so that 882.86 km² reads 88,286 ha and not 88,286.00000000001. */
const hectares = (km2: number): number => Math.round(km2 * HA_PER_KM2 * 100) / 100;

export function rollupRestoration(targets: readonly RollupTarget[], links: readonly RollupLink[]): RestorationRollup {
  const restoring = targets.filter(isRestorationTarget);
  const areaOf = new Map(restoring.map((t) => [t.id, restorationAreaKm2(t)]));
  const known = (id: string | null): id is string => id !== null && areaOf.get(id) != null;
  // A sub-target is inside its parent's hectares when the parent is a restoration target of known area.
  const countedIn = (t: RollupTarget): string => (known(t.parentTargetId) ? t.parentTargetId : t.id);

  const avoided: AvoidedDoubleCount[] = [];
  const rows: RestorationRollup['targets'] = [];
  let totalKm2 = 0;
  let grossKm2 = 0;
  for (const t of restoring) {
    const km2 = areaOf.get(t.id);
    if (km2 == null) continue;
    const counted = countedIn(t) === t.id;
    rows.push({ targetId: t.id, hectares: hectares(km2), counted });
    grossKm2 += km2;
    if (counted) totalKm2 += km2;
    else avoided.push(avoidedRow('sub_target', t.id, hectares(km2), { parentTargetId: t.parentTargetId }));
  }

  const owned = new Map<string, { owner: RestorationRollup['byOwner'][number]['owner']; km2: number }>();
  const ownedInTarget = new Map<string, number>();
  const targetOf = new Map(restoring.map((t) => [t.id, t]));
  for (const link of links) {
    const t = targetOf.get(link.targetId);
    const km2 = t ? areaOf.get(t.id) : null;
    if (!t || km2 == null) continue;
    const shared = sharedKm2(link, km2);
    if (shared <= 0) continue;
    grossKm2 += shared;
    avoided.push(
      avoidedRow('commitment_share', t.id, hectares(shared), {
        linkId: link.id,
        framework: link.framework,
        commitmentRef: link.commitmentRef,
        relation: link.relation,
      }),
    );
    if (!link.accountingOwner) continue;
    // The commitment books these hectares, up to what its counted target still has unbooked.
    const home = countedIn(t);
    const free = areaOf.get(home)! - (ownedInTarget.get(home) ?? 0);
    const booked = Math.min(shared, free);
    if (booked <= 0) continue;
    ownedInTarget.set(home, (ownedInTarget.get(home) ?? 0) + booked);
    const key = `${link.framework}\u0000${link.commitmentRef}`;
    const entry = owned.get(key) ?? { owner: { kind: 'commitment' as const, framework: link.framework, commitmentRef: link.commitmentRef }, km2: 0 };
    entry.km2 += booked;
    owned.set(key, entry);
  }

  const bookedByCommitments = [...owned.values()].reduce((sum, e) => sum + e.km2, 0);
  const byOwner = [
    { owner: { kind: 'ldn_target' as const }, hectares: hectares(totalKm2 - bookedByCommitments) },
    ...[...owned.values()].map((e) => ({ owner: e.owner, hectares: hectares(e.km2) })),
  ];
  return {
    totalHa: hectares(totalKm2),
    grossHa: hectares(grossKm2),
    targets: rows,
    withoutArea: restoring.filter((t) => areaOf.get(t.id) == null).map((t) => t.id),
    byOwner,
    avoided,
  };
}

function avoidedRow(
  kind: AvoidedDoubleCount['kind'],
  targetId: string,
  ha: number,
  rest: Partial<Omit<AvoidedDoubleCount, 'kind' | 'targetId' | 'hectares'>>,
): AvoidedDoubleCount {
  return {
    kind,
    targetId,
    linkId: null,
    framework: null,
    commitmentRef: null,
    relation: null,
    parentTargetId: null,
    ...rest,
    hectares: ha,
  };
}
