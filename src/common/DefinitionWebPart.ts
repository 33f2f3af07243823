import * as React from 'react';
import * as ReactDom from 'react-dom';
import { DisplayMode } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { ThemeProvider, type IReadonlyTheme } from '@microsoft/sp-component-base';
import { createServices, getGraph, getSP, type IServices } from '../services';
import type { IHostContext, IHostTheme, IWebPartDefinition, TeamsTheme } from './hosting';
import { applyMultiselectChange, toPropertyPaneConfiguration } from './propertyPane';
import { LinkProvider } from './links/LinkContext';
import * as commonStrings from 'CommonStrings';

/** Teams reports `default`, `dark` or `contrast`; anything else is treated as the default theme. */
export function toTeamsTheme(theme: string | undefined): TeamsTheme {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

/** The theme slots a root reads, copied as plain string records. */
export function toHostTheme(theme: IReadonlyTheme | undefined): IHostTheme | undefined {
  if (!theme) return undefined;
  const strings = (slots: object | undefined): Record<string, string | undefined> =>
    Object.fromEntries(Object.entries(slots ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : undefined]));
  return { isInverted: theme.isInverted, palette: strings(theme.palette), semanticColors: strings(theme.semanticColors) };
}

/**
 * What every web part class of the solution does, once: build the services from the SPFx context, describe the host
 * (language, SharePoint section theme or Teams theme, edit mode), render the definition's React root — the same root
 * the local page hosts — and generate the property pane from the definition's property groups. A web part class
 * only names its definition, its own strings and its data version: it stays a composition root.
 */
export abstract class DefinitionWebPart<TProps extends object, TStrings> extends BaseClientSideWebPart<TProps> {
  /** The web part as described once for SharePoint and the local page. */
  protected abstract readonly definition: IWebPartDefinition<TProps, TStrings>;
  /** The web part's own strings (its AMD `…WebPartStrings` module, in the page's language). */
  protected abstract readonly ownStrings: object;
  /** What the root and the property pane get: the shared `CommonStrings` with the web part's own over them. */
  private get strings(): TStrings {
    return { ...commonStrings, ...this.ownStrings } as unknown as TStrings;
  }
  /** The property pane's description line. */
  protected abstract readonly paneDescription: string;

  private services: IServices | undefined;
  private hostTheme: IHostTheme | undefined;
  private teamsTheme: TeamsTheme | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const graph = await getGraph(this.context);
    this.services = createServices(getSP(this.context), graph, this.context.pageContext.web.absoluteUrl);
    this.hostTheme = toHostTheme(this.context.serviceScope.consume(ThemeProvider.serviceKey).tryGetTheme());
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      const context = await teams.teamsJs.app.getContext();
      this.teamsTheme = toTeamsTheme(context.app.theme);
      teams.teamsJs.app.registerOnThemeChangeHandler(theme => {
        this.teamsTheme = toTeamsTheme(theme);
        this.render();
      });
    }
    // SharePoint renders right after: in a task of its own, so evaluating the bundle and the first render (with the
    // first request it starts) are two tasks of the main thread, not one long one (issue 9).
    await new Promise<void>(resolve => setTimeout(resolve, 0));
  }

  public render(): void {
    if (!this.services) return;
    const host: IHostContext = {
      webUrl: this.context.pageContext.web.absoluteUrl,
      language: /^da/i.test(this.context.pageContext.cultureInfo.currentUICultureName) ? 'da' : 'en',
      teamsTheme: this.teamsTheme,
      theme: this.hostTheme,
      isEditMode: this.displayMode === DisplayMode.Edit,
      openPropertyPane: () => this.context.propertyPane.open(),
      now: () => new Date()
    };
    // Pages saved by an older version may lack newer properties; the definition's defaults fill them in.
    const properties: TProps = { ...this.definition.defaults, ...this.properties };
    ReactDom.render(
      React.createElement(LinkProvider, { links: this.services.links, newWindow: this.teamsTheme !== undefined },
        React.createElement(this.definition.Root, { services: this.services, host, properties, strings: this.strings })),
      this.domElement
    );
  }

  /** SharePoint calls this with the section's theme (supportsThemeVariants) and whenever it changes. */
  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    this.hostTheme = toHostTheme(theme);
    this.render();
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return toPropertyPaneConfiguration(this.definition.propertyGroups(this.strings), this.properties, this.paneDescription);
  }

  protected onPropertyPaneFieldChanged(propertyPath: string, oldValue: unknown, newValue: unknown): void {
    if (applyMultiselectChange(this.definition.propertyGroups(this.strings), this.properties, propertyPath, newValue)) {
      this.render();
    }
  }
}
