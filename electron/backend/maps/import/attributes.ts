import type { AttributeValue } from '../../../../shared/maps/schema';

/** Attribute values as the preview shows them: text, numbers, booleans; anything else as its JSON text. */
export function plainProperties(properties: Record<string, unknown>): Record<string, AttributeValue> {
  const plain: Record<string, AttributeValue> = {};
  for (const [name, value] of Object.entries(properties)) {
    if (value === null || value === undefined) plain[name] = null;
    else if (typeof value === 'string' || typeof value === 'boolean') plain[name] = value;
    else if (typeof value === 'number') plain[name] = Number.isFinite(value) ? value : null;
    else if (typeof value === 'bigint') plain[name] = Number(value);
    else if (value instanceof Date) plain[name] = value.toISOString();
    else if (value instanceof Uint8Array) plain[name] = null;
    else plain[name] = JSON.stringify(value);
  }
  return plain;
}

const LABEL_ATTRIBUTES = /^(name|nom|nombre|label|title|titre|titulo|название|名称|الاسم)$/i;

/** The feature's own name, from the first attribute that is called a name in any of the usual ways. */
export function labelOf(properties: Record<string, AttributeValue>): string | null {
  for (const [name, value] of Object.entries(properties)) {
    if (LABEL_ATTRIBUTES.test(name.trim()) && value !== null && String(value).trim() !== '') return String(value).trim();
  }
  return null;
}
