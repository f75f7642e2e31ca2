// The per-document Analysis the service caches: one parse per version, the model built on first use, and an object
// V8 keeps in fast mode. (An object literal with its own `get model()` is a dictionary-mode object that V8 allocates
// in the old generation; it then kept each file's young parse tree alive through the minor collections, and a pass
// over the corpus promoted every tree: see README, Performance.)
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, AnalysisCache } from '../../server/src/engine/document';
import { createJsonService } from '../../server/src/engine/jsonService';

const TEXT = '{ "properties": { "connectionParameters": { "api_key": { "type": "securestring" } } } }';

function hasFastProperties(value: object): boolean {
  v8.setFlagsFromString('--allow-natives-syntax');
  return (new Function('o', 'return %HasFastProperties(o)') as (o: object) => boolean)(value);
}

test('an analysis is a fast-mode object whose model is built once, on first use', () => {
  const service = createJsonService();
  const a = analyze(service, TextDocument.create('file:///a/apiProperties.json', 'apiproperties', 3, TEXT));
  const b = analyze(service, TextDocument.create('file:///b/apiProperties.json', 'apiproperties', 1, '\ufeff' + TEXT));
  assert.ok(hasFastProperties(a) && hasFastProperties(b), 'dictionary-mode analysis object');
  assert.deepEqual({ uri: a.uri, version: a.version, hasBom: a.hasBom, level: a.limits.level }, { uri: 'file:///a/apiProperties.json', version: 3, hasBom: false, level: 'full' });
  assert.equal(b.hasBom, true);
  assert.equal(b.parseDocument.getText(), ' ' + TEXT, 'the BOM replaced by a space for the parser, offsets kept');
  const model = a.model;
  assert.equal(a.model, model, 'built once');
  assert.deepEqual(model.connectionParameters?.parameters.map(p => [p.name, p.type]), [['api_key', 'securestring']]);
  assert.deepEqual(b.model.connectionParameters?.parameters.map(p => p.name), ['api_key']);
});

test('the cache gives the same analysis for the same document version and a new one after a change or forget', () => {
  const cache = new AnalysisCache(createJsonService());
  const doc = TextDocument.create('file:///a/apiProperties.json', 'apiproperties', 1, TEXT);
  const first = cache.get(doc);
  assert.equal(cache.get(doc), first);
  const changed = TextDocument.create(doc.uri, 'apiproperties', 2, TEXT.replace('api_key', 'key'));
  assert.notEqual(cache.get(changed), first);
  cache.delete(doc.uri);
  assert.equal(cache.size, 0);
});
