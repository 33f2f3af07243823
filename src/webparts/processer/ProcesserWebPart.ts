import { Version } from '@microsoft/sp-core-library';
import * as strings from 'ProcesserWebPartStrings';
import { DefinitionWebPart } from '../../common/DefinitionWebPart';
import { processerDefinition } from './ProcesserDefinition';
import type { IProcesserWebPartProps } from './IProcesserWebPartProps';

/**
 * The Processer web part in SharePoint and Teams: a composition root only. `DefinitionWebPart` builds the services
 * from the SPFx context, describes the host and renders `processerDefinition.Root` — the same root the local page hosts.
 */
export default class ProcesserWebPart extends DefinitionWebPart<IProcesserWebPartProps, IProcesserWebPartStrings> {
  protected readonly definition = processerDefinition;
  protected readonly ownStrings: IProcesserOwnStrings = strings;
  protected readonly paneDescription: string = strings.PropertyPaneDescription;

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
