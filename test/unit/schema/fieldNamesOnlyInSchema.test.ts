import * as fs from 'fs';
import * as path from 'path';
import { LISTS } from '../../../src/schema';

/** Words that are both field names and general SharePoint properties (list Title/Description, URL value Description). */
const SHARED_WITH_SHAREPOINT = new Set(['Title', 'Description']);

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'dist' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

test('no code outside src/schema spells a field internal name as a string', () => {
  const root = path.join(__dirname, '../../..');
  const names = [...new Set(LISTS.flatMap(l => Object.values(l.fields).map(f => f.name)))].filter(n => !SHARED_WITH_SHAREPOINT.has(n));
  // Compound names (StartDate, RepeatPattern) are never ordinary words: any quoted use is an offence. One-word names
  // (Forum, Priority) are also English words, so they count only where SharePoint would read them: with an `Id`
  // suffix, in a `Field/Sub` path, or inside select/expand/filter/orderBy.
  const compound = names.filter(n => /^[A-Z][a-z0-9]+[A-Z]/.test(n));
  const single = names.filter(n => !compound.includes(n));
  // eslint-disable-next-line @rushstack/security/no-unsafe-regexp -- built from the schema's own ASCII names
  const compoundPattern = new RegExp(`['"\`/](${compound.join('|')})(Id)?['"\`/,]`);
  // eslint-disable-next-line @rushstack/security/no-unsafe-regexp -- built from the schema's own ASCII names
  const singlePattern = new RegExp(`['"\`](${single.join('|')})(Id['"\`]|/\\w)|(select|expand|filter|orderBy)\\([^)]*['"\`](${single.join('|')})['"\` ]`);
  const pattern = { test: (line: string): boolean => compoundPattern.test(line) || singlePattern.test(line) };
  const offenders: string[] = [];
  for (const file of [...sourceFiles(path.join(root, 'src')), ...sourceFiles(path.join(root, 'localsite'))]) {
    if (file.includes(`${path.sep}src${path.sep}schema${path.sep}`)) continue;
    fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      // Prose in comments may name a column; code may not.
      if (/^\s*(\*|\/\*|\/\/)/.test(line)) return;
      if (pattern.test(line)) offenders.push(`${path.relative(root, file)}:${i + 1}: ${line.trim()}`);
    });
  }
  expect(offenders).toEqual([]);
});
