import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { appSettings, type AppSettings } from '../../../shared/settings/schema';
import { parseJsonOrUndefined, writeJsonFile } from '../files/json-file';

const RECENT_LIMIT = 10;

const recentEntry = z.object({ path: z.string(), name: z.string(), countryIso3: z.string(), openedAt: z.string() });
export type RecentEntry = z.infer<typeof recentEntry>;

const storedSettings = appSettings.extend({ recent: z.array(recentEntry) });
type StoredSettings = z.infer<typeof storedSettings>;

/**
 * App settings outside any workspace (language, the local member, the device id, recent workspaces),
 * kept as one JSON file in the data folder. Writes go to a temporary file that is synced and renamed
 * over the old one, so a crash leaves either the old or the new settings, never half of them.
 */
export class SettingsStore {
  private readonly file: string;
  private settings: StoredSettings;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, 'settings.json');
    this.settings = this.load();
  }

  get(): AppSettings {
    const { recent: _recent, ...settings } = this.settings;
    return structuredClone(settings);
  }

  recent(): RecentEntry[] {
    return structuredClone(this.settings.recent);
  }

  update(change: (settings: StoredSettings) => StoredSettings): AppSettings {
    this.settings = storedSettings.parse(change(structuredClone(this.settings)));
    this.save();
    return this.get();
  }

  rememberRecent(entry: RecentEntry): void {
    this.update((s) => ({ ...s, recent: [entry, ...s.recent.filter((r) => r.path !== entry.path)].slice(0, RECENT_LIMIT) }));
  }

  forgetRecent(path: string): void {
    this.update((s) => ({ ...s, recent: s.recent.filter((r) => r.path !== path) }));
  }

  private load(): StoredSettings {
    if (existsSync(this.file)) {
      const parsed = storedSettings.safeParse(parseJsonOrUndefined(readFileSync(this.file, 'utf8')));
      if (parsed.success) return parsed.data;
      // Unreadable settings must not stop the app; keep the old file for inspection and start afresh.
      renameSync(this.file, `${this.file}.unreadable-${Date.now()}`);
    }
    const fresh: StoredSettings = {
      language: null,
      profile: { memberId: uuidv7(), name: '', organisation: '', role: 'member' },
      deviceId: randomBytes(8).toString('hex'),
      recent: [],
    };
    this.settings = fresh;
    this.save();
    return fresh;
  }

  private save(): void {
    writeJsonFile(this.file, this.settings);
  }
}
