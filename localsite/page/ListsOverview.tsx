import * as React from 'react';
import {
  DefaultButton, Dialog, DialogFooter, DialogType, MessageBar, MessageBarType, PrimaryButton, Spinner, Stack, Text,
  mergeStyleSets, type ITheme
} from '@fluentui/react';
import type { SPFI } from '@pnp/sp';
import { PermissionKind } from '@pnp/sp/security';
import { LISTS } from '../../src/schema';
import { classifyError, type IServices } from '../../src/services';
import { serverRelativePath } from '../../src/services/config/sp';
import type { IPageStrings } from './strings';
import commonLocales from 'localsite:loc/common';
import { provisioningActionText } from '../../src/common/provisioningText';
import type { UiLanguage } from '../../src/common/hosting';
import { resetSite, seedSite, type IPageConfig } from './siteApi';

/** Props of the site contents view. */
export interface IListsOverviewProps {
  services: IServices;
  /** PnPjs for the same site, for the list item counts (not a service concern). */
  sp: SPFI;
  config: IPageConfig;
  strings: IPageStrings;
  /** The page's language, for the provisioning report (worded by the shared strings, as in the web parts). */
  language: UiLanguage;
  theme: ITheme;
  /** Called after the data was wiped and seeded again: the page remounts everything and shows `message`. */
  onDataReset(message: string): void;
}

interface IRow { key: string; title: string; path: string; exists: boolean; itemCount?: number }
/** `canReset`: a site owner (Full Control, ManageWeb) — the local site lets only owners reset and seed. */
interface ILoaded { rows: IRow[]; missing: string[]; canProvision: boolean; canReset: boolean }

/** Reads which lists exist (the project's provisioning status), their item counts and the user's rights. */
async function load(services: IServices, sp: SPFI, siteUrl: string): Promise<ILoaded> {
  const [status, canProvision, canReset] = await Promise.all([
    services.provisioning.status(), services.provisioning.canProvision(), sp.web.currentUserHasPermissions(PermissionKind.ManageWeb)]);
  const web = serverRelativePath(siteUrl);
  const rows = await Promise.all(LISTS.map(async def => {
    const path = `${web}/Lists/${def.url}`;
    const exists = !status.missingLists.includes(def.title);
    const itemCount = exists ? (await sp.web.getList(path).select('ItemCount')<{ ItemCount: number }>()).ItemCount : undefined;
    return { key: def.key, title: def.title, path, exists, itemCount };
  }));
  return { rows, missing: status.missingLists, canProvision, canReset };
}

/**
 * The site's lists, like SharePoint's "Site contents": each list of the schema with its item count, read through
 * the site's REST API with PnPjs. Who may manage lists gets "Opret lister" (the project's provisioning); site owners
 * also get "Nulstil demo-data" (the local site lets only owners reset and seed).
 */
export function ListsOverview(props: IListsOverviewProps): React.ReactElement {
  const { services, sp, config, strings: s, theme } = props;
  const [loaded, setLoaded] = React.useState<ILoaded>();
  const [error, setError] = React.useState<string>();
  const [busy, setBusy] = React.useState<string>();
  const [log, setLog] = React.useState<string[]>([]);
  const [confirming, setConfirming] = React.useState(false);
  const [reloads, setReloads] = React.useState(0);

  React.useEffect(() => {
    let live = true;
    setError(undefined);
    load(services, sp, config.siteUrl)
      .then(result => { if (live) setLoaded(result); })
      .catch((e: unknown) => { if (live) setError(classifyError(e).detail); });
    return () => { live = false; };
  }, [services, sp, config.siteUrl, reloads]);

  const provision = (): void => {
    setBusy(s.provisioning);
    setLog([]);
    services.provisioning.provision(a => setLog(l => [...l, provisioningActionText(a, commonLocales[props.language] as ICoordinatorCommonStrings)]))
      .then(actions => {
        setLog(l => [...l, actions.length === 0 ? s.nothingToDo : s.provisionDone(actions.length)]);
        setReloads(n => n + 1);
      })
      .catch((e: unknown) => setError(classifyError(e).detail))
      .finally(() => setBusy(undefined));
  };

  const reset = (): void => {
    setConfirming(false);
    setBusy(s.resetting);
    resetSite(config)
      .then(() => seedSite(config))
      .then(summary => props.onDataReset(s.resetDone(summary.items)))
      .catch((e: unknown) => {
        setError(classifyError(e).detail);
        setBusy(undefined);
      });
  };

  const css = mergeStyleSets({
    table: { borderCollapse: 'collapse', width: '100%', marginTop: 12 },
    cell: { textAlign: 'left', padding: '8px 12px', borderBottom: `1px solid ${theme.palette.neutralLight}` },
    number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
    missing: { color: theme.semanticColors.errorText, fontWeight: 600 }
  });

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text as="h2" variant="xLarge" id="lists-heading" styles={{ root: { margin: 0 } }}>{s.listsHeading}</Text>
      <Text>{s.listsIntro}</Text>
      <div role="status" aria-live="polite">
        {busy && <Spinner label={busy} labelPosition="right" />}
        {log.length > 0 && <ul>{log.map((line, i) => <li key={i}>{line}</li>)}</ul>}
      </div>
      {error && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton text={s.retry} onClick={() => setReloads(n => n + 1)} />}>
          {s.errorPrefix}: {error}
        </MessageBar>
      )}
      {!loaded && !error && <Spinner label={s.loading} />}
      {loaded && loaded.missing.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {s.listsMissing(loaded.missing.join(', '))} {!loaded.canProvision && s.listsMissingAskOwner}
        </MessageBar>
      )}
      {loaded && loaded.canProvision && (
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          {loaded.missing.length > 0 && <PrimaryButton text={s.provision} disabled={!!busy} onClick={provision} />}
          {loaded.canReset && <DefaultButton text={s.reset} disabled={!!busy} onClick={() => setConfirming(true)} />}
        </Stack>
      )}
      {loaded && (
        <table className={css.table} aria-labelledby="lists-heading" data-testid="lists-table">
          <thead>
            <tr>
              <th scope="col" className={css.cell}>{s.listName}</th>
              <th scope="col" className={css.cell}>{s.listUrl}</th>
              <th scope="col" className={`${css.cell} ${css.number}`}>{s.itemCount}</th>
              <th scope="col" className={css.cell}>{s.listStatus}</th>
            </tr>
          </thead>
          <tbody>
            {loaded.rows.map(row => (
              <tr key={row.key} data-list={row.key}>
                <th scope="row" className={css.cell}>{row.title}</th>
                <td className={css.cell}><code>{row.path}</code></td>
                <td className={`${css.cell} ${css.number}`} data-testid={`count-${row.key}`}>{row.itemCount ?? '–'}</td>
                <td className={`${css.cell} ${row.exists ? '' : css.missing}`}>{row.exists ? s.exists : s.missing}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Dialog
        hidden={!confirming} onDismiss={() => setConfirming(false)}
        dialogContentProps={{ type: DialogType.normal, title: s.resetConfirmTitle, subText: s.resetConfirmText }}
      >
        <DialogFooter>
          <PrimaryButton text={s.reset} onClick={reset} />
          <DefaultButton text={s.cancel} onClick={() => setConfirming(false)} />
        </DialogFooter>
      </Dialog>
    </Stack>
  );
}
