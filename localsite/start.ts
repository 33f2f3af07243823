/**
 * `npm start`: the local SharePoint-compatible site with demo data, and the local page hosting the real web parts.
 *
 *   npm start                       start (or restart, keeping the data) on http://localhost:4400
 *   npm run reset                   wipe .localsite/ and start over with fresh demo data
 *   npm start -- --seed=large       on a fresh site: the demo plus ≥ 20,000 items (benchmarks, view threshold)
 *   npm start -- --seed=none        on a fresh site: lists only, no data
 *   npm start -- --today=2026-05-14 seed the demo relative to that day instead of today
 *
 * Environment: PORT (default 4400), DATA_DIR (default .localsite; `:memory:` keeps nothing), LOCALSITE_QUIET=1
 * (only errors and the URLs). Binds to 127.0.0.1 only.
 */
import * as fs from 'fs';
import * as path from 'path';
import { startLocalSite } from './server';
import { mountLocalPage } from './pageServer';
import { graphRootOf, mountSeedRoute, prepareSite, type SeedKind } from './prepare';
import { fetchUsers } from './page/siteApi';

function option(name: string): string | undefined {
  const arg = process.argv.slice(2).find(a => a === `--${name}` || a.startsWith(`--${name}=`));
  return arg === undefined ? undefined : arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : '';
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function main(): Promise<void> {
  const reset = option('reset') !== undefined;
  const seed = (option('seed') ?? 'demo') as SeedKind;
  if (!['demo', 'large', 'none'].includes(seed)) fail(`--seed skal være demo, large eller none (ikke "${seed}").`);
  const todayText = option('today');
  const today = todayText ? new Date(`${todayText}T12:00:00Z`) : new Date();
  if (isNaN(today.getTime())) fail(`--today skal være en dato som 2026-05-14 (ikke "${todayText}").`);
  const port = Number(process.env.PORT ?? 4400);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT skal være et portnummer (ikke "${process.env.PORT}").`);
  const dataDir = process.env.DATA_DIR ?? '.localsite';
  const quiet = process.env.LOCALSITE_QUIET === '1';
  const log = (line: string): void => { if (!quiet) console.log(line); };

  if (reset && dataDir !== ':memory:') {
    log(`Nulstiller: sletter ${path.resolve(dataDir)}`);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const site = await startLocalSite({ port, host: '127.0.0.1', dataDir });
  let ready = false;
  // Answers 503 until the lists exist and the data is in: what test runners and scripts wait for.
  site.app.get('/_localsite/ready', (req, res) => { res.status(ready ? 200 : 503).json({ ready }); });
  mountSeedRoute(site, log);
  const page = await mountLocalPage(site.app, { siteUrl: site.siteUrl, graphRoot: graphRootOf(site) }, { live: true });

  let closing = false;
  const shutdown = (signal: string): void => {
    if (closing) return;
    closing = true;
    log(`\n${signal}: lukker det lokale websted …`);
    Promise.all([page.dispose(), site.close()])
      .then(() => process.exit(0))
      .catch((e: unknown) => { console.error(e); process.exit(1); });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  const result = await prepareSite(site, { seed, today, log });
  if (result.seeded === undefined && seed === 'large' && result.items > 0 && result.items < 20_000) {
    console.warn('Webstedet har allerede data, så --seed=large blev ikke brugt. Kør `npm run reset -- --seed=large` for at starte forfra med det store datasæt.');
  }
  ready = true;

  const users = await fetchUsers({ siteUrl: site.siteUrl, graphRoot: graphRootOf(site), controlUrl: site.url });
  const pageUrl = site.url.replace('127.0.0.1', 'localhost');
  console.log([
    '',
    `OS2 Koordinator — lokalt websted (${result.items} elementer, data i ${dataDir === ':memory:' ? 'hukommelsen' : path.resolve(dataDir)})`,
    `  Lokal side:       ${pageUrl}/`,
    `  SharePoint REST:  ${site.siteUrl}/_api/web`,
    `  Microsoft Graph:  ${site.graphUrl}/me/calendarView`,
    `  Styring:          ${site.url}/_localsite/ (health, users, reset, seed, faults, requests)`,
    '  Demobrugere (vælg i sidens topbjælke, eller ?user=<e-mail>):',
    ...users.map(u => `    ${u.email.padEnd(24)} ${u.title} — ${u.jobTitle} (${u.role})`),
    '  Stop med Ctrl+C.',
    ''
  ].join('\n'));
}

main().catch((e: unknown) => {
  if ((e as { code?: string }).code === 'EADDRINUSE') {
    console.error(`Porten ${process.env.PORT ?? 4400} er optaget (kører det lokale websted allerede?). Vælg en anden med PORT=<nummer>.`);
  } else {
    console.error('Det lokale websted kunne ikke starte:', e);
  }
  process.exit(1);
});
