import type { IFieldDefinition, IListDefinition } from './types';
import { LISTS, provisionedFields } from './lists';
import { viewsOf } from './views';

/**
 * Renders `docs/lists.md` from the schema, so the documentation of the lists can never drift from what provisioning
 * creates (a test compares the committed file with this output).
 */

const KIND_TEXT: Record<IFieldDefinition['kind'], string> = {
  Text: 'Tekst (én linje)',
  Note: 'Tekst (flere linjer)',
  DateOnly: 'Dato',
  DateTime: 'Dato og klokkeslæt',
  Choice: 'Valg',
  Number: 'Tal',
  Boolean: 'Ja/nej',
  User: 'Person',
  Lookup: 'Opslag',
  Url: 'Link'
};

function kindText(f: IFieldDefinition): string {
  if (f.kind === 'Lookup') {
    const target = LISTS.find(l => l.key === f.lookupList);
    return `Opslag → ${target ? target.title : String(f.lookupList)}`;
  }
  if (f.kind === 'Note' && f.richText) return 'Tekst (formateret)';
  return KIND_TEXT[f.kind];
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function fieldRow(f: IFieldDefinition): string {
  const notes: string[] = [];
  if (f.choices) notes.push(`Valg: ${f.choices.join(', ')}`);
  if (f.defaultValue !== undefined) notes.push(`Standard: ${f.kind === 'Boolean' ? (f.defaultValue === '1' ? 'Ja' : 'Nej') : f.defaultValue}`);
  if (f.min !== undefined || f.max !== undefined) notes.push(`Interval: ${f.min ?? ''}–${f.max ?? ''}`);
  if (f.hidden) notes.push('Skjult i SharePoints formularer og visninger');
  if (f.unique) notes.push('Unikke værdier');
  if (f.appendOnly) notes.push('Tilføj ændringer til eksisterende tekst (tidligere tekst i versionerne)');
  if (f.description) notes.push(f.description);
  return `| \`${f.name}\` | ${cell(f.title)} | ${kindText(f)} | ${f.required ? 'ja' : ''} | ${f.indexed ? 'ja' : ''} | ${cell(notes.join('. '))} |`;
}

function listSection(list: IListDefinition): string {
  const lines = [
    `## ${list.title} (\`Lists/${list.url}\`)`,
    '',
    list.description,
    '',
    'Versionering er slået til (den er listens revisionsspor).',
    '',
    '| Internt navn | Visningsnavn | Type | Påkrævet | Indekseret | Bemærkninger |',
    '|---|---|---|---|---|---|',
    ...provisionedFields(list).map(fieldRow),
    '',
    `Web-delene filtrerer og sorterer på: ${list.filteredBy.map(n => `\`${n}\``).join(', ')} (alle indekserede).`,
    '',
    '| Visning | Formål | Kolonner |',
    '|---|---|---|',
    ...viewsOf(list).map(v => `| ${cell(v.title)}${v.isDefault ? ' (standard)' : ''} | ${cell(v.purpose)} | ${v.fields.map(f => `\`${f}\``).join(', ')} |`),
    ''
  ];
  return lines.join('\n');
}

/** The complete Markdown of `docs/lists.md`. */
export function renderListsMarkdown(): string {
  return [
    '# Lister',
    '',
    '<!-- Genereret fra src/schema af `npm run docs:lists`. Redigér skemaet, ikke denne fil. -->',
    '',
    'OS2 Koordinator bruger seks SharePoint-lister på det websted, hvor web-delene ligger. Listerne oprettes af',
    'Koordinator selv (»Opret lister« i web-delen, eller `npm run provision`), i denne rækkefølge, så opslagenes',
    'mållister altid findes først. Provisionering kan køres igen når som helst: den tilføjer det, der mangler,',
    'og sletter eller overskriver aldrig data, kolonner eller visninger.',
    '',
    'Listerne adresseres på deres URL, så en omdøbt listetitel ødelægger ikke noget. Interne navne er ASCII;',
    'de danske navne er visningsnavne og kan ændres i SharePoint.',
    '',
    ...LISTS.map(listSection)
  ].join('\n');
}
