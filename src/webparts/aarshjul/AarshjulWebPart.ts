import { Version } from '@microsoft/sp-core-library';
import * as strings from 'AarshjulWebPartStrings';
import { DefinitionWebPart } from '../../common/DefinitionWebPart';
import { aarshjulDefinition } from './AarshjulDefinition';
import type { IAarshjulWebPartProps } from './IAarshjulWebPartProps';

/**
 * The Årshjul web part in SharePoint and Teams: a composition root only. `DefinitionWebPart` builds the services from
 * the SPFx context, describes the host and renders `aarshjulDefinition.Root` — the same root the local page hosts.
 */
export default class AarshjulWebPart extends DefinitionWebPart<IAarshjulWebPartProps, IAarshjulWebPartStrings> {
  protected readonly definition = aarshjulDefinition;
  protected readonly ownStrings: IAarshjulOwnStrings = strings;
  protected readonly paneDescription: string = strings.PropertyPaneDescription;

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
