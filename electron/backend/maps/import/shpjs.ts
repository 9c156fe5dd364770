import { createRequire } from 'node:module';
import type * as Shpjs from 'shpjs';

let loaded: typeof Shpjs | null = null;

/**
 * shpjs, loaded the same way under every runner. Its package gives `import` an ES module but `require`
 * a browser UMD bundle (dist/shp.js), and the app's backend is CommonJS (electron-vite build, tsx for the
 * web host and the CLI). That bundle reads the global `self` while loading, which Node lacks; and since
 * the package is `"type": "module"`, plain Node loads it as an ES module, where the UMD wrapper finds
 * no `module` and publishes itself as the global `shp` instead (tsx compiles it to CommonJS and it
 * exports normally). So: `self` stands in for `globalThis` while it loads, and the exports are taken
 * from wherever the wrapper put them, leaving no globals behind.
 */
export function shpjs(): typeof Shpjs {
  if (loaded) return loaded;
  const global = globalThis as { self?: unknown; shp?: typeof Shpjs };
  const hadSelf = 'self' in global;
  if (!hadSelf) global.self = globalThis;
  try {
    const required = createRequire(import.meta.url)('shpjs') as Partial<typeof Shpjs>;
    loaded = typeof required.parseShp === 'function' ? (required as typeof Shpjs) : (global.shp ?? null);
  } finally {
    if (!hadSelf) delete global.self;
    delete global.shp;
  }
  if (!loaded) throw new Error('shpjs did not load');
  return loaded;
}
