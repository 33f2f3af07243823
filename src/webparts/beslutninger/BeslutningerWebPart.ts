import { Version } from '@microsoft/sp-core-library';
import * as strings from 'BeslutningerWebPartStrings';
import { DefinitionWebPart } from '../../common/DefinitionWebPart';
import { beslutningerDefinition } from './BeslutningerDefinition';
import type { IBeslutningerWebPartProps } from './IBeslutningerWebPartProps';

/**
 * The Beslutninger web part in SharePoint and Teams: a composition root only. `DefinitionWebPart` builds the services
 * from the SPFx context, describes the host and renders `beslutningerDefinition.Root` — the same root the local page
 * hosts.
 */
export default class BeslutningerWebPart extends DefinitionWebPart<IBeslutningerWebPartProps, IBeslutningerWebPartStrings> {
  protected readonly definition = beslutningerDefinition;
  protected readonly ownStrings: IBeslutningerOwnStrings = strings;
  protected readonly paneDescription: string = strings.PropertyPaneDescription;

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
