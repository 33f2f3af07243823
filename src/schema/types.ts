/**
 * The shapes of the one schema: lists, fields, indexes and views. Provisioning, the local site, the data
 * services and docs/lists.md all read these definitions; nothing else spells a field's internal name.
 */

/** The keys the code uses for the lists. */
export type ListKey = 'processes' | 'processSteps' | 'activities' | 'decisions' | 'inquiries' | 'tasks' | 'replyTemplates' | 'pageLinks';

/** The field kinds the project uses, each mapping to one SharePoint FieldTypeKind. */
export type FieldKind = 'Text' | 'Note' | 'DateOnly' | 'DateTime' | 'Choice' | 'Number' | 'Boolean' | 'User' | 'Lookup' | 'Url';

/** One column of a list. */
export interface IFieldDefinition {
  /** Internal (static) name: ASCII PascalCase, never changes once provisioned. */
  readonly name: string;
  /** Danish display title shown in SharePoint. */
  readonly title: string;
  readonly kind: FieldKind;
  /** Help text shown under the field in SharePoint's forms. */
  readonly description?: string;
  readonly required?: boolean;
  /**
   * Indexed so filters and sorts keep working past SharePoint's 5,000-item list view threshold. Every column a
   * web part filters or sorts on must be indexed (a schema test enforces it via `filteredBy`).
   */
  readonly indexed?: boolean;
  /** For Choice: the allowed values, in display order. */
  readonly choices?: readonly string[];
  /**
   * For Choice: values this column stored in earlier versions, with the value that replaced each. Items still
   * holding an old value read as the new one; provisioning renames the choice and the items (see `docs/lists.md`).
   */
  readonly renamedChoices?: Readonly<Record<string, string>>;
  /** Default value for new items (as SharePoint stores it: choice text, `1`/`0`, a number). */
  readonly defaultValue?: string;
  /** For Note: rich text (HTML) rather than plain text. */
  readonly richText?: boolean;
  /**
   * For Note: SharePoint's »Tilføj ændringer til eksisterende tekst« (AppendOnly; needs versioning): the item holds the
   * latest entry, every earlier one is in the item's versions.
   */
  readonly appendOnly?: boolean;
  /** For Number: bounds and decimals. */
  readonly min?: number;
  readonly max?: number;
  readonly decimals?: number;
  /** For Text: maximum length (SharePoint's limit is 255). */
  readonly maxLength?: number;
  /** For Lookup: the list it points to (its Title column is shown). */
  readonly lookupList?: ListKey;
  /** The built-in Title column, which is renamed rather than created. */
  readonly builtIn?: boolean;
  /** Hidden from SharePoint's forms and views (still readable, writable and filterable through REST). */
  readonly hidden?: boolean;
  /**
   * SharePoint enforces unique values (`EnforceUniqueValues`; the column must be indexed). A create or update that
   * would repeat a value fails with `SPDuplicateValuesFoundException`; empty values may repeat.
   */
  readonly unique?: boolean;
}

/** A list view, as shown in SharePoint's own list UI. */
export interface IViewDefinition {
  readonly title: string;
  /** Internal names of the columns shown, in order (`LinkTitle` for the title with its item menu). */
  readonly fields: readonly string[];
  /** CAML `<Where>`, `<OrderBy>` and `<GroupBy>` content of the view query. */
  readonly query: string;
  readonly rowLimit?: number;
  /** The list's default view (replaces "Alle elementer" as what opens first). */
  readonly isDefault?: boolean;
  /** What the view is for (documentation). */
  readonly purpose: string;
}

/** One SharePoint list of the solution. */
export interface IListDefinition<TFields extends string = string> {
  readonly key: ListKey;
  /** The list's URL segment under `Lists/` (ASCII; lists are addressed by URL so a renamed title breaks nothing). */
  readonly url: string;
  /** Danish title shown in SharePoint. */
  readonly title: string;
  readonly description: string;
  /** Fields keyed by the domain model's property name. */
  readonly fields: { readonly [K in TFields]: IFieldDefinition };
  /**
   * The hidden, indexed, unique column holding the client's idempotency key of each create (see
   * `field.idempotencyKey`). Not part of the domain model: repositories set and look it up.
   */
  readonly idempotencyKey: IFieldDefinition;
  /**
   * Columns the web parts filter or sort on (internal names). Each must be indexed: past 5,000 items SharePoint
   * refuses a query whose filter is not on an indexed column.
   */
  readonly filteredBy: readonly string[];
}
