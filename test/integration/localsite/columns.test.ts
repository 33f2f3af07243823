import { AddFieldOptions } from '@pnp/sp/fields';
import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { failure, raw, spFor, type ISpError } from './helpers';

const INVALID_TEXT = { status: 500, code: '-2130575336, Microsoft.SharePoint.SPException',
  message: 'Invalid text value. A text field contains invalid data. Please check the value and try again.' };
const DUPLICATE = '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException';
const duplicateMessage = (fields: string): string =>
  `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${fields}].`;

/** Column rules SharePoint enforces on writes and schema changes: text length, date-only days, unique and hidden fields. */
describe('local site: column rules', () => {
  let site: ILocalSite;
  beforeAll(async () => { site = await startLocalSite({ port: 0, dataDir: ':memory:' }); });
  afterAll(async () => { await site.close(); });
  beforeEach(async () => {
    site.store.reset();
    const sp = spFor(site);
    await sp.web.lists.add('Kolonner');
    const list = sp.web.lists.getByTitle('Kolonner');
    await list.fields.addText('Code', { MaxLength: 10 });
    await list.fields.addMultilineText('Notes');
    await list.fields.addNumber('Amount');
    await list.fields.addUser('Owner');
  });
  const list = (): ReturnType<ReturnType<typeof spFor>['web']['lists']['getByTitle']> => spFor(site).web.lists.getByTitle('Kolonner');
  /** CreateFieldAsXml with the Name attribute as internal name (AddFieldInternalNameHint), as provisioning does. */
  const xml = (schema: string): Promise<unknown> => list().fields.createFieldAsXml({ SchemaXml: schema, Options: AddFieldOptions.AddFieldInternalNameHint });
  const stored = (key: string): unknown[] => site.store.getItems('Kolonner').map(i => i.data[key] ?? null);

  describe('MaxLength of a single line of text', () => {
    it('refuses more than 255 characters in Title, or more than the field\'s MaxLength, on create and update', async () => {
      expect(await failure(list().items.add({ Title: 'x'.repeat(256) }))).toEqual(INVALID_TEXT);
      const ok = await list().items.add({ Title: 'æ'.repeat(255), Code: '0123456789', Notes: 'n'.repeat(5000) });
      expect(await failure(list().items.add({ Title: 'kode', Code: '01234567890' }))).toEqual(INVALID_TEXT);
      expect(await failure(list().items.getById(ok.Id).update({ Code: 'for lang kode' }))).toEqual(INVALID_TEXT);
      expect(stored('Code')).toEqual(['0123456789']);
      await xml('<Field Type="Text" DisplayName="Short" Name="Short" MaxLength="3" />');
      expect(await failure(list().items.add({ Short: 'abcd' }))).toEqual(INVALID_TEXT);
      expect((await list().items.add({ Short: 'abc' })).Short).toBe('abc');
      const field = await list().fields.getByInternalNameOrTitle('Short').select('MaxLength', 'SchemaXml')<{ MaxLength: number; SchemaXml: string }>();
      expect(field.MaxLength).toBe(3);
      expect(field.SchemaXml).toContain('MaxLength="3"');
      // The store's bulk insert validates the same way.
      expect(() => site.store.insertItems('Kolonner', [{ Title: 'ok' }, { Title: 'y'.repeat(300) }])).toThrow(/Invalid text value/);
      expect(site.store.getItems('Kolonner')).toHaveLength(2);
    });
  });

  describe('date-only columns', () => {
    beforeEach(async () => {
      await list().fields.addDateTime('Day');
      await xml('<Field Type="DateTime" DisplayName="When" Name="When" Format="DateTime" />');
      await xml('<Field Type="DateTime" DisplayName="Deadline" Name="Deadline" Format="DateOnly" />');
    });

    it.each([
      ['2026-05-14T10:00:00Z', '2026-05-13T22:00:00Z'],
      ['2026-05-14T23:30:00Z', '2026-05-14T22:00:00Z'],
      ['2026-05-13T22:00:00Z', '2026-05-13T22:00:00Z'],
      ['2026-05-14', '2026-05-13T22:00:00Z'],
      ['2026-01-10T12:00:00+01:00', '2026-01-09T23:00:00Z'],
      ['2026-03-29T12:00:00Z', '2026-03-28T23:00:00Z'],
      ['2026-10-25T12:00:00Z', '2026-10-24T22:00:00Z']
    ])('stores %s as %s: midnight in Copenhagen of the day it falls on there', async (written, kept) => {
      const item = await list().items.add({ Day: written, Deadline: written, When: written });
      expect(item.Day).toBe(kept);
      expect(item.Deadline).toBe(kept);
      expect(item.When).toBe(new Date(written.length === 10 ? `${written}T00:00:00Z` : written).toISOString().replace('.000', ''));
      await list().items.getById(item.Id).update({ Day: written });
      expect((await list().items.getById(item.Id).select('Day')()).Day).toBe(kept);
    });

    it('applies the rule to a [today] default too', async () => {
      await list().fields.getByInternalNameOrTitle('Day').update({ DefaultValue: '[today]' });
      const item = await list().items.add({ Title: 'i dag' });
      const wall = new Date(Date.parse(String(item.Day)) + 12 * 3600000);
      expect(String(item.Day)).toMatch(/T2[23]:00:00Z$/);
      expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(wall))
        .toBe(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date()));
    });
  });

  describe('unique values', () => {
    it('creates a unique column with CreateFieldAsXml (EnforceUniqueValues + Indexed) and refuses duplicates case-insensitively', async () => {
      await xml('<Field Type="Text" DisplayName="Nøgle" Name="IdempotencyKey" EnforceUniqueValues="TRUE" Indexed="TRUE" />');
      const field = await list().fields.getByInternalNameOrTitle('IdempotencyKey')<{ EnforceUniqueValues: boolean; Indexed: boolean; SchemaXml: string }>();
      expect([field.EnforceUniqueValues, field.Indexed]).toEqual([true, true]);
      expect(field.SchemaXml).toContain('EnforceUniqueValues="TRUE"');
      const first = await list().items.add({ Title: 'a', IdempotencyKey: 'Ærø-1' });
      const dup = await failure(list().items.add({ Title: 'b', IdempotencyKey: 'æRØ-1' }));
      expect(dup).toEqual({ status: 500, code: DUPLICATE, message: duplicateMessage('Nøgle') });
      // Empty values may repeat; updating an item to its own value is no duplicate; moving onto another's is.
      await list().items.add({ Title: 'c' });
      await list().items.add({ Title: 'd', IdempotencyKey: null });
      await list().items.add({ Title: 'e', IdempotencyKey: '' });
      const other = await list().items.add({ Title: 'f', IdempotencyKey: 'k-2' });
      await list().items.getById(first.Id).update({ IdempotencyKey: 'ÆRØ-1', Title: 'a2' });
      expect((await failure(list().items.getById(other.Id).update({ IdempotencyKey: 'ærø-1' }))).code).toBe(DUPLICATE);
      expect(stored('IdempotencyKey')).toEqual(['ÆRØ-1', null, null, '', 'k-2']);
      // Through the store's bulk insert too, against stored rows and against earlier rows of the same call.
      expect(() => site.store.insertItems('Kolonner', [{ IdempotencyKey: 'ærø-1' }])).toThrow(/duplicate values/);
      expect(() => site.store.insertItems('Kolonner', [{ IdempotencyKey: 'ny' }, { IdempotencyKey: 'NY' }])).toThrow(/duplicate values/);
      expect(site.store.getItems('Kolonner')).toHaveLength(5);
    });

    it('enforces uniqueness on numbers and people, naming every clashing field', async () => {
      await list().fields.getByInternalNameOrTitle('Amount').update({ Indexed: true, EnforceUniqueValues: true });
      await list().fields.getByInternalNameOrTitle('Owner').update({ Indexed: true, EnforceUniqueValues: true });
      await list().items.add({ Amount: 5, OwnerId: 7 });
      expect(await failure(list().items.add({ Amount: 5, OwnerId: 7 }))).toEqual({ status: 500, code: DUPLICATE, message: duplicateMessage('Amount, Owner') });
      expect((await list().items.add({ Amount: 6, OwnerId: 8 })).Amount).toBe(6);
    });

    it('needs an index, a supported type and a list without duplicates; a unique column cannot lose its index', async () => {
      const noIndex = await failure(xml('<Field Type="Text" DisplayName="Uden indeks" Name="NoIndex" EnforceUniqueValues="TRUE" />'));
      expect(noIndex).toEqual({ status: 500, code: '-2146232832, Microsoft.SharePoint.SPException', message: 'This field must be indexed to enforce unique values.' });
      expect((await list().fields.select('InternalName')()).some(f => f.InternalName === 'NoIndex')).toBe(false);
      expect((await failure(list().fields.getByInternalNameOrTitle('Code').update({ EnforceUniqueValues: true }))).message)
        .toBe('This field must be indexed to enforce unique values.');
      expect((await failure(list().fields.getByInternalNameOrTitle('Notes').update({ Indexed: true, EnforceUniqueValues: true }))).status).toBe(500);
      await list().items.add({ Code: 'samme' });
      await list().items.add({ Code: 'SAMME' });
      const dups = await failure(list().fields.getByInternalNameOrTitle('Code').update({ Indexed: true, EnforceUniqueValues: true }));
      expect([dups.status, dups.message]).toEqual([500, expect.stringContaining('contains duplicate values')]);
      const code = await list().fields.getByInternalNameOrTitle('Code').select('EnforceUniqueValues', 'Indexed')();
      expect([code.EnforceUniqueValues, code.Indexed]).toEqual([false, false]);
      await list().fields.getByInternalNameOrTitle('Amount').update({ Indexed: true, EnforceUniqueValues: true });
      expect((await failure(list().fields.getByInternalNameOrTitle('Amount').update({ Indexed: false }))).message)
        .toBe('This field must be indexed to enforce unique values.');
      await list().fields.getByInternalNameOrTitle('Amount').update({ EnforceUniqueValues: false });
      await list().fields.getByInternalNameOrTitle('Amount').update({ Indexed: false });
    });
  });

  describe('hidden columns', () => {
    it('creates a hidden field from XML; it is still read, written and filtered through REST', async () => {
      await xml('<Field Type="Text" DisplayName="Skjult" Name="Secret" Hidden="TRUE" Indexed="TRUE" />');
      const f = await list().fields.getByInternalNameOrTitle('Secret').select('Hidden', 'SchemaXml')<{ Hidden: boolean; SchemaXml: string }>();
      expect(f.Hidden).toBe(true);
      expect(f.SchemaXml).toContain('Hidden="TRUE"');
      const added = await list().items.add({ Title: 'med hemmelighed', Secret: 's-1' });
      expect(added.Secret).toBe('s-1');
      await list().items.getById(added.Id).update({ Secret: 's-2' });
      expect((await list().items.getById(added.Id)()).Secret).toBe('s-2');
      expect((await list().items.filter("Secret eq 's-2'").select('Title', 'Secret')()).map(i => i.Title)).toEqual(['med hemmelighed']);
    });

    it('refuses to change Hidden unless the field was created with CanToggleHidden', async () => {
      const notToggle = await failure(list().fields.getByInternalNameOrTitle('Code').update({ Hidden: true }));
      expect(notToggle).toEqual({ status: 500, code: '-2146232832, Microsoft.SharePoint.SPException', message: 'Cannot change Hidden attribute for this field' });
      await xml('<Field Type="Text" DisplayName="Skjult" Name="Secret" Hidden="TRUE" />');
      expect((await failure(list().fields.getByInternalNameOrTitle('Secret').update({ Hidden: false }))).status).toBe(500);
      // Setting it to what it already is changes nothing and is allowed.
      await list().fields.getByInternalNameOrTitle('Secret').update({ Hidden: true, Description: 'skjult' });
      await xml('<Field Type="Text" DisplayName="Kan skjules" Name="Toggle" CanToggleHidden="TRUE" />');
      await list().fields.getByInternalNameOrTitle('Toggle').update({ Hidden: true });
      const toggled = await raw<{ Hidden: boolean; CanToggleHidden?: boolean; SchemaXml: string }>(site, 'GET', "/sites/os2/_api/web/lists/getByTitle('Kolonner')/fields/getByInternalNameOrTitle('Toggle')");
      expect(toggled.json.Hidden).toBe(true);
      expect(toggled.json.CanToggleHidden).toBeUndefined();
      expect(toggled.json.SchemaXml).toContain('CanToggleHidden="TRUE"');
      // A plain POST cannot set CanToggleHidden: SP.Field has no such property.
      const plain = await raw<ISpError>(site, 'POST', "/sites/os2/_api/web/lists/getByTitle('Kolonner')/fields", { body: { Title: 'X', FieldTypeKind: 2, CanToggleHidden: true } });
      expect(plain.status).toBe(400);
    });
  });
});
