import express, { type Request, type Response } from 'express';
import type { SiteStore } from '../store';
import { SITE_PATH, SITE_TIME_ZONE } from '../sp/context';
import { dispatch } from '../sp/dispatcher';

/**
 * `/sites/os2/Lists/<list>/DispForm.aspx?ID=<n>`: SharePoint's display form of one item, read-only, as the local site
 * can show it. The web parts link here when the site's settings name no page for an item's web part (and »Kan ikke
 * vises« links here so the item can be found and corrected). Everything goes through the site's own REST handler as the
 * signed-in user, so the form shows exactly what that user may read: not signed in → 401, no access → 403, a deleted
 * item → 404, as SharePoint answers. Values are shown as text (rich text without its markup), in Danish, the site's
 * language.
 */

type Json = Record<string, unknown>;

interface IFieldInfo {
  InternalName: string;
  EntityPropertyName?: string;
  Title: string;
  TypeAsString: string;
  Hidden: boolean;
  FromBaseType: boolean;
  DisplayFormat?: number;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));

/** Text of rich text: tags out, entities of the common kind back, paragraphs as line breaks. */
function plainText(html: string): string {
  return html.replace(/<(br|\/p|\/div|\/li)\b[^>]*>/gi, '\n').replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n').trim();
}

const dateOnly = new Intl.DateTimeFormat('da-DK', { timeZone: SITE_TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const dateTime = new Intl.DateTimeFormat('da-DK', { timeZone: SITE_TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const number = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 4 });

/** One value as the display form writes it; `undefined` for an empty value. */
function valueText(field: IFieldInfo, item: Json): string | undefined {
  const name = field.EntityPropertyName || field.InternalName;
  const value = item[name];
  switch (field.TypeAsString) {
    case 'User': case 'UserMulti': case 'Lookup': case 'LookupMulti': {
      const expanded = item[name] as Json | { results?: Json[] } | Json[] | null | undefined;
      const list = Array.isArray(expanded) ? expanded : (expanded as { results?: Json[] } | null)?.results ?? (expanded ? [expanded as Json] : []);
      const titles = list.map(e => String((e as Json).Title ?? '')).filter(t => t);
      return titles.length ? titles.join('; ') : undefined;
    }
    case 'DateTime': {
      if (typeof value !== 'string' || !value) return undefined;
      const d = new Date(value);
      return isNaN(d.getTime()) ? value : (field.DisplayFormat === 1 ? dateTime : dateOnly).format(d);
    }
    case 'Boolean': return value === true ? 'Ja' : value === false ? 'Nej' : undefined;
    case 'Number': case 'Currency': return typeof value === 'number' ? number.format(value) : undefined;
    case 'MultiChoice': {
      const values = Array.isArray(value) ? value : (value as { results?: unknown[] } | null)?.results ?? [];
      return values.length ? values.map(String).join('; ') : undefined;
    }
    case 'URL': {
      const url = value as { Url?: string; Description?: string } | null;
      return url?.Url ? (url.Description && url.Description !== url.Url ? `${url.Description} (${url.Url})` : url.Url) : undefined;
    }
    case 'Note': return typeof value === 'string' && value.trim() ? plainText(value) : undefined;
    default:
      if (value === null || value === undefined || value === '') return undefined;
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

function page(status: number, title: string, body: string): { status: number; html: string } {
  return {
    status,
    html: '<!doctype html><html lang="da"><head><meta charset="utf-8">'
      + '<meta name="viewport" content="width=device-width, initial-scale=1">'
      + `<title>${escapeHtml(title)}</title><style>`
      + 'body{font-family:"Segoe UI",system-ui,sans-serif;margin:0;color:#201f1e;background:#faf9f8}'
      + 'header{background:#0078d4;color:#fff;padding:12px 24px;font-weight:600}'
      + 'main{max-width:760px;margin:24px auto;padding:24px;background:#fff;box-shadow:0 1.6px 3.6px rgba(0,0,0,.13)}'
      + 'h1{font-size:24px;font-weight:600;margin:0 0 16px;overflow-wrap:anywhere}'
      + 'dl{display:grid;grid-template-columns:minmax(120px,200px) 1fr;gap:10px 16px;margin:0}'
      + 'dt{font-weight:600;color:#323130}dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}'
      + '.meta{margin-top:20px;color:#605e5c;font-size:13px}a{color:#005a9e}'
      + '@media (max-width:480px){dl{grid-template-columns:1fr}dd{margin-bottom:6px}main{margin:0;padding:16px}}'
      + `</style></head><body><header>SharePoint · OS2 Sekretariat</header><main>${body}`
      + '<p class="meta"><a href="/">Til webstedets forside</a></p></main></body></html>'
  };
}

const failure = (status: number): { status: number; html: string } => {
  const [title, text] = status === 401
    ? ['Du er ikke logget ind', 'Log ind på webstedet (vælg en bruger på forsiden), og åbn linket igen.']
    : status === 403
      ? ['Du har ikke adgang', 'Du har ikke adgang til dette element. Kontakt en ejer af webstedet, hvis du mener, at du burde have adgang.']
      : status === 404
        ? ['Elementet findes ikke', 'Elementet findes ikke længere. Måske er det slettet af en anden.']
        : ['Elementet kunne ikke vises', `SharePoint svarede ${status}.`];
  return page(status, title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>`);
};

/** The form for one request: the item read as the request's user. */
function displayForm(store: SiteStore, req: Request, listUrl: string): { status: number; html: string } {
  const id = Number(req.query.ID ?? req.query.id);
  if (!Number.isInteger(id) || id < 1) return failure(404);
  const origin = `${req.protocol}://${req.get('host') || '127.0.0.1'}`;
  const headers: Record<string, string | undefined> = { accept: 'application/json;odata=nometadata' };
  for (const h of ['cookie', 'x-localsite-user', 'authorization']) headers[h] = req.get(h);
  const list = `${origin}${SITE_PATH}/_api/web/GetList('${encodeURIComponent(`${SITE_PATH}/Lists/${listUrl}`).replace(/'/g, "''")}')`;
  const get = (path: string): { status: number; body: Json } => {
    const r = dispatch(store, { method: 'GET', url: `${list}${path}`, headers, body: '' });
    let body: Json = {};
    try { body = JSON.parse(r.body) as Json; } catch { /* an empty or non-JSON body: the status says enough */ }
    return { status: r.status, body };
  };
  const listInfo = get('?$select=Title');
  if (listInfo.status !== 200) return failure(listInfo.status);
  const fieldsResponse = get('/fields?$filter=Hidden eq false');
  if (fieldsResponse.status !== 200) return failure(fieldsResponse.status);
  const all = (fieldsResponse.body.value as IFieldInfo[]) ?? [];
  const shown = all.filter(f => !f.Hidden && (!f.FromBaseType || f.InternalName === 'Title'));
  const people = all.filter(f => f.InternalName === 'Author' || f.InternalName === 'Editor');
  const expand = [...shown, ...people].filter(f => /^(User|Lookup)(Multi)?$/.test(f.TypeAsString))
    .map(f => f.EntityPropertyName || f.InternalName);
  const query = expand.length ? `?$select=*,${expand.map(e => `${e}/Title`).join(',')}&$expand=${expand.join(',')}` : '';
  const item = get(`/items(${id})${query}`);
  if (item.status !== 200) return failure(item.status);
  const listTitle = String(listInfo.body.Title ?? listUrl);
  const heading = (typeof item.body.Title === 'string' && item.body.Title.trim()) || `Element ${id}`;
  const rows = shown.map(f => {
    const text = valueText(f, item.body);
    return `<dt>${escapeHtml(f.Title)}</dt><dd>${text === undefined ? '<span aria-label="Tom">–</span>' : escapeHtml(text)}</dd>`;
  }).join('');
  const when = (name: 'Created' | 'Modified'): string => valueText({ InternalName: name, Title: name, TypeAsString: 'DateTime', Hidden: false, FromBaseType: true, DisplayFormat: 1 }, item.body) ?? '';
  const who = (name: 'Author' | 'Editor'): string => {
    const f = people.find(p => p.InternalName === name);
    return f ? valueText(f, item.body) ?? '' : '';
  };
  const meta = `Oprettet ${escapeHtml(when('Created'))}${who('Author') ? ` af ${escapeHtml(who('Author'))}` : ''} · `
    + `Senest ændret ${escapeHtml(when('Modified'))}${who('Editor') ? ` af ${escapeHtml(who('Editor'))}` : ''}`;
  return page(200, `${heading} – ${listTitle}`,
    `<p>${escapeHtml(listTitle)}</p><h1>${escapeHtml(heading)}</h1><dl>${rows}</dl><p class="meta">${meta}</p>`);
}

/** Mounted at the site's path: serves `Lists/<list>/DispForm.aspx`. */
export function displayFormRouter(store: SiteStore): express.Router {
  const r = express.Router();
  r.get(/^\/Lists\/([^/]+)\/DispForm\.aspx$/i, (req: Request, res: Response) => {
    const listUrl = decodeURIComponent((req.params as Record<string, string>)[0]);
    const form = displayForm(store, req, listUrl);
    res.status(form.status).set({
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      // List data is escaped; the form needs no script at all.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
      'X-Content-Type-Options': 'nosniff'
    }).send(form.html);
  });
  return r;
}
