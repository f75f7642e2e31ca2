// Edges of what a client may send, through the bundled server over real LSP stdio: positions past the end of a line
// or between "\r" and "\n", and document uris with a malformed percent-escape.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { LspTestClient } from '../support/lspClient';

interface Range { start: { line: number; character: number }; end: { line: number; character: number } }

describe('client input at the edges', () => {
  let client: LspTestClient;
  before(async () => { client = await LspTestClient.start(); });
  after(async () => { await client.stop(); });

  it('completion edits stay inside the line for a position past its end or between \\r and \\n', async () => {
    const uri = 'file:///projects/connectors/edges/apiProperties.json';
    const lines = ['{', '  "properties": {', '    "iconBrandColor": "#123456",', '    ', '  }', '}'];
    const text = lines.join('\r\n');
    await client.open(uri, text);
    // Line 3 is four spaces: character 5 is between its "\r" and "\n", 40 is far past its end.
    for (const character of [5, 40]) {
      const list = await client.request<{ items: { label: string; textEdit?: { range?: Range; insert?: Range; replace?: Range } }[] }>(
        'textDocument/completion', { textDocument: { uri }, position: { line: 3, character } });
      const edits = (list?.items ?? []).filter(i => i.textEdit);
      assert.ok(edits.length > 0, `completion items with edits at character ${character}`);
      for (const item of edits) {
        for (const r of [item.textEdit!.range, item.textEdit!.insert, item.textEdit!.replace]) {
          if (!r) continue;
          for (const p of [r.start, r.end]) {
            assert.ok(p.line < lines.length && p.character <= lines[p.line].length, `${item.label}: ${JSON.stringify(r)} is past the end of line ${p.line} (${lines[p.line].length} characters)`);
          }
        }
      }
    }
    await client.close(uri);
  });

  it('a document uri with a malformed percent-escape still gets its diagnostics', async () => {
    const uri = 'file:///x/%E0%A4%A/apiProperties.json';
    await client.open(uri, '{\n  "properties": {\n    "iconBrandColor": "#123456",\n  }\n}\n');
    const diagnostics = await client.diagnosticsFor(uri);
    assert.ok(diagnostics.some(d => d.code === 'strict-json'), JSON.stringify(diagnostics));
    const hover = await client.request<unknown>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 8 } });
    assert.ok(hover, 'hover answers too');
    await client.close(uri);
  });
});
