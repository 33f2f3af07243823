import { Version } from '@microsoft/sp-core-library';
import * as strings from 'HenvendelserWebPartStrings';
import { DefinitionWebPart } from '../../common/DefinitionWebPart';
import { henvendelserDefinition } from './HenvendelserDefinition';
import type { IHenvendelserWebPartProps } from './IHenvendelserWebPartProps';

/** The Henvendelser web part in SharePoint and Teams: a composition root only (see `DefinitionWebPart`). */
export default class HenvendelserWebPart extends DefinitionWebPart<IHenvendelserWebPartProps, IHenvendelserWebPartStrings> {
  protected readonly definition = henvendelserDefinition;
  protected readonly ownStrings: IHenvendelserOwnStrings = strings;
  protected readonly paneDescription: string = strings.PropertyPaneDescription;

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
