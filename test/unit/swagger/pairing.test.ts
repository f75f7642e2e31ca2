import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findSwagger } from '../../../server/src/engine/swagger/pairing';
import { MemoryFileSystem } from '../../../server/src/engine/swagger/fileSystem';
import { SwaggerStore } from '../../../server/src/engine/swagger/store';
import { nodeFileSystem, swaggerContextForPath } from '../../../server/src/node/nodeFileSystem';
import { fixture, fixtureUri } from './helpers';

const pair = (folder: string, file = 'apiProperties.json') => findSwagger(nodeFileSystem, fixtureUri(folder, file));

test('pairs the sibling apiDefinition.swagger.json', async () => {
  const p = await pair('paired');
  assert.equal(p.kind, 'sibling');
  assert.equal(p.swaggerUri, fixtureUri('paired', 'apiDefinition.swagger.json'));
});

test('pairs the sibling whatever its casing', async () => {
  const p = await pair('casing');
  assert.equal(p.kind, 'sibling');
  assert.equal(p.swaggerUri, fixtureUri('casing', 'ApiDefinition.Swagger.json'));
});

test('pairs the file a paconn settings.json names', async () => {
  const p = await pair('settings');
  assert.equal(p.kind, 'settings');
  assert.equal(p.swaggerUri, fixtureUri('settings', 'definitions', 'contoso.swagger.json'));
});

test('pairs the only *.swagger.json in the folder', async () => {
  const p = await pair('single');
  assert.equal(p.kind, 'single');
  assert.equal(p.swaggerUri, fixtureUri('single', 'contoso.swagger.json'));
});

test('pairs the corpus naming <prefix>.apiProperties.json -> <prefix>.apiDefinition.swagger.json', async () => {
  const p = await pair('corpus', 'contoso__Widgets.apiProperties.json');
  assert.equal(p.kind, 'corpus');
  assert.equal(p.swaggerUri, fixtureUri('corpus', 'contoso__Widgets.apiDefinition.swagger.json'));
});

test('no swagger, or several without an apiDefinition.swagger.json: nothing paired, with the reason', async () => {
  assert.deepEqual(await pair('missing'), { problem: 'no apiDefinition.swagger.json in the folder', dependsOn: [fixtureUri('missing', 'settings.json')] });
  const several = await pair('several');
  assert.equal(several.swaggerUri, undefined);
  assert.equal(several.problem, '2 *.swagger.json files in the folder and none is named apiDefinition.swagger.json');
});

test('settings.json naming a file that does not exist says so', async () => {
  const fs = new MemoryFileSystem()
    .set('file:///c/apiProperties.json', '{}')
    .set('file:///c/settings.json', '{ "apiDefinition": "gone.swagger.json" }');
  const p = await findSwagger(fs, 'file:///c/apiProperties.json');
  assert.equal(p.swaggerUri, undefined);
  assert.equal(p.problem, 'settings.json names "gone.swagger.json" as apiDefinition, but that file does not exist');
});

test('store: statuses for paired, missing, invalid, a folder and a too-large swagger', async () => {
  const paired = await swaggerContextForPath(fixture('paired', 'apiProperties.json'));
  assert.equal(paired.status, 'paired');
  assert.deepEqual([...paired.operations.keys()], ['ListWidgets', 'CreateWidget', 'GetWidget', 'DeleteWidget']);
  assert.equal(paired.pairedBy, 'sibling');

  const missing = await swaggerContextForPath(fixture('missing', 'apiProperties.json'));
  assert.deepEqual({ status: missing.status, problem: missing.problem, uri: missing.uri }, { status: 'missing', problem: 'no apiDefinition.swagger.json in the folder', uri: '' });

  const invalid = await swaggerContextForPath(fixture('invalid', 'apiProperties.json'));
  assert.equal(invalid.status, 'invalid');
  assert.equal(invalid.problem, 'the swagger is not valid JSON (CloseBraceExpected at line 8, column 1)');

  const dir = await swaggerContextForPath(fixture('directory', 'apiProperties.json'));
  assert.deepEqual({ status: dir.status, problem: dir.problem }, { status: 'unreadable', problem: 'the swagger path is a folder, not a file' });

  const tiny = new SwaggerStore(nodeFileSystem, { maxBytes: 100 });
  const big = await swaggerContextForPath(fixture('paired', 'apiProperties.json'), tiny);
  assert.deepEqual({ status: big.status, problem: big.problem }, { status: 'unreadable', problem: 'the swagger is too large to check (0 MB)' });
});

