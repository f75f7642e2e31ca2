// `@connectionParameters('name')` is read by one scanner (model.ts): the model's references (rules, rename, find
// references) take the closed ones; go-to-definition also follows a name still being typed. Both agree on offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConnectorService } from '../../../server/src/engine';
import { scanConnectionParameterReferences } from '../../../server/src/engine/model';

test('the scanner: name, offset of the name, closed or not', () => {
  assert.deepEqual(scanConnectionParameterReferences(`"https://@connectionParameters('host')/x"`), [{ name: 'host', start: 32, closed: true }]);
  assert.deepEqual(scanConnectionParameterReferences(`"@connectionParameters( 'a')@connectionParameters('b')"`),
    [{ name: 'a', start: 25, closed: true }, { name: 'b', start: 51, closed: true }]);
  assert.deepEqual(scanConnectionParameterReferences(`"@connectionParameters('ho"`), [{ name: 'ho"', start: 24, closed: false }]);
  assert.deepEqual(scanConnectionParameterReferences(`"@connectionParameters(host)"`), []);
  assert.deepEqual(scanConnectionParameterReferences(`"no reference"`), []);
});

test('the model references and go-to-definition use the same name and range', () => {
  const text = JSON.stringify({
    properties: {
      connectionParameters: { host: { type: 'string' } },
      policyTemplateInstances: [{ templateId: 'dynamichosturl', parameters: { 'x-ms-apimTemplateParameter.urlTemplate': "https://@connectionParameters('host')/api" } }],
    },
  }, null, 2);
  const document = TextDocument.create('file:///x/apiProperties.json', 'apiproperties', 1, text);
  const service = new ConnectorService();
  const refs = service.analyze(document).model.references;
  assert.deepEqual(refs.map(r => [r.name, text.substr(r.offset, r.length)]), [['host', 'host']]);
  const defs = service.definition(document, document.positionAt(refs[0].offset + 1));
  assert.equal(defs.length, 1);
  assert.equal(document.offsetAt(defs[0].range.start), text.indexOf('"host"'));
});
