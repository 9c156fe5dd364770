/** The te_schemas encoding of a transition's meaning (−1, 0, +1) → its locale key and CSS tone. */
export const MEANING_KEY = { [-1]: 'degradation', 0: 'stable', 1: 'improvement' } as const;
