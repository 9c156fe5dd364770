/** What the backend utility process needs from main; it has no `app` module to ask for itself. */
export interface BackendProcessOptions {
  dataDir: string;
  appVersion: string;
}

const DATA_DIR = '--data-dir=';
const APP_VERSION = '--app-version=';

export function backendProcessArgs(options: BackendProcessOptions): string[] {
  return [DATA_DIR + options.dataDir, APP_VERSION + options.appVersion];
}

/** Reads the options back from `process.argv` (by flag, whatever comes before them); null if one is missing. */
export function parseBackendProcessArgs(argv: readonly string[]): BackendProcessOptions | null {
  const value = (flag: string) => argv.find((arg) => arg.startsWith(flag))?.slice(flag.length);
  const dataDir = value(DATA_DIR);
  const appVersion = value(APP_VERSION);
  return dataDir && appVersion ? { dataDir, appVersion } : null;
}
