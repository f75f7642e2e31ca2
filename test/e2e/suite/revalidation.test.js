'use strict';
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

const codeOf = (d) => (typeof d.code === 'object' && d.code ? d.code.value : d.code);

suite('revalidation', () => {
  teardown(async () => {
    await vscode.workspace.getConfiguration('ppConnector').update('rules', undefined, vscode.ConfigurationTarget.Global);
    await h.revertAndCloseAll();
  });

  test('a settings change re-validates open documents and keeps every diagnostic code stable', async () => {
    const { doc } = await h.openFixture('broken/apiProperties.json');
    const byRange = (list, range) => list.find((d) => h.rangeText(d.range) === range);
    const first = await h.waitForDiagnostics(doc.uri,
      (l) => byRange(l, '16:38-16:39') && l.some((d) => codeOf(d) === 'swagger-unavailable'),
      'the first validation (trailing comma + no swagger)');
    const codesBefore = first.map((d) => `${h.rangeText(d.range)} ${codeOf(d)}`).sort();
    assert.strictEqual(codeOf(byRange(first, '16:38-16:39')), 'strict-json');

    // Turning one rule off re-validates the same document version: only that rule's finding may go away.
    await vscode.workspace.getConfiguration('ppConnector').update('rules', { 'swagger-unavailable': 'off' }, vscode.ConfigurationTarget.Global);
    const second = await h.waitForDiagnostics(doc.uri, (l) => !l.some((d) => codeOf(d) === 'swagger-unavailable'),
      'the swagger-unavailable finding to be switched off');
    const codesAfter = second.map((d) => `${h.rangeText(d.range)} ${codeOf(d)}`).sort();
    assert.deepStrictEqual(codesAfter, codesBefore.filter((c) => !c.endsWith(' swagger-unavailable')));
  });
});
