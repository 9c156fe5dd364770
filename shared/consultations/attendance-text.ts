/**
 * Text folding for reading attendance sheets typed by hand in six languages: the same word must match
 * however it was capitalised, accented, spaced or written with Arabic-Indic digits.
 */

/** Arabic short vowels, tanween, shadda, sukun, dagger alef and tatweel: writing aids, not letters. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/** Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹) digits as ASCII digits. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String((digit.charCodeAt(0) - 0x0660) % 0x90));
}

/**
 * The form of a header or a coded value used to look it up in the synonym lists: lower case, without
 * accents or Arabic marks, alef and yeh variants folded, punctuation as single spaces. `+` and `<` stay
 * because "65+" and "<18" mean something.
 */
export function foldLabel(text: string): string {
  return asciiDigits(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+<]+/gu, ' ')
    .trim();
}

/**
 * The form of a name or an organisation used to find the same person twice: case, spacing and Arabic
 * marks do not count; Latin accents do (José and Jose may be two people, and the register keeps both).
 */
export function foldName(text: string): string {
  return text.normalize('NFKC').replace(ARABIC_MARKS, '').toLocaleLowerCase('und').replace(/\s+/g, ' ').trim();
}
