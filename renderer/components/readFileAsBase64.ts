/**
 * Reads a chosen file as base64, the form every host accepts (`{ fileName, bytesBase64 }`), reporting the
 * share read so far (0–1) so a large package shows progress instead of a frozen dialog. Every import dialog
 * (Trends.Earth, attendance sheets, spatial files) reads its file with it.
 */
export function readFileAsBase64(file: Blob, onProgress: (share: number) => void = () => undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      // A data URL is "data:<type>;base64,<bytes>": only the bytes are sent.
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
