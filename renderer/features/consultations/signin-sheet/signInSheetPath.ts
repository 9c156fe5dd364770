/** The route of the printable sheet (renderer/app/routes.tsx), outside the app's frame so that only the sheet prints. */
export const SIGN_IN_SHEET_ROUTE = 'consultations/:id/sign-in-sheet';

export const signInSheetPath = (consultationId: string) => `/consultations/${consultationId}/sign-in-sheet`;
