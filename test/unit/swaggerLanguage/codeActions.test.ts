// Code actions in a swagger: the quick fixes the swagger rules attach to their findings, and the fix-all source
// action; the document after applying one is written in full.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-json-languageservice';
import { SWAGGER_FIX_ALL_TITLE, swaggerCodeActions, validateSwaggerText } from '../../../server/src/engine';
import { caret, doc, SETTINGS, SWAGGER_URI } from '../../support/engine';

const OPTIONS = { settings: SETTINGS, profile: 'custom' as const };

/** The actions at the caret, given the findings that touch it (as an editor sends them). */
async function actionsAt(textWithCaret: string, only?: string[]): Promise<{ document: TextDocument; actions: CodeAction[] }> {
  const { text, offset } = caret(textWithCaret);
  const document = doc(text, SWAGGER_URI, 'json');
  const all = validateSwaggerText(SWAGGER_URI, text, OPTIONS).diagnostics;
  const touching = all.filter(d => document.offsetAt(d.range.start) <= offset && offset <= document.offsetAt(d.range.end));
  const position = document.positionAt(offset);
  return { document, actions: await swaggerCodeActions(document, { start: position, end: position }, { diagnostics: touching, only }, OPTIONS) };
}

function apply(document: TextDocument, action: CodeAction): string {
  const edits = action.edit?.changes?.[document.uri];
  assert.ok(edits?.length, `"${action.title}" has no edit`);
  return TextDocument.applyEdits(document, edits);
}

const SWAGGER = `{
  "swagger": "2.0",
  "paths": {
    "/items/{id}": {
      "get": {
        "operationId": "GetItem",
        "x-ms-visibilty": "important",
        "parameters": [
          {
            "name": "i|d",
            "in": "path",
            "required": true,
            "type": "string"
          }
        ],
        "responses": { "200": { "description": "OK" } }
      }
    }
  }
}`;

describe('swagger code actions', () => {
  it('a quick fix from the finding\'s fix data, applied as a minimal edit in the file\'s indentation', async () => {
    const { document, actions } = await actionsAt(SWAGGER);
    assert.deepEqual(actions.map(a => [a.title, a.kind, a.isPreferred, a.diagnostics?.map(d => d.code)]), [
      ['Add "x-ms-url-encoding": "single"', 'quickfix', true, ['path-parameter-missing-encoding']],
    ]);
    assert.equal(apply(document, actions[0]), SWAGGER.replace('|', '').replace(`"type": "string"
          }`, `"type": "string",
            "x-ms-url-encoding": "single"
          }`));
  });

  it('the rename of a misspelled extension', async () => {
    const { document, actions } = await actionsAt(SWAGGER.replace('i|d', 'id').replace('x-ms-visibilty', 'x-ms-visi|bilty'));
    assert.deepEqual(actions.map(a => a.title), ['Rename to "x-ms-visibility"']);
    assert.equal(apply(document, actions[0]), SWAGGER.replace('i|d', 'id').replace('x-ms-visibilty', 'x-ms-visibility'));
  });

  it('fix-all applies every safe fix in one edit, only when asked for', async () => {
    const { document, actions } = await actionsAt(SWAGGER, ['source.fixAll']);
    assert.deepEqual(actions.map(a => [a.title, a.kind]), [[SWAGGER_FIX_ALL_TITLE, 'source.fixAll.ppConnector']]);
    const fixed = apply(document, actions[0]);
    assert.equal(fixed, SWAGGER.replace('|', '').replace('x-ms-visibilty', 'x-ms-visibility').replace(`"type": "string"
          }`, `"type": "string",
            "x-ms-url-encoding": "single"
          }`));
    assert.deepEqual((await actionsAt(fixed.replace('"id"', '"i|d"'), ['source.fixAll'])).actions, [], 'a second fix-all has nothing to do');
    assert.ok(!(await actionsAt(SWAGGER)).actions.some(a => a.kind === 'source.fixAll.ppConnector'), 'not offered when only quick fixes are asked for');
    assert.deepEqual((await actionsAt(SWAGGER, ['refactor'])).actions, []);
  });

  it('withholds a fix whose anchor is no longer in the text, and ignores diagnostics of other sources', async () => {
    const { text, offset } = caret(SWAGGER);
    const stale = validateSwaggerText(SWAGGER_URI, text, OPTIONS).diagnostics.filter(d => d.code === 'extension-name-misspelled');
    const edited = doc(text.replace('"x-ms-visibilty"', '"x-ms-visibilit"'), SWAGGER_URI, 'json');
    const position = edited.positionAt(offset);
    assert.deepEqual(await swaggerCodeActions(edited, { start: position, end: position }, { diagnostics: stale }, OPTIONS), []);
    const foreign = stale.map(d => ({ ...d, source: 'json' }));
    assert.deepEqual(await swaggerCodeActions(doc(text, SWAGGER_URI, 'json'), { start: position, end: position }, { diagnostics: foreign }, OPTIONS), []);
  });

  it('not valid JSON: no fix-all, and no exception', async () => {
    const document = doc('{ "paths": { "/a/{id}": ', SWAGGER_URI, 'json');
    assert.deepEqual(await swaggerCodeActions(document, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { diagnostics: [], only: ['source.fixAll'] }, OPTIONS), []);
  });
});
