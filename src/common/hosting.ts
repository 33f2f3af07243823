import type * as React from 'react';
import type { IServices } from '../services';

/**
 * The contract between a host — the SPFx web part class in SharePoint/Teams, or the local page — and a web part's
 * React root. The host builds services and this context; the root renders. Nothing in a root knows which host it is in.
 */

/** Teams' three themes; undefined outside Teams. */
export type TeamsTheme = 'default' | 'dark' | 'contrast';

/** The language the UI is shown in. */
export type UiLanguage = 'da' | 'en';

/** What the host tells the root about where it runs. */
export interface IHostContext {
  /** Absolute URL of the web whose lists are used. */
  webUrl: string;
  language: UiLanguage;
  /** Set when hosted as a Teams tab or personal app. */
  teamsTheme?: TeamsTheme;
  /** The SharePoint section/page theme (Fluent UI v8 theme shape); undefined means Fluent's default. */
  theme?: IHostTheme;
  /** True while the page is being edited (errors then show details). */
  isEditMode: boolean;
  /** Opens the property pane (SharePoint) or the local page's property editor. */
  openPropertyPane(): void;
  /** The clock; tests and the local page can fix "today". */
  now(): Date;
}

/** The subset of a Fluent/SharePoint theme the roots read. */
export interface IHostTheme {
  isInverted?: boolean;
  palette?: Record<string, string | undefined>;
  semanticColors?: Record<string, string | undefined>;
}

/** One property a web part exposes, described once for SPFx's property pane and the local page's editor. */
export type IPropertyField<TProps> =
  | { kind: 'text'; name: keyof TProps & string; label: string; description?: string; multiline?: boolean }
  | { kind: 'toggle'; name: keyof TProps & string; label: string; onText?: string; offText?: string }
  | { kind: 'number'; name: keyof TProps & string; label: string; min: number; max: number }
  | { kind: 'dropdown'; name: keyof TProps & string; label: string; options: { key: string; text: string }[] }
  | { kind: 'multiselect'; name: keyof TProps & string; label: string; options: { key: string; text: string }[] };

/** A group of properties (a property pane group). */
export interface IPropertyGroup<TProps> {
  name: string;
  fields: IPropertyField<TProps>[];
}

/** What a host passes to a web part's root component. */
export interface IRootProps<TProps, TStrings> {
  services: IServices;
  host: IHostContext;
  properties: TProps;
  strings: TStrings;
}

/** Everything a host needs to place a web part: used by the SPFx class and by the local page alike. */
export interface IWebPartDefinition<TProps, TStrings> {
  /** The manifest id. */
  id: string;
  /** Localised title. */
  title(strings: TStrings): string;
  /** Property defaults for a newly added web part (match the manifest's preconfiguredEntries). */
  defaults: TProps;
  /** The property pane, described once. */
  propertyGroups(strings: TStrings): IPropertyGroup<TProps>[];
  /** The React root. */
  Root: React.ComponentType<IRootProps<TProps, TStrings>>;
}
