import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/batching';
import {
  ChoiceFieldFormatType, DateTimeFieldFormatType, FieldUserSelectionMode, UrlFieldFormatType
} from '@pnp/sp/fields';
import { PermissionKind } from '@pnp/sp/security';
import { viewsOf } from '../../schema/views';
import { LISTS, provisionedFields, type IFieldDefinition, type IListDefinition, type ListKey } from '../../schema';
import { serverRelativePath } from '../config/sp';
import { PermissionError } from '../errors';

/**
 * One thing provisioning did, for the report shown to the owner. A code with the names it needs (the lists',
 * columns' and views' display titles as SharePoint shows them); the UI words it in the user's language.
 */
export interface IProvisioningAction {
  kind: 'createList' | 'enableVersioning' | 'addField' | 'addHiddenField' | 'indexField' | 'requireUnique' | 'addChoices'
    | 'renameChoice' | 'addView';
  /** The list's title. */
  list: string;
  /** The column's title (`addField`, `addHiddenField`, `indexField`, `requireUnique`, `addChoices`). */
  field?: string;
  /** The column's internal name. */
  internalName?: string;
  /** The view's title (`addView`). */
  view?: string;
  /** The choice values added (`addChoices`); the old and the new value (`renameChoice`). */
  values?: readonly string[];
  /** How many items were changed (`renameChoice`). */
  count?: number;
}

/** What is missing on a site compared with the schema. */
export interface IProvisioningStatus {
  /** True when every list exists (fields and views may still be added by provisioning). */
  ready: boolean;
  missingLists: string[];
}

/** Creates the solution's lists on a site: idempotent, additive, never deletes or rewrites data. */
export interface IProvisioningService {
  status(): Promise<IProvisioningStatus>;
  canProvision(): Promise<boolean>;
  provision(onProgress?: (action: IProvisioningAction) => void): Promise<IProvisioningAction[]>;
}

/** `SP.AddFieldOptions.AddFieldInternalNameHint`: take the internal name from the XML's `Name`. */
const ADD_FIELD_INTERNAL_NAME_HINT = 8;

const xmlAttr = (v: string): string => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Field XML for a hidden text column (the idempotency key): indexed and unique from the start. */
function hiddenFieldXml(f: IFieldDefinition): string {
  if (f.kind !== 'Text') throw new Error(`Only text columns can be hidden: ${f.name}`);
  return `<Field Type="Text" Name="${f.name}" StaticName="${f.name}" DisplayName="${f.name}" Hidden="TRUE"` +
    ` Indexed="${f.indexed ? 'TRUE' : 'FALSE'}" EnforceUniqueValues="${f.unique ? 'TRUE' : 'FALSE'}"` +
    ` MaxLength="${f.maxLength ?? 255}" Description="${xmlAttr(f.description ?? '')}" />`;
}

interface IExistingField {
  InternalName: string; Indexed: boolean; EnforceUniqueValues?: boolean; Choices?: string[] | { results: string[] }; /** `null` when the column has none (SharePoint's JSON). */
  // eslint-disable-next-line @rushstack/no-new-null
  DefaultValue?: string | null;
}

/** Items per slice of an ID range (SharePoint's list view threshold) and updates per `$batch`. */
const ID_SLICE = 5000;
const UPDATES_PER_BATCH = 100;

interface IExistingList { Id: string; EnableVersioning: boolean }

/** Provisioning over PnPjs, following `src/schema` in its dependency order (lookup targets first). */
export class ProvisioningService implements IProvisioningService {
  private readonly webPath: string;

  public constructor(private readonly sp: SPFI, webUrl: string) {
    this.webPath = serverRelativePath(webUrl);
  }

  private listFor(def: IListDefinition): IList {
    return this.sp.web.getList(`${this.webPath}/Lists/${def.url}`);
  }

  /**
   * The site's lists by server-relative URL (lower case), in one request: probing each list with `getList` would
   * answer 404 for every missing one, which SharePoint and the browser log as errors.
   */
  private async existingLists(): Promise<Map<string, IExistingList>> {
    const lists: { Id: string; EnableVersioning: boolean; RootFolder: { ServerRelativeUrl: string } }[] =
      await this.sp.web.lists.select('Id', 'EnableVersioning', 'RootFolder/ServerRelativeUrl').expand('RootFolder')();
    return new Map(lists.map(l => [l.RootFolder.ServerRelativeUrl.toLowerCase(), { Id: l.Id, EnableVersioning: l.EnableVersioning }]));
  }

  private urlOf(def: IListDefinition): string {
    return `${this.webPath}/Lists/${def.url}`.toLowerCase();
  }

  public async status(): Promise<IProvisioningStatus> {
    const existing = await this.existingLists();
    const missingLists = LISTS.filter(def => !existing.has(this.urlOf(def))).map(def => def.title);
    return { ready: missingLists.length === 0, missingLists };
  }

  public canProvision(): Promise<boolean> {
    return this.sp.web.currentUserHasPermissions(PermissionKind.ManageLists);
  }

