/**
 * The text of a CSV file saved by whatever program was at hand: Excel on Windows writes the ANSI code
 * page (windows-1252 in Western Europe and Latin America, windows-1256 in Arabic), "CSV UTF-8" adds a
 * byte-order mark, "Unicode text" is UTF-16 with one.
 */
export function decodeSheetText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeLegacy(bytes);
  }
}

const ARABIC_LETTER = /[\u0621-\u064A]/g;

/**
 * Not UTF-8, so a Windows code page. windows-1256 keeps the French accented small letters where
 * windows-1252 has them and puts Arabic letters on most other high bytes: read as 1256, a text that is
 * mostly Arabic letters where the high bytes are is Arabic; anything else is read as 1252.
 */
function decodeLegacy(bytes: Uint8Array): string {
  const highBytes = bytes.reduce((count, byte) => count + (byte >= 0x80 ? 1 : 0), 0);
  const arabic = new TextDecoder('windows-1256').decode(bytes);
  const arabicLetters = arabic.match(ARABIC_LETTER)?.length ?? 0;
  return arabicLetters * 2 > highBytes ? arabic : new TextDecoder('windows-1252').decode(bytes);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Control characters other than tab and line breaks, and undecodable bytes: signs of a binary file. */
function isNotText(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f || code === 0xfffd;
}

/** Text, or the bytes of something else (an image, a PDF, an old .xls) that happened to decode. */
export function looksLikeText(text: string): boolean {
  if (text.includes('\u0000')) return false;
  let odd = 0;
  for (let index = 0; index < text.length; index += 1) if (isNotText(text.charCodeAt(index))) odd += 1;
  return odd <= text.length / 100;
}
