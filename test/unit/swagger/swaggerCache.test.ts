// The swagger parse cache is bounded by the size of the texts it holds, and the store drops swaggers that no open
// document pairs with any more (six 18.5 MB swaggers opened and closed used to stay parsed: about 1 GB).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../../server/src/engine/swagger/fileSystem';
import { SwaggerStore } from '../../../server/src/engine/swagger/store';
import { SwaggerParseCache } from '../../../server/src/engine/swagger/swaggerModel';

/** A swagger text of exactly `size` characters with one operation. */
function swaggerOf(size: number, id = 'GetX'): string {
  const head = JSON.stringify({ swagger: '2.0', paths: { '/x': { get: { operationId: id } } }, info: { description: '' } });
  return head.replace('"description":""', `"description":"${'x'.repeat(size - head.length)}"`);
}

test('the parse cache keeps at most its byte budget, least recently used out first', async () => {
  const cache = new SwaggerParseCache(1000);
  const get = (uri: string, size = 400) => cache.get(uri, 's1', () => swaggerOf(size));
  await get('a'); await get('b');
  assert.deepEqual([cache.size, cache.bytes], [2, 800]);
  await get('c'); // 1,200 > 1,000: the oldest (a) goes
  assert.deepEqual([cache.size, cache.bytes], [2, 800]);
  assert.equal(cache.peek('a', 's1'), undefined);
  await get('b'); // a hit makes b the most recent...
  assert.equal(cache.parses, 3);
  await get('d'); // ...so c goes next
  assert.equal(cache.peek('c', 's1'), undefined);
  assert.ok(cache.peek('b', 's1') && cache.peek('d', 's1'));
  // A single swagger over the budget is returned and held alone until the next one.
  const big = await get('big', 5000);
  assert.equal(big.operations.size, 1);
  assert.deepEqual([cache.size, cache.bytes], [1, 5000]);
  await get('e');
  assert.deepEqual([cache.size, cache.bytes], [1, 400]);
  // A new version replaces the old entry and its bytes.
  await cache.get('e', 's2', () => swaggerOf(300));
  assert.deepEqual([cache.size, cache.bytes], [1, 300]);
});

test('closing the documents drops the swaggers no open document pairs with', async () => {
  const fs = new MemoryFileSystem();
  for (const c of ['one', 'two']) {
    fs.set(`file:///w/${c}/apiProperties.json`, '{}').set(`file:///w/${c}/apiDefinition.swagger.json`, swaggerOf(1000));
  }
  fs.set('file:///w/two/other/apiProperties.json', '{}');
  const store = new SwaggerStore(fs);
  assert.equal((await store.contextFor('file:///w/one/apiProperties.json')).status, 'paired');
  await store.contextFor('file:///w/two/apiProperties.json');
  assert.deepEqual(store.cached, { count: 2, bytes: 2000 });
  store.forget('file:///w/one/apiProperties.json');
  assert.deepEqual(store.cached, { count: 1, bytes: 1000 });
  store.forget('file:///w/two/apiProperties.json');
  assert.deepEqual(store.cached, { count: 0, bytes: 0 });
  // Reopened, it is parsed again.
  const parses = store.parseCount;
  await store.contextFor('file:///w/two/apiProperties.json');
  assert.equal(store.parseCount, parses + 1);
});

test('a swagger two open documents share stays until the last one closes', async () => {
  const fs = new MemoryFileSystem()
    .set('file:///w/s/apiProperties.json', '{}')
    .set('file:///w/s/apiDefinition.swagger.json', swaggerOf(500))
    .set('file:///w/s/backup/apiProperties.json', '{}')
    .set('file:///w/s/backup/settings.json', JSON.stringify({ apiProperties: 'apiProperties.json', apiDefinition: '../apiDefinition.swagger.json' }));
  const store = new SwaggerStore(fs, { cacheBytes: 10_000 });
  assert.equal((await store.contextFor('file:///w/s/apiProperties.json')).status, 'paired');
  assert.equal((await store.contextFor('file:///w/s/backup/apiProperties.json')).uri, 'file:///w/s/apiDefinition.swagger.json');
  store.forget('file:///w/s/apiProperties.json');
  assert.equal(store.cached.count, 1);
  store.forget('file:///w/s/backup/apiProperties.json');
  assert.equal(store.cached.count, 0);
});
