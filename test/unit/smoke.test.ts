import { spfi } from '@pnp/sp';
import '@pnp/sp/webs';
import { LISTS } from '../../src/schema';

test('pnp loads and schema has six lists', () => {
  expect(typeof spfi).toBe('function');
  expect(LISTS).toHaveLength(6);
});
