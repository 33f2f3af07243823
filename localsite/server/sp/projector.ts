import { badRequest } from './errors';
import { Coll, Deferred, Entity } from './odata-format';

/** The `$select`/`$expand` of one level. */
export interface IProjection { select: string[][]; selectAll: boolean; expand: string[][]; }

/** Everything, nothing expanded. */
export const ALL: IProjection = { select: [], selectAll: true, expand: [] };

const findKey = (keys: string[], name: string): string | undefined =>
  keys.find(k => k === name) ?? keys.find(k => k.toLowerCase() === name.toLowerCase());

/** The projection one level down a navigation property (`RootFolder/ServerRelativeUrl` → `ServerRelativeUrl`). */
function below(p: IProjection, nav: string, wholeNav: boolean): IProjection {
  const sub = (paths: string[][]): string[][] =>
    paths.filter(x => x.length > 1 && x[0].toLowerCase() === nav.toLowerCase()).map(x => x.slice(1));
  const select = sub(p.select);
  return { select, selectAll: select.length === 0 || wholeNav, expand: sub(p.expand) };
}

/**
 * Applies `$select`/`$expand` to an entity that is not a list item (web, list, field, view, user...).
 * Unknown properties are a 400, as in SharePoint, so a typo in the project's queries shows up locally;
 * `allowMissing` names properties that exist on a sibling subtype (lower-case).
 */
export function project(e: Entity, p: IProjection, allowMissing?: ReadonlySet<string>): Entity {
  const propKeys = Object.keys(e.props);
  const navKeys = Object.keys(e.nav);
  const expanded = new Set<string>();
  for (const path of p.expand) {
    const key = findKey(navKeys, path[0]);
    if (!key) throw badRequest(`The field or property '${path[0]}' does not exist.`, '-1, Microsoft.SharePoint.SPException');
    expanded.add(key);
  }
  const out: Record<string, unknown> = {};
  const wantedProps = new Set<string>();
  const wantedNavs = new Map<string, boolean>();
  for (const path of p.select) {
    const prop = path.length === 1 ? findKey(propKeys, path[0]) : undefined;
    if (prop) { wantedProps.add(prop); continue; }
    const onSelect = path.length === 1 ? findKey(Object.keys(e.onSelect), path[0]) : undefined;
    if (onSelect) { out[onSelect] = e.onSelect[onSelect](); continue; }
    const nav = findKey(navKeys, path[0]);
    // Polymorphic collections (fields): a subtype's property selected on another subtype is left out, not an error.
    if (!nav && path.length === 1 && allowMissing?.has(path[0].toLowerCase())) continue;
    if (!nav) throw badRequest(`The property '${path.join('/')}' does not exist on type '${e.meta.type}'.`);
    if (!expanded.has(nav)) {
      throw badRequest(`The query to field '${path.join('/')}' is not valid. The $select query string must specify ` +
        `the target fields and the $expand query string must contains ${nav}.`, '-1, Microsoft.SharePoint.SPException');
    }
    wantedNavs.set(nav, (wantedNavs.get(nav) ?? false) || path.length === 1);
  }
  for (const k of propKeys) {
    if (p.selectAll || wantedProps.has(k)) out[k] = e.props[k];
  }
  for (const k of navKeys) {
    if (expanded.has(k) && (p.selectAll || wantedNavs.has(k))) {
      const value = e.nav[k]();
      const sub = below(p, k, wantedNavs.get(k) === true);
      out[k] = value === null ? null
        : Array.isArray(value) ? new Coll(value.map(v => project(v, sub))) : project(value, sub);
    } else if (p.selectAll && !expanded.has(k)) {
      out[k] = new Deferred(`${e.meta.uri}/${k}`);
    }
  }
  return new Entity(e.meta, out);
}
