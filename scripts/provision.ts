/**
 * Provisions the OS2 Koordinator lists on a site from the command line, with the same ProvisioningService the web
 * parts' "Opret lister" button uses. Idempotent: run it as often as you like.
 *
 *   npm run provision -- --site https://contoso.sharepoint.com/sites/os2 --token "$(m365 util accesstoken get --resource https://contoso.sharepoint.com --new)"
 *   npm run provision -- --site http://localhost:4400/sites/os2            (the local site, as its owner)
 *   npm run provision -- --site … --check                                  (only report what is missing)
 */
import { BearerToken, InjectHeaders } from '@pnp/queryable';
import type { TimelinePipe } from '@pnp/core';
import { getSPForUrl } from '../src/services/config/sp';
import { ProvisioningService } from '../src/services/provisioning/ProvisioningService';
import { classifyError } from '../src/services/errors';
import { provisioningActionText } from '../src/common/provisioningText';
import { commonStrings } from '../localsite/amd';

const DA = commonStrings('da-dk');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find(a => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

async function main(): Promise<void> {
  const site = arg('site');
  if (!site || !/^https?:\/\//.test(site)) {
    console.error('Angiv webstedets adresse: npm run provision -- --site https://<tenant>.sharepoint.com/sites/<site> [--token <adgangstoken>] [--check]');
    process.exit(2);
  }
  const token = arg('token') ?? process.env.SP_TOKEN;
  const extra: TimelinePipe[] = [];
  if (token) extra.push(BearerToken(token));
  // The local site picks its current user from this header; a tenant ignores it.
  if (arg('user')) extra.push(InjectHeaders({ 'X-LocalSite-User': arg('user')! }));
  const service = new ProvisioningService(getSPForUrl(site, ...extra), site);

  if (process.argv.includes('--check')) {
    const status = await service.status();
    console.log(status.ready ? 'Alle lister findes.' : `Mangler: ${status.missingLists.join(', ')}`);
    process.exit(status.ready ? 0 : 1);
  }
  const actions = await service.provision(a => console.log(`  ${provisioningActionText(a, DA)}`));
  console.log(actions.length === 0 ? 'Intet at gøre: alle lister, kolonner og visninger findes.' : `Færdig: ${actions.length} ændringer.`);
}

main().catch((e: unknown) => {
  const c = classifyError(e);
  const hint = c.kind === 'forbidden'
    ? 'Adgang nægtet. Kør som ejer af webstedet, og tjek at adgangstokenet er til SharePoint (--resource https://<tenant>.sharepoint.com).'
    : c.detail;
  console.error(`Provisionering mislykkedes (${c.kind}${c.status ? ' ' + c.status : ''}): ${hint}`);
  process.exit(1);
});
