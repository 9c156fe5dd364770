/**
 * Answer to every web permission request and check (camera, microphone, geolocation, notifications,
 * clipboard, MIDI, HID, full screen from the page…): no. The app needs none of them, and denying by
 * default also covers permissions that future Chromium versions add.
 */
export function permissionDecision(): boolean {
  return false;
}
