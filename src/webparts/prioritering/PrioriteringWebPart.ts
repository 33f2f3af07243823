import { Version } from '@microsoft/sp-core-library';
import * as strings from 'PrioriteringWebPartStrings';
import { DefinitionWebPart } from '../../common/DefinitionWebPart';
import { prioriteringDefinition } from './PrioriteringDefinition';
import type { IPrioriteringWebPartProps } from './IPrioriteringWebPartProps';

/** The Prioritering web part in SharePoint and Teams: a composition root only (see `DefinitionWebPart`). */
export default class PrioriteringWebPart extends DefinitionWebPart<IPrioriteringWebPartProps, IPrioriteringWebPartStrings> {
  protected readonly definition = prioriteringDefinition;
  protected readonly ownStrings: IPrioriteringOwnStrings = strings;
  protected readonly paneDescription: string = strings.PropertyPaneDescription;

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