test('store: an unreadable file is a status, not an exception', async () => {
  const fs = new MemoryFileSystem().set('file:///c/apiProperties.json', '{}').set('file:///c/apiDefinition.swagger.json', '{}');
  fs.readFile = async () => { throw new Error('EACCES: permission denied'); };
  const c = await new SwaggerStore(fs).contextFor('file:///c/apiProperties.json');
  assert.deepEqual({ status: c.status, problem: c.problem }, { status: 'unreadable', problem: 'the swagger could not be read (EACCES: permission denied)' });
});

test('store: an open buffer wins over disk, and each version is parsed once', async () => {
  const fs = new MemoryFileSystem()
    .set('file:///c/apiProperties.json', '{}')
    .set('file:///c/apiDefinition.swagger.json', '{"paths":{"/a":{"get":{"operationId":"OnDisk"}}}}');
  const store = new SwaggerStore(fs);
  assert.deepEqual([...(await store.contextFor('file:///c/apiProperties.json')).operations.keys()], ['OnDisk']);
  await store.contextFor('file:///c/apiProperties.json');
  assert.equal(store.parseCount, 1);

  store.openBuffer('file:///c/apiDefinition.swagger.json', '{"paths":{"/a":{"get":{"operationId":"Unsaved"}}}}', 3);
  assert.deepEqual([...(await store.contextFor('file:///c/apiProperties.json')).operations.keys()], ['Unsaved']);
  await store.contextFor('file:///c/apiProperties.json');
  assert.equal(store.parseCount, 2);

  store.closeBuffer('file:///c/apiDefinition.swagger.json');
  assert.deepEqual([...(await store.contextFor('file:///c/apiProperties.json')).operations.keys()], ['OnDisk']);
});

test('store: an open, never-saved swagger pairs too', async () => {
  const fs = new MemoryFileSystem().set('file:///c/apiProperties.json', '{}');
  const store = new SwaggerStore(fs);
  assert.equal((await store.contextFor('file:///c/apiProperties.json')).status, 'missing');
  store.openBuffer('file:///c/apiDefinition.swagger.json', '{"paths":{}}', 1);
  const c = await store.contextFor('file:///c/apiProperties.json');
  assert.deepEqual({ status: c.status, uri: c.uri }, { status: 'paired', uri: 'file:///c/apiDefinition.swagger.json' });
});

test('store: affectedBy names the apiProperties files in the changed file\'s folder or paired with it', async () => {
  const fs = new MemoryFileSystem()
    .set('file:///a/apiProperties.json', '{}')
    .set('file:///a/settings.json', '{"apiDefinition": "../shared/x.swagger.json"}')
    .set('file:///shared/x.swagger.json', '{}')
    .set('file:///b/apiProperties.json', '{}');
  const store = new SwaggerStore(fs);
  await store.contextFor('file:///a/apiProperties.json');
  await store.contextFor('file:///b/apiProperties.json');
  const open = ['file:///a/apiProperties.json', 'file:///b/apiProperties.json'];
  assert.deepEqual(store.affectedBy('file:///shared/x.swagger.json', open), ['file:///a/apiProperties.json']);
  assert.deepEqual(store.affectedBy('file:///b/new.swagger.json', open), ['file:///b/apiProperties.json']);
  assert.deepEqual(store.affectedBy('file:///elsewhere/y.swagger.json', open), []);
});
