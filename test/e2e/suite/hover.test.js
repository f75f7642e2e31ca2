'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const h = require('./helpers');

/** The first paragraph of a schema description: what a hover must show for that key. */
function schemaDoc(pointer) {
  const schema = JSON.parse(fs.readFileSync(path.join(h.REPO_ROOT, 'schemas', 'apiProperties.schema.json'), 'utf8'));
  const node = pointer.split('/').filter(Boolean).reduce((o, k) => o[k], schema);
  return (node.markdownDescription || node.description).split('\n\n')[0];
}

function hoverMarkdown(hovers) {
  return hovers.flatMap((hover) => hover.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

async function hoverAtKey(doc, key) {
  const offset = doc.getText().indexOf(`"${key}"`);
  assert.ok(offset >= 0, `fixture contains "${key}"`);
  const position = doc.positionAt(offset + 2); // inside the key, past the quote
  let text = '';
  await h.waitFor(async () => {
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, position);
    text = hoverMarkdown(hovers);
    return text.length > 0;
  }, { what: `a hover on "${key}"`, describe: () => JSON.stringify(text) });
  return text;
}

suite('hover', () => {
  teardown(h.revertAndCloseAll);

  test('hover on identityProvider shows its documentation', async () => {
    const { doc } = await h.openFixture('multi-auth/apiProperties.json');
    const text = await hoverAtKey(doc, 'identityProvider');
    const expected = schemaDoc('definitions/oAuthSettings/properties/identityProvider');
    assert.ok(expected.includes('oauth2generic'), 'the schema documents the provider ids: ' + expected);
    assert.ok(text.includes(expected), `hover:\n${text}\nexpected to contain:\n${expected}`);
  });

  test('hover on connectionParameterSets shows its documentation', async () => {
    const { doc } = await h.openFixture('multi-auth/apiProperties.json');
    const text = await hoverAtKey(doc, 'connectionParameterSets');
    assert.match(text, /Multi-auth/);
    const expected = schemaDoc('definitions/apiProperties/properties/connectionParameterSets');
    assert.ok(text.includes(expected), `hover:\n${text}\nexpected to contain:\n${expected}`);
  });
});
