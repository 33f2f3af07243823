import { Version } from '@microsoft/sp-core-library';
import * as strings from 'OverblikWebPartStrings';
import { DefinitionWebPart } from '../../common/DefinitionWebPart';
import { overblikDefinition } from './OverblikDefinition';
import type { IOverblikWebPartProps } from './IOverblikWebPartProps';

/** The Overblik web part (the coordinator's cockpit) in SharePoint and Teams: a composition root only (see `DefinitionWebPart`). */
export default class OverblikWebPart extends DefinitionWebPart<IOverblikWebPartProps, IOverblikWebPartStrings> {
  protected readonly definition = overblikDefinition;
  protected readonly ownStrings: IOverblikOwnStrings = strings;
  protected readonly paneDescription: string = strings.PropertyPaneDescription;

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
