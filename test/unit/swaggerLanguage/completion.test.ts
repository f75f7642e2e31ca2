// Completion in a swagger, in the vscode-json-languageservice style: a document with a `|` caret, the proposals and
// the document after accepting one, written in full.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, TextEdit } from 'vscode-json-languageservice';
import { swaggerCompletion } from '../../../server/src/engine';
import { caret, doc, expandSnippet, SWAGGER_URI } from '../../support/engine';

function complete(textWithCaret: string): { items: CompletionItem[]; document: TextDocument } {
  const { text, offset } = caret(textWithCaret);
  const document = doc(text, SWAGGER_URI, 'json');
  return { items: swaggerCompletion(document, document.positionAt(offset))?.items ?? [], document };
}

const labels = (textWithCaret: string) => complete(textWithCaret).items.map(i => i.label);

function accept(textWithCaret: string, label: string): string {
  const { items, document } = complete(textWithCaret);
  const item = items.find(i => i.label === label);
  assert.ok(item, `no "${label}" in ${items.map(i => i.label).join(', ')}`);
  const edit = item.textEdit as TextEdit;
  return TextDocument.applyEdits(document, [{ range: edit.range, newText: expandSnippet(edit.newText) }]);
}

const OPERATION = `{
  "swagger": "2.0",
  "paths": {
    "/items/{id}": {
      "get": {
        "operationId": "GetItem",
        |
        "responses": {}
      }
    }
  }
}`;

describe('swagger completion: x-ms-* keys by the object at the caret', () => {
  it('in an operation', () => {
    assert.deepEqual(labels(OPERATION), [
      'x-ms-visibility', 'x-ms-api-annotation', 'x-ms-operation-context', 'x-ms-capabilities', 'x-ms-trigger', 'x-ms-trigger-hint',
      'x-ms-pageable', 'x-ms-no-generic-test', 'x-ms-trigger-metadata', 'x-ms-openai-data',
    ]);
  });

  it('in a parameter, without the keys it already has', () => {
    assert.deepEqual(labels(`{ "paths": { "/a/{id}": { "get": { "parameters": [ { "name": "id", "in": "path", "x-ms-summary": "Id", | } ] } } } }`), [
      'x-ms-visibility', 'x-ms-notification-url', 'x-ms-url-encoding', 'x-ms-dynamic-values', 'x-ms-dynamic-list', 'x-ms-dynamic-schema',
      'x-ms-dynamic-properties', 'x-ms-enum-values', 'x-ms-dynamic-tree', 'x-ms-editor-options', 'x-ms-test-value',
    ]);
  });

  it('in a schema (a property of a definition), a path item and the root', () => {
    const schema = ['x-ms-summary', 'x-ms-visibility', 'x-ms-notification-url', 'x-ms-dynamic-values', 'x-ms-dynamic-list', 'x-ms-dynamic-schema',
      'x-ms-dynamic-properties', 'x-ms-enum-values', 'x-ms-dynamic-tree', 'x-ms-editor', 'x-ms-editor-options', 'x-ms-test-value'];
    assert.deepEqual(labels(`{ "definitions": { "Item": { "properties": { "name": { "type": "string", | } } } } }`), schema);
    assert.deepEqual(labels(`{ "paths": { "/a": { "post": { "parameters": [ { "in": "body", "schema": { | } } ] } } } }`), schema);
    assert.deepEqual(labels(`{ "paths": { "/hook": { | } } }`), ['x-ms-notification-content']);
    assert.deepEqual(labels(`{ "swagger": "2.0", | }`), ['x-ms-capabilities', 'x-ms-connector-metadata', 'x-ms-openai-manifest']);
  });

  it('nothing where keys are names chosen by the author, or in example payloads', () => {
    assert.deepEqual(labels(`{ "definitions": { "Item": { "properties": { | } } } }`), []);
    assert.deepEqual(labels(`{ "paths": { | } }`), []);
    assert.deepEqual(labels(`{ "paths": { "/a": { "get": { "responses": { "200": { "examples": { "application/json": { | } } } } } } } }`), []);
    assert.deepEqual(labels(`{ "info": { "contact": { | } } }`), []);
    assert.deepEqual(labels(`{ "paths": { "/a": { "get": { "responses": { "200": { "headers": { "X-Rate": { | } } } } } } } }`), [], 'a header: hover only');
  });

  it('inserts the key with a choice of its values, and a comma before the next key', () => {
    assert.equal(accept(OPERATION, 'x-ms-visibility'), OPERATION.replace('|', '"x-ms-visibility": "important",'));
    const { items } = complete(OPERATION);
    assert.equal((items.find(i => i.label === 'x-ms-visibility')!.textEdit as TextEdit).newText, '"x-ms-visibility": "${1|important,advanced,internal|}",');
    assert.equal(items[0].insertTextFormat, 2);
    assert.equal((items[0].documentation as { kind: string }).kind, 'markdown');
  });

  it('replaces a partly typed key (quotes included), keeping an existing value', () => {
    assert.equal(accept(`{ "paths": { "/a": { "get": { "x-ms-vis|" } } } }`, 'x-ms-visibility'), `{ "paths": { "/a": { "get": { "x-ms-visibility": "important" } } } }`);
    assert.equal(accept(`{ "paths": { "/a": { "get": { "x-ms-tri|": "batch" } } } }`, 'x-ms-trigger'), `{ "paths": { "/a": { "get": { "x-ms-trigger": "batch" } } } }`);
    assert.equal(complete(`{ "paths": { "/a": { "get": { "x-ms-vis|" } } } }`).items[0].filterText, '"x-ms-visibility"');
  });

  it('an object-valued extension arrives as its skeleton, indented like the file', () => {
    const text = `{
    "paths": {
        "/a": {
            "get": {
                "parameters": [
                    {
                        "name": "list",
                        |
                    }
                ]
            }
        }
    }
}`;
    assert.equal(accept(text, 'x-ms-dynamic-values'), text.replace('|', `"x-ms-dynamic-values": {
                            "operationId": "",
                            "value-collection": "",
                            "value-path": "",
                            "value-title": ""
                        }`));
  });
});