  public async provision(onProgress: (action: IProvisioningAction) => void = () => undefined): Promise<IProvisioningAction[]> {
    if (!(await this.canProvision())) {
      throw new PermissionError('The current user may not manage lists on this site.');
    }
    const actions: IProvisioningAction[] = [];
    const report = (a: IProvisioningAction): void => { actions.push(a); onProgress(a); };
    const listIds = new Map<ListKey, string>();
    const existing = await this.existingLists();
    for (const def of LISTS) {
      listIds.set(def.key, await this.ensureList(def, existing.get(this.urlOf(def)), listIds, report));
    }
    return actions;
  }

  private async ensureList(
    def: IListDefinition, info: IExistingList | undefined, listIds: Map<ListKey, string>, report: (a: IProvisioningAction) => void
  ): Promise<string> {
    const created = !info;
    if (!info) {
      // Created under its ASCII URL name, then given its Danish title: the URL stays `Lists/<url>`.
      await this.sp.web.lists.add(def.url, def.description, 100, false, { EnableVersioning: true, MajorVersionLimit: 500 });
      await this.listFor(def).update({ Title: def.title });
      info = await this.listFor(def).select('Id', 'EnableVersioning')<IExistingList>();
      report({ list: def.title, kind: 'createList' });
    } else if (!info.EnableVersioning) {
      await this.listFor(def).update({ EnableVersioning: true });
      report({ list: def.title, kind: 'enableVersioning' });
    }
    const listId = info.Id;
    await this.ensureFields(def, created, listIds, report);
    await this.ensureViews(def, created, report);
    return listId;
  }

  private async ensureFields(def: IListDefinition, created: boolean, listIds: Map<ListKey, string>, report: (a: IProvisioningAction) => void): Promise<void> {
    const list = this.listFor(def);
    const existing: IExistingField[] = await list.fields.select('InternalName', 'Indexed', 'EnforceUniqueValues', 'Choices', 'DefaultValue')();
    const byName = new Map(existing.map(f => [f.InternalName, f]));
    for (const f of provisionedFields(def)) {
      const found = byName.get(f.name);
      if (f.builtIn) {
        if (created) await list.fields.getByInternalNameOrTitle(f.name).update({ Title: f.title }, 'SP.Field');
        continue;
      }
      if (!found && f.hidden) {
        // A hidden column is born hidden: SharePoint refuses to change `Hidden` on a column created visible.
        await list.fields.createFieldAsXml({ SchemaXml: hiddenFieldXml(f), Options: ADD_FIELD_INTERNAL_NAME_HINT });
        await list.fields.getByInternalNameOrTitle(f.name).update({ Title: f.title }, 'SP.Field');
        report({ list: def.title, kind: 'addHiddenField', field: f.title, internalName: f.name });
        continue;
      }
      if (!found) {
        await this.addField(list, f, listIds);
        // Display title, index and default are set after creation: the internal name stays the ASCII name.
        await list.fields.getByInternalNameOrTitle(f.name).update({
          Title: f.title, Indexed: !!f.indexed, ...(f.unique ? { EnforceUniqueValues: true } : {}), ...(f.defaultValue !== undefined ? { DefaultValue: f.defaultValue } : {}),
          ...(f.kind === 'Lookup' && f.description ? { Description: f.description } : {})
        }, 'SP.Field');
        report({ list: def.title, kind: 'addField', field: f.title, internalName: f.name });
        continue;
      }
      if (f.indexed && !found.Indexed) {
        await list.fields.getByInternalNameOrTitle(f.name).update({ Indexed: true }, 'SP.Field');
        report({ list: def.title, kind: 'indexField', field: f.title, internalName: f.name });
      }
      if (f.unique && !found.EnforceUniqueValues) {
        // Someone turned uniqueness off in SharePoint: without it a lost response could store a second copy.
        await list.fields.getByInternalNameOrTitle(f.name).update({ EnforceUniqueValues: true }, 'SP.Field');
        report({ list: def.title, kind: 'requireUnique', field: f.title, internalName: f.name });
      }
      const stored = Array.isArray(found.Choices) ? found.Choices : found.Choices?.results ?? [];
      const choices = f.kind === 'Choice' && f.renamedChoices ? await this.renameChoices(list, def, f, found, stored, report) : stored;
      const missing = (f.choices ?? []).filter(c => !choices.includes(c));
      if (f.kind === 'Choice' && missing.length > 0) {
        // Additive only: choices someone added in SharePoint are kept.
        await list.fields.getByInternalNameOrTitle(f.name).update({ Choices: [...choices, ...missing] }, 'SP.FieldChoice');
        report({ list: def.title, kind: 'addChoices', field: f.title, internalName: f.name, values: missing });
      }
    }
  }

