// Shaping results for the client's declared capabilities: each conversion on its own, and "VS Code's capabilities
// change nothing" (the same objects come back).
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol } from 'vscode-languageserver';
import { clientFeatures } from '../../../server/src/lsp/clientFeatures';
import { codeActionsForClient, completionsForClient, diagnosticsForClient, hoverForClient, serverCommands, symbolsForClient } from '../../../server/src/lsp/forClient';
import { vscodeLikeCapabilities } from '../../support/lspClient';

const NONE = clientFeatures({});
const RICH = clientFeatures(vscodeLikeCapabilities(true));
const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 5 } });

describe('completionsForClient', () => {
  const item: CompletionItem = {
    label: 'uiDefinition',
    insertTextFormat: 2,
    textEdit: { newText: '"uiDefinition": {$1}', insert: range(1), replace: range(2) },
    labelDetails: { detail: ' object', description: 'set key' },
    detail: 'uiDefinition',
    documentation: { kind: 'markdown', value: 'The **dialog** for `this` set' },
  };

  it('gives a minimal client plain text, a TextEdit, details in `detail` and plain documentation', () => {
    const [plain] = completionsForClient({ isIncomplete: false, items: [item] }, NONE)!.items;
    assert.deepEqual(plain, {
      label: 'uiDefinition', insertTextFormat: 1, textEdit: { newText: '"uiDefinition": {}', range: range(2) },
      detail: 'uiDefinition object set key', documentation: 'The dialog for this set',
    });
  });

  it('changes nothing for VS Code', () => {
    assert.deepEqual(completionsForClient({ isIncomplete: false, items: [item] }, RICH)!.items, [item]);
  });
});

describe('hoverForClient', () => {
  it('turns markdown and marked strings into one plain-text value', () => {
    const hover = { contents: ['**GET** `/items`', { language: 'json', value: '{ "a": 1 }' }], range: range(0) };
    assert.deepEqual(hoverForClient(hover, NONE), { contents: { kind: 'plaintext', value: 'GET /items\n\n{ "a": 1 }' }, range: range(0) });
    assert.equal(hoverForClient(hover, RICH), hover);
  });
});

describe('symbolsForClient', () => {
  const tree: DocumentSymbol[] = [{
    name: 'Authentication', kind: 3, range: range(0), selectionRange: range(0),
    children: [{ name: 'Set 1', kind: 5, range: range(1), selectionRange: range(1), children: [{ name: 'token', kind: 8, range: range(2), selectionRange: range(2) }] }],
  }];
  it('flattens for a client without hierarchical symbols, naming each container', () => {
    assert.deepEqual(symbolsForClient('file:///a/apiProperties.json', tree, NONE), [
      { name: 'Authentication', kind: 3, location: { uri: 'file:///a/apiProperties.json', range: range(0) } },
      { name: 'Set 1', kind: 5, location: { uri: 'file:///a/apiProperties.json', range: range(1) }, containerName: 'Authentication' },
      { name: 'token', kind: 8, location: { uri: 'file:///a/apiProperties.json', range: range(2) }, containerName: 'Set 1' },
    ]);
    assert.equal(symbolsForClient('file:///a/apiProperties.json', tree, RICH), tree);
  });
});

describe('diagnosticsForClient', () => {
  const d: Diagnostic = {
    range: range(0), message: 'm', code: 'x', source: 'pp-connector', codeDescription: { href: 'file:///docs/x.md' }, tags: [1],
    relatedInformation: [{ location: { uri: 'file:///b', range: range(1) }, message: 'here' }], data: { ruleId: 'x' },
  };
  it('strips what the client did not declare, keeps `data` (quick fixes need it back)', () => {
    assert.deepEqual(diagnosticsForClient([d], NONE), [{ range: range(0), message: 'm', code: 'x', source: 'pp-connector', data: { ruleId: 'x' } }]);
    assert.deepEqual(diagnosticsForClient([d], RICH), [d]);
  });
});

describe('codeActionsForClient', () => {
  const edit = { changes: { 'file:///a': [{ range: range(0), newText: 'x' }] } };
  const actions: CodeAction[] = [
    { title: 'Fix', kind: 'quickfix', edit },
    { title: 'Add', kind: 'refactor.insert', command: { title: 'Add', command: 'client.add', arguments: [1] } },
  ];
  const doc = { uri: 'file:///a', version: 7 };
  it('sends literals to a client that takes them', () => {
    assert.equal(codeActionsForClient(actions, doc, RICH), actions);
    assert.deepEqual(serverCommands(RICH), []);
  });
  it('sends commands through the server apply command to a client that applies edits', () => {
    const applying = clientFeatures({ workspace: { applyEdit: true } });
    assert.deepEqual(codeActionsForClient(actions, doc, applying), [
      { title: 'Fix', command: 'ppConnector.applyCodeAction', arguments: [{ uri: 'file:///a', version: 7, title: 'Fix', edit }] },
      { title: 'Add', command: 'client.add', arguments: [1] },
    ]);
    assert.deepEqual(serverCommands(applying), ['ppConnector.applyCodeAction']);
  });
  it('sends no edit at all to a client that applies none', () => {
    assert.deepEqual(codeActionsForClient(actions, doc, NONE), [{ title: 'Add', command: 'client.add', arguments: [1] }]);
    assert.deepEqual(serverCommands(NONE), []);
  });
});
