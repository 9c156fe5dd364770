import { AppError } from '../../errors';

/**
 * JSON.parse with a message a person can act on: where the text breaks, as line and column when the
 * parser says (V8 gives a position for most errors, and a truncated file ends at its last character).
 */
export function parseJson(bytes: Buffer, fileName: string): unknown {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const position = positionOf((error as Error).message, text);
    if (position === null) throw new AppError('validation', 'errors:baseline.te.notJson', { fileName });
    throw new AppError('validation', 'errors:baseline.te.notJsonAt', { fileName, ...lineAndColumn(text, position) });
  }
}

function positionOf(message: string, text: string): number | null {
  const at = /at position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  return /Unexpected end of JSON input/.test(message) ? text.length : null;
}

/** 1-based, as editors show them. */
function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: position - lineStart + 1 };
}
