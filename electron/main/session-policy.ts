import type { Session } from 'electron';
import { permissionDecision } from './security/permissions';

/** Every permission request and check of the page is answered by the deny-all policy. */
export function applySessionPolicy(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(permissionDecision()));
  session.setPermissionCheckHandler(() => permissionDecision());
  session.setDevicePermissionHandler(() => permissionDecision());
}
