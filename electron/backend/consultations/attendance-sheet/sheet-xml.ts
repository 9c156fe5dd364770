import { XMLParser } from 'fast-xml-parser';

/** An element as fast-xml-parser gives it: attributes as `@_name`, its text as `#text`, children by name. */
export interface XmlNode {
  readonly [key: string]: unknown;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  // Writers pick their own prefixes (`x:sheet`, `r:id`); SpreadsheetML names never clash without them.
  removeNSPrefix: true,
  // Cells keep their text as written: "007" stays "007", spaces stay.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  alwaysCreateTextNode: true,
  // Also decodes numeric character references (`&#10;`), which XML allows and some writers use.
  htmlEntities: true,
  jPath: false,
});

/** The document element's parent; a malformed part (cut short, damaged) throws. */
export function parseXml(bytes: Uint8Array): XmlNode {
  const parsed: unknown = parser.parse(new TextDecoder().decode(bytes), true);
  return isNode(parsed) ? parsed : {};
}

/** The child elements named `name`: the parser gives one as an object and several as an array. */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  return (Array.isArray(value) ? value : [value]).filter(isNode);
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

/** An attribute's value, or '' when the element has none. */
export function attribute(node: XmlNode, name: string): string {
  const value = node[`@_${name}`];
  return typeof value === 'string' ? value : '';
}

/** An element's own text, with Excel's `_x000D_` escapes of control characters decoded. */
export function text(node: XmlNode): string {
  const value = node['#text'];
  return typeof value === 'string' ? value.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : '';
}

/** The text of a string item (`si`, `is`): its runs joined, phonetic guides (Japanese furigana) left out. */
export function stringItemText(item: XmlNode | undefined): string {
  const runs = children(item, 'r').flatMap((run) => children(run, 't'));
  return [...children(item, 't'), ...runs].map(text).join('');
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
