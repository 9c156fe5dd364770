import packageJson from '../../package.json';

/** The version the backend reports in `app.info` and records with workspaces. */
export const APP_VERSION: string = packageJson.version;