describe('swagger completion: values and members', () => {
  it('the values of an enumerated extension, replacing the string at the caret', () => {
    const text = `{ "paths": { "/a": { "get": { "x-ms-visibility": "adv|" } } } }`;
    assert.deepEqual(labels(text), ['important', 'advanced', 'internal']);
    assert.equal(accept(text, 'internal'), `{ "paths": { "/a": { "get": { "x-ms-visibility": "internal" } } } }`);
  });

  it('a value where none is written yet (with the comma the next key needs)', () => {
    const text = `{ "paths": { "/a/{id}": { "get": { "parameters": [ { "x-ms-url-encoding": |
      "name": "id" } ] } } } }`;
    assert.deepEqual(labels(text), ['single', 'double']);
    assert.equal(accept(text, 'single'), text.replace('|', '"single",'));
    assert.deepEqual(labels(`{ "x-ms-capabilities": { "chunkTransfer": | } }`), ['true']);
    assert.deepEqual(labels(`{ "paths": { "/a": { "get": { "responses": { "200": { "headers": { "X-Rate": { "x-ms-visibility": "|" } } } } } } } }`), ['important', 'advanced', 'internal'], 'values wherever the extension is written');
  });

  it('the members of an extension\'s object, and of each item of an array extension', () => {
    assert.deepEqual(labels(`{ "paths": { "/a": { "get": { "parameters": [ { "x-ms-dynamic-values": { "operationId": "ListItems", | } } ] } } } }`),
      ['parameters', 'value-collection', 'value-path', 'value-title']);
    assert.deepEqual(labels(`{ "x-ms-connector-metadata": [ { | } ] }`), ['propertyName', 'propertyValue']);
    assert.deepEqual(labels(`{ "x-ms-capabilities": { "testConnection": { | } } }`), ['operationId', 'parameters']);
  });

  it('operationIds where an extension calls another operation', () => {
    const text = `{
  "paths": {
    "/items": { "get": { "operationId": "ListItems" }, "post": { "operationId": "CreateItem" } },
    "/items/{id}": { "get": { "operationId": "GetItem", "parameters": [ { "name": "id", "x-ms-dynamic-values": { "operationId": "|" } } ] } }
  }
}`;
    assert.deepEqual(labels(text), ['ListItems', 'CreateItem', 'GetItem']);
    assert.equal(accept(text, 'ListItems'), text.replace('"|"', '"ListItems"'));
    assert.deepEqual((complete(text).items[0].documentation as { value: string }).value, '`GET /items`');
  });

  it('nothing for a value with no fixed choices, or a property named like an extension', () => {
    assert.deepEqual(labels(`{ "paths": { "/a": { "get": { "x-ms-trigger-hint": "|" } } } }`), []);
    assert.deepEqual(labels(`{ "definitions": { "A": { "properties": { "x-ms-visibility": | } } } }`), []);
  });
});

describe('swagger completion: hostile input', () => {
  it('deep nesting, an empty document and a position past the end give no proposals and no exception', () => {
    assert.deepEqual(labels('['.repeat(100000) + '|'), []);
    assert.deepEqual(labels('{ "a": '.repeat(50000) + '|'), []);
    assert.deepEqual(labels('|'), []);
    const document = doc('{ "paths": {} }', SWAGGER_URI, 'json');
    assert.equal(swaggerCompletion(document, { line: 9, character: 99 }), null);
  });
});
