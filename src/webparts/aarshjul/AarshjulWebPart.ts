import * as React from 'react';
import * as ReactDom from 'react-dom';
import { DisplayMode, Version } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { ThemeProvider, type IReadonlyTheme } from '@microsoft/sp-component-base';
import * as strings from 'AarshjulWebPartStrings';
import { createServices, getGraph, getSP, type IServices } from '../../services';
import type { IHostContext, IHostTheme, TeamsTheme } from '../../common/hosting';
import { applyMultiselectChange, toPropertyPaneConfiguration } from '../../common/propertyPane';
import { aarshjulDefinition } from './AarshjulDefinition';
import type { IAarshjulWebPartProps } from './IAarshjulWebPartProps';

/** Teams reports `default`, `dark` or `contrast`; anything else is treated as the default theme. */
function toTeamsTheme(theme: string | undefined): TeamsTheme {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

/** The theme slots the root reads, copied as plain string records. */
function toHostTheme(theme: IReadonlyTheme | undefined): IHostTheme | undefined {
  if (!theme) return undefined;
  const strings = (slots: object | undefined): Record<string, string | undefined> =>
    Object.fromEntries(Object.entries(slots ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : undefined]));
  return { isInverted: theme.isInverted, palette: strings(theme.palette), semanticColors: strings(theme.semanticColors) };
}

/**
 * The Årshjul web part in SharePoint and Teams: a composition root only. It builds the services from the SPFx context,
 * describes the host (language, theme, edit mode), and renders `aarshjulDefinition.Root` — the same root the local
 * page hosts. The property pane is generated from the definition's property groups.
 */
export default class AarshjulWebPart extends BaseClientSideWebPart<IAarshjulWebPartProps> {
  private services: IServices | undefined;
  private theme: IHostTheme | undefined;
  private teamsTheme: TeamsTheme | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const graph = await getGraph(this.context);
    this.services = createServices(getSP(this.context), graph, this.context.pageContext.web.absoluteUrl);
    this.theme = toHostTheme(this.context.serviceScope.consume(ThemeProvider.serviceKey).tryGetTheme());
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      const context = await teams.teamsJs.app.getContext();
      this.teamsTheme = toTeamsTheme(context.app.theme);
      teams.teamsJs.app.registerOnThemeChangeHandler(theme => {
        this.teamsTheme = toTeamsTheme(theme);
        this.render();
      });
    }
  }

  public render(): void {
    if (!this.services) return;
    const host: IHostContext = {
      webUrl: this.context.pageContext.web.absoluteUrl,
      language: /^da/i.test(this.context.pageContext.cultureInfo.currentUICultureName) ? 'da' : 'en',
      teamsTheme: this.teamsTheme,
      theme: this.theme,
      isEditMode: this.displayMode === DisplayMode.Edit,
      openPropertyPane: () => this.context.propertyPane.open(),
      now: () => new Date()
    };
    // Pages saved by an older version may lack newer properties; the definition's defaults fill them in.
    const properties: IAarshjulWebPartProps = { ...aarshjulDefinition.defaults, ...this.properties };
    ReactDom.render(
      React.createElement(aarshjulDefinition.Root, { services: this.services, host, properties, strings }),
      this.domElement
    );
  }

  /** SharePoint calls this with the section's theme (supportsThemeVariants) and whenever it changes. */
  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    this.theme = toHostTheme(theme);
    this.render();
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return toPropertyPaneConfiguration(aarshjulDefinition.propertyGroups(strings), this.properties, strings.PropertyPaneDescription);
  }

  protected onPropertyPaneFieldChanged(propertyPath: string, oldValue: unknown, newValue: unknown): void {
    if (applyMultiselectChange(aarshjulDefinition.propertyGroups(strings), this.properties, propertyPath, newValue)) {
      this.render();
    }
  }
}