  /**
   * Migrates values an earlier version stored (`renamedChoices`): the column's choice is renamed in place (order and
   * owner-added choices kept), the default follows, then every item still holding the old value gets the new one.
   * Items are found by ID ranges of 5,000 (the ID is always indexed, so no slice meets the list view threshold) and
   * updated in batches; each update sets a fixed value, so running provisioning again after a lost response or a
   * failed batch simply finishes the job.
   */
  private async renameChoices(
    list: IList, def: IListDefinition, f: IFieldDefinition, found: IExistingField, choices: string[], report: (a: IProvisioningAction) => void
  ): Promise<string[]> {
    let current = choices;
    for (const [from, to] of Object.entries(f.renamedChoices ?? {})) {
      const field = list.fields.getByInternalNameOrTitle(f.name);
      if (current.includes(from)) {
        current = current.includes(to) ? current.filter(c => c !== from) : current.map(c => (c === from ? to : c));
        await field.update({ Choices: current, ...(found.DefaultValue === from ? { DefaultValue: to } : {}) }, 'SP.FieldChoice');
      }
      const count = await this.renameItems(list, def, f.name, from, to);
      if (count > 0 || current !== choices) {
        report({ list: def.title, kind: 'renameChoice', field: f.title, internalName: f.name, values: [from, to], count });
      }
    }
    return current;
  }

  private async renameItems(list: IList, def: IListDefinition, column: string, from: string, to: string): Promise<number> {
    const last: { Id: number }[] = await list.items.select('Id').orderBy('Id', false).top(1)();
    const maxId = last[0]?.Id ?? 0;
    const ids: number[] = [];
    const quoted = from.replace(/'/g, "''");
    for (let start = 0; start < maxId; start += ID_SLICE) {
      const rows: { Id: number }[] = await list.items.select('Id')
        .filter(`Id gt ${start} and Id le ${start + ID_SLICE} and ${column} eq '${quoted}'`).top(ID_SLICE)();
      ids.push(...rows.map(r => r.Id));
    }
    for (let i = 0; i < ids.length; i += UPDATES_PER_BATCH) {
      const [batchedSP, execute] = this.sp.batched();
      const batchList = batchedSP.web.getList(`${this.webPath}/Lists/${def.url}`);
      const updates = ids.slice(i, i + UPDATES_PER_BATCH).map(id => batchList.items.getById(id).update({ [column]: to }));
      await execute();
      // Each part's outcome: a changeset is not atomic, so one failed part says nothing about the others.
      const failed = (await Promise.allSettled(updates)).find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
    }
    return ids.length;
  }

  private addField(list: IList, f: IFieldDefinition, listIds: Map<ListKey, string>): Promise<unknown> {
    const common = { Required: !!f.required, Description: f.description ?? '' };
    switch (f.kind) {
      case 'Note':
        return list.fields.addMultilineText(f.name, { ...common, RichText: !!f.richText, NumberOfLines: 6, ...(f.appendOnly ? { AppendOnly: true } : {}) });
      case 'DateOnly':
      case 'DateTime':
        return list.fields.addDateTime(f.name, {
          ...common, DisplayFormat: f.kind === 'DateOnly' ? DateTimeFieldFormatType.DateOnly : DateTimeFieldFormatType.DateTime
        });
      case 'Choice':
        return list.fields.addChoice(f.name, {
          ...common, Choices: [...(f.choices ?? [])], EditFormat: ChoiceFieldFormatType.Dropdown, FillInChoice: false
        });
      case 'Number':
        return list.fields.addNumber(f.name, { ...common, MinimumValue: f.min, MaximumValue: f.max });
      case 'Boolean':
        return list.fields.addBoolean(f.name, common);
      case 'User':
        return list.fields.addUser(f.name, { ...common, SelectionMode: FieldUserSelectionMode.PeopleOnly });
      case 'Lookup':
        // AddField takes SP.FieldCreationInformation, which has no Description (SharePoint answers 400): it is set
        // by the update that follows creation.
        return list.fields.addLookup(f.name, { Required: !!f.required, LookupListId: listIds.get(f.lookupList!)!, LookupFieldName: 'Title' });
      case 'Url':
        return list.fields.addUrl(f.name, { ...common, DisplayFormat: UrlFieldFormatType.Hyperlink });
      default:
        return list.fields.addText(f.name, { ...common, MaxLength: f.maxLength ?? 255 });
    }
  }

  private async ensureViews(def: IListDefinition, created: boolean, report: (a: IProvisioningAction) => void): Promise<void> {
    const list = this.listFor(def);
    const existing: { Title: string }[] = await list.views.select('Title')();
    const titles = new Set(existing.map(v => v.Title));
    for (const v of viewsOf(def)) {
      // Existing views are left as they are: an owner may have tailored them in SharePoint.
      if (titles.has(v.title)) continue;
      const added = await list.views.add(v.title, false, { ViewQuery: v.query, RowLimit: v.rowLimit ?? 100 });
      const view = list.views.getById(added.Id);
      await view.fields.removeAll();
      for (const name of v.fields) await view.fields.add(name);
      if (v.isDefault && created) await view.update({ DefaultView: true });
      report({ list: def.title, kind: 'addView', view: v.title });
    }
  }
}
