import * as fs from 'fs';
import * as path from 'path';
import { LISTS, listByKey, provisionedFields, type IFieldDefinition } from '../../../src/schema';
import { viewsOf } from '../../../src/schema/views';
import { renderListsMarkdown } from '../../../src/schema/docs';

const allFields = (): [string, IFieldDefinition][] =>
  LISTS.flatMap(l => provisionedFields(l).map(f => [l.key, f] as [string, IFieldDefinition]));

describe('the one schema', () => {
  test('defines the eight lists with ASCII URLs and Danish titles', () => {
    expect(LISTS.map(l => l.url).sort()).toEqual(['Aarshjul', 'Beslutninger', 'Henvendelser', 'KoordinatorSider', 'Opgaver', 'Processer', 'Procestrin', 'Svarskabeloner']);
    expect(listByKey('activities').title).toBe('Årshjul');
    for (const l of LISTS) expect(l.url).toMatch(/^[A-Za-z]+$/);
  });

  test.each(allFields())('%s.%p has an ASCII PascalCase internal name', (_list, f) => {
    expect(f.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
    expect(f.title.trim()).not.toBe('');
  });

  test('internal names are unique within a list and every list has the built-in Title', () => {
    for (const l of LISTS) {
      const names = Object.values(l.fields).map(f => f.name);
      expect(new Set(names).size).toBe(names.length);
      expect(Object.values(l.fields).filter(f => f.builtIn).map(f => f.name)).toEqual(['Title']);
    }
  });

  test('every list has one hidden, indexed, unique idempotency column, and at most 20 indexed columns', () => {
    for (const l of LISTS) {
      const key = l.idempotencyKey;
      expect({ list: l.key, kind: key.kind, hidden: key.hidden, indexed: key.indexed, unique: key.unique })
        .toEqual({ list: l.key, kind: 'Text', hidden: true, indexed: true, unique: true });
      expect(Object.values(l.fields).map(f => f.name)).not.toContain(key.name);
      // SharePoint allows at most 20 indexed columns per list.
      expect(provisionedFields(l).filter(f => f.indexed).length).toBeLessThanOrEqual(20);
    }
    expect(new Set(LISTS.map(l => l.idempotencyKey.name)).size).toBe(1);
  });

  test('every column a web part filters or sorts on exists and is indexed', () => {
    for (const l of LISTS) {
      for (const name of l.filteredBy) {
        const f = Object.values(l.fields).find(x => x.name === name);
        expect({ list: l.key, name, exists: !!f, indexed: !!f?.indexed }).toEqual({ list: l.key, name, exists: true, indexed: true });
      }
    }
  });

  test('lookups point to lists in the schema that are provisioned earlier', () => {
    LISTS.forEach((l, index) => {
      for (const f of Object.values(l.fields).filter(x => x.kind === 'Lookup')) {
        const target = LISTS.findIndex(t => t.key === f.lookupList);
        expect(target).toBeGreaterThanOrEqual(0);
        expect(target).toBeLessThan(index);
      }
    });
  });

  test('choice columns have unique choices and a default that is one of them', () => {
    for (const [, f] of allFields().filter(([, x]) => x.kind === 'Choice')) {
      expect(f.choices!.length).toBeGreaterThan(1);
      expect(new Set(f.choices).size).toBe(f.choices!.length);
      if (f.defaultValue !== undefined) expect(f.choices).toContain(f.defaultValue);
    }
  });

  test('views only show columns of their list, and each list has exactly one default view', () => {
    for (const l of LISTS) {
      const names = new Set([...Object.values(l.fields).map(f => f.name), 'LinkTitle', 'ID', 'Created', 'Modified', 'Author', 'Editor']);
      for (const v of viewsOf(l)) for (const f of v.fields) expect(`${l.key}:${f}:${names.has(f)}`).toBe(`${l.key}:${f}:true`);
      expect(viewsOf(l).filter(v => v.isDefault)).toHaveLength(1);
    }
  });

  test('view queries reference only columns of their list', () => {
    for (const l of LISTS) {
      const names = new Set(Object.values(l.fields).map(f => f.name));
      for (const v of viewsOf(l)) {
        for (const m of v.query.matchAll(/FieldRef Name="([^"]+)"/g)) expect(`${v.title}:${m[1]}:${names.has(m[1])}`).toBe(`${v.title}:${m[1]}:true`);
      }
    }
  });

  test('the useful SharePoint views exist', () => {
    expect(viewsOf(listByKey('inquiries')).map(v => v.title)).toContain('Åbne henvendelser');
    expect(viewsOf(listByKey('tasks')).map(v => v.title)).toContain('Mine opgaver');
    expect(viewsOf(listByKey('processes')).map(v => v.title)).toContain('Til revision');
    expect(viewsOf(listByKey('tasks')).find(v => v.title === 'Mine opgaver')!.query).toContain('<UserID');
  });

  test('docs/lists.md is generated from the schema and up to date (run `npm run docs:lists`)', () => {
    const committed = fs.readFileSync(path.join(__dirname, '../../../docs/lists.md'), 'utf8');
    expect(committed).toBe(renderListsMarkdown());
  });
});
