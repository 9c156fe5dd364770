/**
 * Hands a text file to the user: the browser's download, and in Electron the session's save dialog.
 * The type says UTF-8 so that the byte order mark written by the backend is kept as is.
 */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
