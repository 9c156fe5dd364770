import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startTestReceiver, type TestReceiver } from '../../electron/backend/outbox/test-receiver';
import { writeTestPackage } from '../../electron/backend/outbox/test-package';
import { OutboxPage } from './pages/OutboxPage';
import type { Lang } from './support/locale';
import { command, openApp, screenshot } from './support/session';

/**
 * The outbox across a receiver that is down: a package queued while nothing listens waits with the
 * reason shown; once the receiver (a real HTTP server on 127.0.0.1, started by this test) is up, the web
 * host's uploader sends it and the screen shows "Sent" with the receipt. The package is put in the queue
 * the way the reporting screen's "Send when online" does, through `outbox.enqueue`.
 */
for (const lang of ['en', 'ar'] as Lang[]) {
  test(`outbox: queued while the receiver is down, sent once it is up (${lang})`, async ({ page }) => {
    const t = await openApp(page, lang);
    // A free port with nothing on it yet: the receiver is "down".
    const probe = await startTestReceiver();
    await probe.close();
    let receiver: TestReceiver | undefined;
    try {
      const outbox = new OutboxPage(page, t);
      await outbox.open();
      await outbox.setEndpoint(probe.url);

      const path = writeTestPackage(mkdtempSync(join(tmpdir(), 'ldn-e2e-outbox-')), `KEN_LDN_2026_${lang}.zip`, 32 * 1024);
      const sha256 = createHash('sha256').update(readFileSync(path)).digest('hex');
      await command(page, 'outbox.enqueue', { path, destination: 'endpoint' });
      // Queued behind the screen's back (as the reporting screen would): the outbox shows it once reloaded.
      await page.reload();
      await expect(outbox.heading).toBeVisible();

      const fileName = `KEN_LDN_2026_${lang}.zip`;
      await expect(outbox.state(fileName)).toHaveText(t('outbox:state.queued'));
      await expect(outbox.item(fileName)).toContainText(t('outbox:reason.offline'));
      await screenshot(page, lang, '80-outbox-waiting');

      receiver = await startTestReceiver(probe.port);
      await outbox.tryNow(fileName);
      await expect(outbox.state(fileName)).toHaveText(t('outbox:state.sent'), { timeout: 15_000 });
      await expect(outbox.item(fileName)).toContainText('R-1');
      expect(receiver.uploads.get(sha256)?.bytes.length).toBe(readFileSync(path).length);
      await screenshot(page, lang, '81-outbox-sent');
    } finally {
      await receiver?.close();
    }
  });
}
