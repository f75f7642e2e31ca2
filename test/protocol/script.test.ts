// An open script.csx (language `csharp`) over real LSP stdio of the bundled server: diagnostics with exact ranges
// against the folder's swagger and apiProperties.json, hover, go to definition into the swagger, operation-id
// completion, the "add it to scriptOperations" fix as an edit of apiProperties.json, and re-validation when the
// open apiProperties.json changes.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI } from 'vscode-uri';
import type { CodeAction, CompletionList, Diagnostic, Hover, Location, MarkupContent, Range, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspTestClient, REPO_ROOT } from '../support/lspClient';

const FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'swagger', 'paired');
const uriOf = (p: string) => URI.parse(pathToFileURL(p).href).toString();
const SCRIPT = `using System.Data.SqlClient;
public class Script : ScriptBase
{
    public override async Task<HttpResponseMessage> ExecuteAsync()
    {
        if (this.Context.OperationId == "ListWidget") { }
        if (this.Context.OperationId == "GetWidget") { }
        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken);
    }
}
`;
/** apiProperties.json with "GetWidget" added to scriptOperations, as the fix writes it. */
const withGetWidget = (text: string) => text.replace('"scriptOperations": [\n      "ListWidgets"\n', '"scriptOperations": [\n      "ListWidgets",\n      "GetWidget"\n');
const r = (range: Range) => `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;

describe('script.csx over stdio', () => {
  let client: LspTestClient;
  let dir: string;
  let scriptUri: string;
  let propsUri: string;
  let swaggerUri: string;
  let propsText: string;
  let swaggerText: string;
  const lines = (ds: Diagnostic[]) => ds.map(d => `${d.code} ${['', 'error', 'warning', 'information', 'hint'][d.severity ?? 1]} ${r(d.range)}`);
  const at = (needle: string, delta: number) => {
    const doc = TextDocument.create(scriptUri, 'csharp', 1, SCRIPT);
    return doc.positionAt(SCRIPT.indexOf(needle) + delta);
  };

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-script-'));
    for (const f of fs.readdirSync(FIXTURE)) fs.copyFileSync(path.join(FIXTURE, f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, 'script.csx'), SCRIPT);
    scriptUri = uriOf(path.join(dir, 'script.csx'));
    propsUri = uriOf(path.join(dir, 'apiProperties.json'));
    swaggerUri = uriOf(path.join(dir, 'apiDefinition.swagger.json'));
    propsText = fs.readFileSync(path.join(dir, 'apiProperties.json'), 'utf8');
    swaggerText = fs.readFileSync(path.join(dir, 'apiDefinition.swagger.json'), 'utf8');
    client = await LspTestClient.start();
    await client.open(scriptUri, SCRIPT, 'csharp');
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('publishes the script findings with exact ranges, read against the swagger and scriptOperations on disk', async () => {
    const ds = await client.diagnosticsFor(scriptUri, 1);
    assert.deepEqual(lines(ds).sort(), [
      'script-code-operation-not-listed warning 6:40-6:51',
      'script-code-operation-unknown warning 5:40-5:52',
      'script-namespace-unsupported warning 0:6-0:27',
      'script-operation-not-handled information 1:13-1:19',
    ]);
    const unknown = ds.find(d => d.code === 'script-code-operation-unknown')!;
    assert.match(unknown.message, /"ListWidget" is no operationId of the swagger.*Did you mean "ListWidgets"\?/);
    assert.equal(unknown.source, 'pp-connector');
    assert.match(unknown.codeDescription!.href, /script-code-operation-unknown\.md$/);
  });

  it('hover on a compared id shows the operation; definition lands on its operationId in the swagger', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: scriptUri }, position: at('"GetWidget"', 2) });
    assert.equal(r(hover.range!), '6:40-6:51');
    assert.match((hover.contents as MarkupContent).value, /^\*\*GET\*\* `\/widgets\/\{widgetId\}`\n\nGet a widget/);
    const [loc] = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: scriptUri }, position: at('"GetWidget"', 2) });
    assert.equal(loc.uri, swaggerUri);
    const line = swaggerText.split('\n').findIndex(l => l.includes('"operationId": "GetWidget"'));
    const character = swaggerText.split('\n')[line].indexOf('"GetWidget"');
    assert.equal(r(loc.range), `${line}:${character}-${line}:${character + '"GetWidget"'.length}`);
    // Elsewhere: nothing of ours.
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: scriptUri }, position: at('SendAsync', 2) }), null);
  });

  it('completes operation ids inside the compared string, replacing its content', async () => {
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: scriptUri }, position: at('"ListWidget"', 5) });
    assert.deepEqual(list.items.map(i => `${i.label} ${i.detail} ${r((i.textEdit as TextEdit).range)}`), [
      'ListWidgets GET /widgets 5:41-5:51',
      'CreateWidget POST /widgets 5:41-5:51',
      'GetWidget GET /widgets/{widgetId} 5:41-5:51',
      'DeleteWidget DELETE /widgets/{widgetId} 5:41-5:51',
    ]);
    const none = await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri: scriptUri }, position: at('Script :', 2) });
    assert.ok(!none || none.items.length === 0);
  });

  it('quick fixes: did-you-mean in the script, "add it to scriptOperations" as an edit of apiProperties.json', async () => {
    const ds = client.diagnostics.get(scriptUri)!.diagnostics;
    const wanted = ds.filter(d => d.code === 'script-code-operation-unknown' || d.code === 'script-code-operation-not-listed');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: scriptUri }, range: { start: { line: 5, character: 0 }, end: { line: 6, character: 60 } }, context: { diagnostics: wanted },
    });
    assert.deepEqual(actions.map(a => a.title), ['Change to "ListWidgets"', 'Add "GetWidget" to scriptOperations in apiProperties.json']);
    const [rename] = actions[0].edit!.changes![scriptUri];
    assert.deepEqual([r(rename.range), rename.newText], ['5:41-5:51', 'ListWidgets']);
    const edits = actions[1].edit!.changes![propsUri];
    const doc = TextDocument.create(propsUri, 'json', 1, propsText);
    assert.equal(TextDocument.applyEdits(doc, edits), withGetWidget(propsText));
  });

  it('re-checks the open script when apiProperties.json changes in an editor buffer', async () => {
    const before = client.publishCount.get(scriptUri) ?? 0;
    await client.open(propsUri, withGetWidget(propsText));
    await client.waitFor(() => (client.publishCount.get(scriptUri) ?? 0) > before
      && !client.diagnostics.get(scriptUri)!.diagnostics.some(d => d.code === 'script-code-operation-not-listed'), 10000, 'not-listed gone');
    assert.deepEqual(lines(client.diagnostics.get(scriptUri)!.diagnostics).sort(), [
      'script-code-operation-unknown warning 5:40-5:52',
      'script-namespace-unsupported warning 0:6-0:27',
      'script-operation-not-handled information 1:13-1:19',
    ]);
  });
});
