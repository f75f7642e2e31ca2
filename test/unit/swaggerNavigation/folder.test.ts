// Which files of a connector folder belong together, from each of them (in-memory file system).
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../../server/src/engine';
import { locateConnectorFiles } from '../../../server/src/engine/swaggerNavigation';

const D = 'file:///w/contoso';

describe('connector folder files', () => {
  const fs = new MemoryFileSystem()
    .set(`${D}/apiProperties.json`, '{}')
    .set(`${D}/ApiDefinition.Swagger.json`, '{}')
    .set(`${D}/script.csx`, '')
    .set(`${D}/settings.json`, '{}');

  it('from each file, the other two (any casing of the names)', async () => {
    const all = { apiProperties: `${D}/apiProperties.json`, swagger: `${D}/ApiDefinition.Swagger.json`, script: `${D}/script.csx` };
    assert.deepEqual(await locateConnectorFiles(fs, 'swagger', all.swagger), all);
    assert.deepEqual(await locateConnectorFiles(fs, 'apiProperties', all.apiProperties), all);
    assert.deepEqual(await locateConnectorFiles(fs, 'script', all.script), all);
  });

  it('a swagger the apiProperties.json does not pair with gets no apiProperties', async () => {
    const other = new MemoryFileSystem().set(`${D}/apiProperties.json`, '{}').set(`${D}/apiDefinition.swagger.json`, '{}').set(`${D}/old.swagger.json`, '{}');
    assert.deepEqual(await locateConnectorFiles(other, 'swagger', `${D}/old.swagger.json`), { swagger: `${D}/old.swagger.json`, apiProperties: undefined, script: undefined });
  });

  it('the corpus layout pairs by prefix; a folder without apiProperties.json still finds the swagger from the script', async () => {
    const corpus = new MemoryFileSystem().set('file:///c/a.apiProperties.json', '{}').set('file:///c/a.apiDefinition.swagger.json', '{}').set('file:///c/a.script.csx', '')
      .set('file:///c/b.apiProperties.json', '{}').set('file:///c/b.apiDefinition.swagger.json', '{}');
    assert.deepEqual(await locateConnectorFiles(corpus, 'swagger', 'file:///c/b.apiDefinition.swagger.json'), { swagger: 'file:///c/b.apiDefinition.swagger.json', apiProperties: 'file:///c/b.apiProperties.json', script: undefined });
    assert.deepEqual(await locateConnectorFiles(corpus, 'script', 'file:///c/a.script.csx'), { script: 'file:///c/a.script.csx', apiProperties: 'file:///c/a.apiProperties.json', swagger: 'file:///c/a.apiDefinition.swagger.json' });
    const bare = new MemoryFileSystem().set(`${D}/apiDefinition.swagger.json`, '{}').set(`${D}/Code.csx`, '');
    assert.deepEqual(await locateConnectorFiles(bare, 'script', `${D}/Code.csx`), { script: `${D}/Code.csx`, apiProperties: undefined, swagger: `${D}/apiDefinition.swagger.json` });
    assert.deepEqual(await locateConnectorFiles(bare, 'swagger', `${D}/apiDefinition.swagger.json`), { swagger: `${D}/apiDefinition.swagger.json`, apiProperties: undefined, script: `${D}/Code.csx` });
  });
});
