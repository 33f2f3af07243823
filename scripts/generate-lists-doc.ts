/**
 * Writes docs/lists.md from src/schema (`npm run docs:lists`). A unit test fails when the committed file is stale.
 */
import * as fs from 'fs';
import * as path from 'path';
import { renderListsMarkdown } from '../src/schema/docs';

const target = path.join(__dirname, '..', 'docs', 'lists.md');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, renderListsMarkdown());
console.log(`Skrev ${path.relative(process.cwd(), target)}`);
