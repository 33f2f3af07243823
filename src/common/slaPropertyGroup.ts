import { DEFAULT_SLA_POLICIES, formatSlaTarget, parseSlaTarget, type ISlaPolicy } from '../domain/inquiries';
import type { IPropertyGroup } from './hosting';
import { format } from './strings';

/**
 * The inquiries' service targets as web part properties — text as the property pane edits them, `4 t` (working hours)
 * or `2 d` (working days), one first-response and one resolution target per MoSCoW priority. The Henvendelser web
 * part (its queue's SLA clocks) and the Overblik (the section »Henvendelser i risiko eller overskredet«) both have
 * them, so the cockpit can be set to the targets the secretariat works by; an empty or unreadable value falls back to
 * the default (`DEFAULT_SLA_POLICIES`).
 */
export interface ISlaTargetProps {
  firstMust: string;
  resolveMust: string;
  firstShould: string;
  resolveShould: string;
  firstCould: string;
  resolveCould: string;
  firstWont: string;
  resolveWont: string;
}

/** The property names of each priority's two targets. */
export const SLA_PROPERTIES = [
  { priority: 'MUST', first: 'firstMust', resolve: 'resolveMust' },
  { priority: 'SHOULD', first: 'firstShould', resolve: 'resolveShould' },
  { priority: 'COULD', first: 'firstCould', resolve: 'resolveCould' },
  { priority: "WON'T", first: 'firstWont', resolve: 'resolveWont' }
] as const;

const target = (priority: string, kind: 'firstResponse' | 'resolution'): string =>
  formatSlaTarget(DEFAULT_SLA_POLICIES.find(p => p.priority === priority)![kind]);

/** The default targets as property text (`DEFAULT_SLA_POLICIES`): what a newly added web part has. */
export const SLA_DEFAULTS: ISlaTargetProps = {
  firstMust: target('MUST', 'firstResponse'), resolveMust: target('MUST', 'resolution'),
  firstShould: target('SHOULD', 'firstResponse'), resolveShould: target('SHOULD', 'resolution'),
  firstCould: target('COULD', 'firstResponse'), resolveCould: target('COULD', 'resolution'),
  firstWont: target("WON'T", 'firstResponse'), resolveWont: target("WON'T", 'resolution')
};

/** The SLA policies the properties describe; a target that is empty or does not parse keeps its default. */
export function slaPolicies(props: Partial<ISlaTargetProps>): ISlaPolicy[] {
  return SLA_PROPERTIES.map(({ priority, first, resolve }) => {
    const fallback = DEFAULT_SLA_POLICIES.find(p => p.priority === priority)!;
    return {
      priority,
      firstResponse: parseSlaTarget(props[first]) ?? fallback.firstResponse,
      resolution: parseSlaTarget(props[resolve]) ?? fallback.resolution
    };
  });
}

/** The properties whose SLA text cannot be read (the web part then uses the default; the pane says so). */
export function unreadableSlaProperties(props: Partial<ISlaTargetProps>): (keyof ISlaTargetProps)[] {
  return SLA_PROPERTIES.flatMap(({ first, resolve }) => [first, resolve])
    .filter(name => (props[name] ?? '').trim() !== '' && parseSlaTarget(props[name]) === undefined);
}

/** The words of the group; each web part has them among its own strings. */
export interface ISlaPropertyStrings {
  PropGroupSla: string;
  PropSlaFirst: string;
  PropSlaResolve: string;
}

/** The property group »Svarfrister (SLA) pr. prioritet«: two text fields per priority. */
export function slaPropertyGroup<TProps extends ISlaTargetProps>(strings: ISlaPropertyStrings): IPropertyGroup<TProps> {
  const group: IPropertyGroup<ISlaTargetProps> = {
    name: strings.PropGroupSla,
    fields: SLA_PROPERTIES.flatMap(({ priority, first, resolve }) => [
      { kind: 'text' as const, name: first, label: format(strings.PropSlaFirst, priority) },
      { kind: 'text' as const, name: resolve, label: format(strings.PropSlaResolve, priority) }
    ])
  };
  return group as unknown as IPropertyGroup<TProps>;
}
