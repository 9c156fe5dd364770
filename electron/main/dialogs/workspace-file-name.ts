import { WORKSPACE_EXTENSION } from '../../backend/paths';

// Characters Windows refuses in file names (the strictest of the three systems), and control characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTERS = /[<>:"/\\|?*\u0000-\u001f]/g;
const WINDOWS_RESERVED_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_NAME_LENGTH = 120;

/**
 * The file name the save dialog proposes for a new workspace, from the name the user typed
 * ("Kenya: national LDN" → "Kenya national LDN.ldnw"). Empty when nothing usable is left, so the
 * dialog opens without a proposal.
 */
export function workspaceFileName(suggestedName: string | undefined): string {
  const base = (suggestedName ?? '')
    .replace(FORBIDDEN_CHARACTERS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NAME_LENGTH)
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (base === '') return '';
  return (WINDOWS_RESERVED_NAMES.test(base) ? `${base}_` : base) + WORKSPACE_EXTENSION;
}

/** Linux save dialogs do not add the extension of the chosen filter; the backend expects it. */
export function withWorkspaceExtension(path: string): string {
  return path.toLowerCase().endsWith(WORKSPACE_EXTENSION) ? path : path + WORKSPACE_EXTENSION;
}
