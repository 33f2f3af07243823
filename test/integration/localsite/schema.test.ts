import { startLocalSite, type ILocalSite } from '../../../localsite/server';
import { failure, raw, spFor, USERS } from './helpers';

/** Lists, fields and views created and changed through the real PnPjs, as the provisioning service does. */
describe('local site: lists, fields and views', () => {
  let site: ILocalSite;
  beforeAll(async () => { site = await startLocalSite({ port: 0, dataDir: ':memory:' }); });
  afterAll(async () => { await site.close(); });
  beforeEach(() => site.store.reset());

  it('creates a list with its URL from the first title, built-in fields and a default view', async () => {
    const sp = spFor(site);
    const created = await sp.web.lists.add('Aarshjul', 'Årets aktiviteter', 100, false, { EnableVersioning: true });
    expect(created).toMatchObject({ Title: 'Aarshjul', BaseTemplate: 100, EnableVersioning: true, Description: 'Årets aktiviteter',
      EntityTypeName: 'AarshjulList', ListItemEntityTypeFullName: 'SP.Data.AarshjulListItem', ItemCount: 0, Hidden: false });
    await sp.web.lists.getByTitle('Aarshjul').update({ Title: 'Årshjul' });
    const renamed = await sp.web.lists.getByTitle('Årshjul').select('Title', 'Id', 'RootFolder/ServerRelativeUrl').expand('RootFolder')();
    expect(renamed.RootFolder.ServerRelativeUrl).toBe('/sites/os2/Lists/Aarshjul');
    const byUrl = await sp.web.getList('/sites/os2/lists/AARSHJUL').select('Title')();
    expect(byUrl.Title).toBe('Årshjul');
    expect((await sp.web.lists.getById(renamed.Id).select('Title')()).Title).toBe('Årshjul');
    const fields = await sp.web.lists.getByTitle('Årshjul').fields.select('InternalName', 'TypeAsString', 'Hidden', 'Choices')();
    const names = fields.map(f => f.InternalName);
    expect(names).toEqual(expect.arrayContaining(['Title', 'ID', 'Created', 'Modified', 'Author', 'Editor', 'Attachments', 'ContentType']));
    const views = await sp.web.lists.getByTitle('Årshjul').views();
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ Title: 'Alle elementer', DefaultView: true });
  });

  it('answers SharePoint-shaped 404s for missing lists, fields and URLs; titles are unique', async () => {
    const sp = spFor(site);
    const missing = await failure(sp.web.lists.getByTitle("O'Brien's liste")());
    expect(missing).toMatchObject({ status: 404, code: '-1, System.ArgumentException' });
    expect(missing.message).toBe(`List 'O'Brien's liste' does not exist at site with URL '${site.siteUrl}'.`);
    await sp.web.lists.add("O'Brien's liste");
    expect((await sp.web.lists.getByTitle("O'Brien's liste").select('Title')()).Title).toBe("O'Brien's liste");
    expect(await failure(sp.web.lists.add("o'brien's LISTE"))).toMatchObject({ status: 400 });
    expect(await failure(sp.web.getList('/sites/os2/Lists/Nothing')())).toMatchObject({ status: 404, code: '-2147024894, System.IO.FileNotFoundException' });
    expect(await failure(sp.web.lists.getByTitle("O'Brien's liste").fields.getByInternalNameOrTitle('Nope')()))
      .toMatchObject({ status: 404, code: '-2130575322, Microsoft.SharePoint.SPException' });
  });

  it('lists.ensure creates once, then updates', async () => {
    const sp = spFor(site);
    const first = await sp.web.lists.ensure('Beslutninger', 'Bestyrelsens beslutninger');
    const second = await sp.web.lists.ensure('Beslutninger', 'Ny beskrivelse');
    expect([first.created, second.created]).toEqual([true, false]);
    expect((await sp.web.lists.getByTitle('Beslutninger').select('Description')()).Description).toBe('Ny beskrivelse');
  });

  it('filters, selects and expands the list collection', async () => {
    const sp = spFor(site);
    await sp.web.lists.add('Synlig');
    await sp.web.lists.add('Skjult', '', 100, false, { Hidden: true });
    const visible = await sp.web.lists.filter('Hidden eq false').select('Title', 'ItemCount', 'RootFolder/ServerRelativeUrl').expand('RootFolder')();
    expect(visible.map(l => l.Title)).toEqual(['Synlig']);
    expect(visible[0]).toMatchObject({ ItemCount: 0, RootFolder: { ServerRelativeUrl: '/sites/os2/Lists/Synlig' } });
    expect((await sp.web.lists.filter("Title eq 'Skjult'")()).length).toBe(1);
    expect(await failure(sp.web.lists.select('NoSuchProperty')())).toMatchObject({ status: 400 });
  });

  it('creates every field kind in verbose form and reads them back typed', async () => {
    const sp = spFor(site);
    await sp.web.lists.add('Felter');
    const list = sp.web.lists.getByTitle('Felter');
    const text = await list.fields.addText('Case Number', { MaxLength: 20, Indexed: true });
    expect(text).toMatchObject({ InternalName: 'Case_x0020_Number', TypeAsString: 'Text', FieldTypeKind: 2, MaxLength: 20, Indexed: true });
    const choice = await list.fields.addChoice('Status', { Choices: ['Åben', 'Lukket'] });
    expect(choice.Choices).toEqual({ __metadata: { type: 'Collection(Edm.String)' }, results: ['Åben', 'Lukket'] });
    await list.fields.getById(choice.Id!).update({ DefaultValue: 'Åben' });
    await list.fields.addMultiChoice('Tags', { Choices: ['x'] });
    await list.fields.addDateTime('Due');
    await list.fields.addNumber('Score', { MinimumValue: 1, MaximumValue: 5 });
    await list.fields.addBoolean('Done');
    await list.fields.addUrl('Link');
    await list.fields.addMultilineText('Notes', { RichText: true });
    await list.fields.addUser('Owner', { SelectionMode: 0 });
    const read = await list.fields.getByInternalNameOrTitle('Status')();
    expect(read).toMatchObject({ 'odata.type': 'SP.FieldChoice', Choices: ['Åben', 'Lukket'], DefaultValue: 'Åben', FieldTypeKind: 6 });
    const kinds = await list.fields.filter('FromBaseType eq false').select('InternalName', 'TypeAsString', 'FieldTypeKind')();
    expect(kinds.map(f => `${f.InternalName}:${f.TypeAsString}:${f.FieldTypeKind}`)).toEqual([
      'Case_x0020_Number:Text:2', 'Status:Choice:6', 'Tags:MultiChoice:15', 'Due:DateTime:4', 'Score:Number:9',
      'Done:Boolean:8', 'Link:URL:11', 'Notes:Note:3', 'Owner:User:20']);
    expect((await list.fields.getByTitle('Case Number')()).InternalName).toBe('Case_x0020_Number');
  });

  it('adds lookup and multi-person fields (AddField), changes fields by MERGE and deletes them', async () => {
    const sp = spFor(site);
    const target = await sp.web.lists.add('Processer');
    await sp.web.lists.add('Procestrin');
    const steps = sp.web.lists.getByTitle('Procestrin');
    const lookup = await steps.fields.addLookup('Process', { LookupListId: target.Id, LookupFieldName: 'Title', Required: true });
    expect(lookup).toMatchObject({ TypeAsString: 'Lookup', LookupList: `{${target.Id}}`, LookupField: 'Title', Required: true });
    await steps.fields.addUser('Members');
    await steps.fields.getByInternalNameOrTitle('Members').update({ AllowMultipleValues: true, Title: 'Deltagere', Indexed: true });
    expect(await steps.fields.getByTitle('Deltagere').select('TypeAsString', 'AllowMultipleValues', 'Indexed')())
      .toMatchObject({ TypeAsString: 'UserMulti', AllowMultipleValues: true, Indexed: true });
    await steps.fields.addChoice('Level', { Choices: ['1'] });
    await steps.fields.getByInternalNameOrTitle('Level').update({ Choices: ['1', '2'] });
    expect((await steps.fields.getByInternalNameOrTitle('Level')()).Choices).toEqual(['1', '2']);
    expect(await failure(steps.fields.getByInternalNameOrTitle('Level').update({ Bogus: 1 }))).toMatchObject({ status: 400 });
    expect(await failure(steps.fields.addLookup('Broken', { LookupListId: '00000000-0000-0000-0000-000000000000' }))).toMatchObject({ status: 400 });
    await steps.fields.getByInternalNameOrTitle('Level').delete();
    expect(await failure(steps.fields.getByInternalNameOrTitle('Level')())).toMatchObject({ status: 404 });
    expect(await failure(steps.fields.getByInternalNameOrTitle('Created').delete())).toMatchObject({ status: 400 });
    expect(await failure(steps.fields.addText('Process'))).toMatchObject({ status: 400 });
  });

  it('CreateFieldAsXml names the field from DisplayName unless AddFieldInternalNameHint is set', async () => {
    const sp = spFor(site);
    await sp.web.lists.add('Xml');
    const list = sp.web.lists.getByTitle('Xml');
    const xml = (name: string): string => `<Field Type="Choice" Name="${name}" StaticName="${name}" DisplayName="Næste trin" Required="TRUE" Indexed="TRUE">` +
      '<Default>B</Default><CHOICES><CHOICE>A</CHOICE><CHOICE>B &amp; C</CHOICE></CHOICES></Field>';
    const plain = await list.fields.createFieldAsXml(xml('NextStep'));
    expect(plain).toMatchObject({ InternalName: 'N_x00e6_ste_x0020_trin', Title: 'Næste trin', Required: true, Indexed: true });
    const hinted = await list.fields.createFieldAsXml({ SchemaXml: xml('NextStep'), Options: 8 | 16 });
    expect(hinted).toMatchObject({ InternalName: 'NextStep', Choices: ['A', 'B & C'], DefaultValue: 'B' });
    const fields = await list.defaultView.fields();
    expect(fields.Items).toEqual(['LinkTitle', 'NextStep']);
    await list.fields.createFieldAsXml({ SchemaXml: '<Field Type="UserMulti" Name="Team" DisplayName="Team" Mult="TRUE" UserSelectionMode="PeopleOnly" />', Options: 8 });
    expect(await list.fields.getByInternalNameOrTitle('Team').select('TypeAsString', 'SelectionMode')()).toMatchObject({ TypeAsString: 'UserMulti', SelectionMode: 0 });
  });

  it('adds views, makes one the default and edits their fields', async () => {
    const sp = spFor(site);
    await sp.web.lists.add('Visninger');
    const list = sp.web.lists.getByTitle('Visninger');
    await list.fields.addChoice('Area', { Choices: ['A'] });
    const added = await list.views.add('Efter område', false, { ViewQuery: '<OrderBy><FieldRef Name="Area"/></OrderBy>', RowLimit: 50 });
    expect(added).toMatchObject({ Title: 'Efter område', RowLimit: 50, DefaultView: false, PersonalView: false,
      ServerRelativeUrl: '/sites/os2/Lists/Visninger/Efteromrde.aspx' });
    const view = list.views.getById(added.Id);
    await view.fields.removeAll();
    await view.fields.add('Title');
    await view.fields.add('Area');
    await view.fields.add('Modified');
    await view.fields.move('Area', 0);
    await view.fields.remove('Modified');
    expect((await view.fields()).Items).toEqual(['Area', 'Title']);
    expect(await view.fields.getSchemaXml()).toBe('<FieldRef Name="Area" /><FieldRef Name="Title" />');
    await view.update({ DefaultView: true });
    expect((await list.defaultView.select('Title')()).Title).toBe('Efter område');
    expect((await list.views.getByTitle('Alle elementer')()).DefaultView).toBe(false);
    expect(await failure(view.delete())).toMatchObject({ status: 400 });
    await list.views.getByTitle('Alle elementer').delete();
    expect((await list.views()).length).toBe(1);
    expect(await failure(view.fields.add('NoField'))).toMatchObject({ status: 404 });
  });

  it('reads web properties, regional settings and single values', async () => {
    const sp = spFor(site);
    const web = await sp.web.select('Title', 'Url', 'ServerRelativeUrl', 'Language', 'Id')();
    expect(web).toMatchObject({ Title: 'OS2 Sekretariat', Url: site.siteUrl, ServerRelativeUrl: '/sites/os2', Language: 1030 });
    const tz = await sp.web.select('RegionalSettings/TimeZone/Id').expand('RegionalSettings/TimeZone')<{ RegionalSettings: { TimeZone: { Id: number } } }>();
    expect(tz.RegionalSettings.TimeZone.Id).toBe(3);
    const title = await raw<{ value: string }>(site, 'GET', '/sites/os2/_api/web/Title');
    expect(title.json.value).toBe('OS2 Sekretariat');
    const verbose = await raw(site, 'GET', '/sites/os2/_api/web/title', { headers: { Accept: 'application/json;odata=verbose' } });
    expect(verbose.json).toEqual({ d: { Title: 'OS2 Sekretariat' } });
    expect((await raw(site, 'GET', '/sites/os2/_api/web/nonsense')).status).toBe(404);
  });

  it('accepts verbose and plain bodies, reads RootFolder and hidden-filtered fields, deletes and recycles lists', async () => {
    const verbose = { Accept: 'application/json;odata=verbose', 'Content-Type': 'application/json;odata=verbose' };
    const created = await raw<{ d: unknown }>(site, 'POST', '/sites/os2/_api/web/lists', { headers: verbose,
      body: { __metadata: { type: 'SP.List' }, Title: 'Verbose liste', BaseTemplate: 100, AllowContentTypes: true, Description: 'v' } });
    expect(created.status).toBe(201);
    expect(created.json.d).toMatchObject({ __metadata: { type: 'SP.List' }, Title: 'Verbose liste', EntityTypeName: 'Verbose_x0020_listeList' });
    const api = "/sites/os2/_api/web/lists/getByTitle('Verbose%20liste')";
    const plainField = await raw(site, 'POST', `${api}/fields`, { body: { Title: 'Amount', FieldTypeKind: 9, MinimumValue: 0 } });
    expect(plainField.json).toMatchObject({ 'odata.type': 'SP.FieldNumber', InternalName: 'Amount', MinimumValue: 0 });
    const visible = (await raw<{ value: Array<{ InternalName: string }> }>(site, 'GET', `${api}/fields?$filter=Hidden eq false and ReadOnlyField eq false&$select=InternalName`)).json.value;
    expect(visible.map(f => f.InternalName)).toEqual(['Title', 'Amount']);
    const folder = await raw(site, 'GET', `${api}/RootFolder?$select=ServerRelativeUrl,Name`);
    expect(folder.json).toMatchObject({ ServerRelativeUrl: '/sites/os2/Lists/Verbose liste', Name: 'Verbose liste' });
    const viewId = (await raw<{ Id: string }>(site, 'GET', `${api}/defaultView?$select=Id`)).json.Id;
    expect((await raw<{ Title: string }>(site, 'GET', `${api}/views('{${viewId.toUpperCase()}}')?$select=Title`)).json.Title).toBe('Alle elementer');
    expect(site.store.findList('Lists/Verbose liste')?.title).toBe('Verbose liste');
    const sp = spFor(site);
    await sp.web.lists.getByTitle('Verbose liste').delete();
    await sp.web.lists.add('Papirkurv');
    expect(typeof await sp.web.lists.getByTitle('Papirkurv').recycle()).toBe('string');
    expect(await sp.web.lists()).toEqual([]);
    expect((await raw(site, 'POST', '/sites/os2/_api/web/lists', { body: { Title: 'Dokumenter', BaseTemplate: 101 } })).status).toBe(501);
  });

  it('lets members manage lists but not readers', async () => {
    await spFor(site, USERS.anne).web.lists.add('Medlemsliste');
    const denied = await failure(spFor(site, USERS.sofie).web.lists.add('Læserliste'));
    expect(denied).toMatchObject({ status: 403, code: '-2147024891, System.UnauthorizedAccessException' });
    expect(await failure(spFor(site, USERS.sofie).web.lists.getByTitle('Medlemsliste').fields.addText('X'))).toMatchObject({ status: 403 });
    expect((await spFor(site, USERS.sofie).web.lists.getByTitle('Medlemsliste').select('Title')()).Title).toBe('Medlemsliste');
  });
});
