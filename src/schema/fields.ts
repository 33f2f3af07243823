import type { IFieldDefinition } from './types';
import { PRIORITIES } from '../domain/models/common';

type Options = Omit<IFieldDefinition, 'name' | 'title' | 'kind'>;

/** Builders that keep the list definitions short and uniform. */
export const field = {
  title: (title: string, o: Options = {}): IFieldDefinition =>
    ({ name: 'Title', title, kind: 'Text', required: true, builtIn: true, maxLength: 255, ...o }),
  text: (name: string, title: string, o: Options = {}): IFieldDefinition =>
    ({ name, title, kind: 'Text', maxLength: 255, ...o }),
  note: (name: string, title: string, o: Options = {}): IFieldDefinition => ({ name, title, kind: 'Note', ...o }),
  date: (name: string, title: string, o: Options = {}): IFieldDefinition => ({ name, title, kind: 'DateOnly', ...o }),
  /** A date and time column (an instant, stored in UTC). */
  dateTime: (name: string, title: string, o: Options = {}): IFieldDefinition => ({ name, title, kind: 'DateTime', ...o }),
  choice: (name: string, title: string, choices: readonly string[], o: Options = {}): IFieldDefinition =>
    ({ name, title, kind: 'Choice', choices, ...o }),
  number: (name: string, title: string, o: Options = {}): IFieldDefinition => ({ name, title, kind: 'Number', ...o }),
  boolean: (name: string, title: string, o: Options = {}): IFieldDefinition =>
    ({ name, title, kind: 'Boolean', defaultValue: '0', ...o }),
  user: (name: string, title: string, o: Options = {}): IFieldDefinition => ({ name, title, kind: 'User', ...o }),
  lookup: (name: string, title: string, lookupList: IFieldDefinition['lookupList'], o: Options = {}): IFieldDefinition =>
    ({ name, title, kind: 'Lookup', lookupList, ...o }),
  url: (name: string, title: string, o: Options = {}): IFieldDefinition => ({ name, title, kind: 'Url', ...o }),
  /**
   * The idempotency column every list has: the key the client gives each intended create (a GUID, or a natural key
   * such as an occurrence marked done). Unique in SharePoint, so a create whose response was lost and is sent again
   * cannot store a second copy, and indexed, so the key can be looked up past 5,000 items.
   */
  idempotencyKey: (): IFieldDefinition => ({
    name: 'IdempotencyKey', title: 'Koordinator-nøgle', kind: 'Text', maxLength: 255, indexed: true, unique: true, hidden: true,
    description: 'Sættes af Koordinator ved oprettelse, så et element aldrig gemmes to gange. Skal ikke redigeres.'
  }),
  /** The MoSCoW priority column every prioritised list shares. */
  priority: (): IFieldDefinition => ({
    name: 'Priority', title: 'Prioritet', kind: 'Choice', choices: PRIORITIES, defaultValue: 'SHOULD', required: true,
    indexed: true, description: 'MoSCoW: MUST (skal), SHOULD (bør), COULD (kan), WON\'T (ikke nu).'
  })
};

/** Small CAML helpers for view queries. */
export const caml = {
  ref: (name: string): string => `<FieldRef Name="${name}"/>`,
  eq: (name: string, type: string, value: string): string =>
    `<Eq>${caml.ref(name)}<Value Type="${type}">${value}</Value></Eq>`,
  neq: (name: string, type: string, value: string): string =>
    `<Neq>${caml.ref(name)}<Value Type="${type}">${value}</Value></Neq>`,
  leqToday: (name: string, offsetDays: number): string =>
    `<Leq>${caml.ref(name)}<Value Type="DateTime"><Today OffsetDays="${offsetDays}"/></Value></Leq>`,
  ltToday: (name: string): string => `<Lt>${caml.ref(name)}<Value Type="DateTime"><Today/></Value></Lt>`,
  isMe: (name: string): string =>
    `<Eq>${caml.ref(name)}<Value Type="Integer"><UserID Type="Integer"/></Value></Eq>`,
  and: (a: string, b: string): string => `<And>${a}${b}</And>`,
  or: (a: string, b: string): string => `<Or>${a}${b}</Or>`,
  where: (c: string): string => `<Where>${c}</Where>`,
  orderBy: (...refs: [string, boolean?][]): string =>
    `<OrderBy>${refs.map(([n, asc = true]) => `<FieldRef Name="${n}" Ascending="${asc ? 'TRUE' : 'FALSE'}"/>`).join('')}</OrderBy>`,
  groupBy: (name: string, collapse = false): string =>
    `<GroupBy Collapse="${collapse ? 'TRUE' : 'FALSE'}" GroupLimit="30">${caml.ref(name)}</GroupBy>`
};
