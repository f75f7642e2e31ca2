// `script-missing` in the editor, over real LSP stdio: apiProperties.json whose scriptOperations routes operations
// to custom code gets a warning on that key while its folder has no *.csx; a script.csx opened beside it (an unsaved
// buffer counts) clears it, and closing that buffer brings it back since the disk still has none.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lspClient';

const PROPS = `{
  "properties": {
    "connectionParameters": {},
    "iconBrandColor": "#da3b01",
    "capabilities": [],
    "publisher": "Fabrikam",
    "stackOwner": "Fabrikam",
    "scriptOperations": [
      "ListWidgets"
    ]
  }
}
`;

describe('script-missing over stdio', () => {
  let client: LspTestClient;
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-script-missing-'));
    fs.writeFileSync(path.join(dir, 'apiProperties.json'), PROPS);
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const missing = (uri: string) => (client.diagnostics.get(uri)?.diagnostics ?? []).filter((d: Diagnostic) => d.code === 'script-missing');

  it('warns on the scriptOperations key while the folder has no script, and follows an open script buffer', async () => {
    const uri = pathToFileURL(path.join(dir, 'apiProperties.json')).href;
    await client.open(uri, PROPS);
    await client.waitFor(() => missing(uri).length === 1, 10000, 'script-missing');
    const [d] = missing(uri);
    const at = PROPS.indexOf('"scriptOperations"');
    const line = PROPS.slice(0, at).split('\n').length - 1;
    const character = at - PROPS.lastIndexOf('\n', at - 1) - 1;
    assert.deepEqual(d.range, { start: { line, character }, end: { line, character: character + '"scriptOperations"'.length } });
    assert.equal(d.severity, 2);
    const script = pathToFileURL(path.join(dir, 'script.csx')).href;
    await client.open(script, 'public class Script : ScriptBase { }', 'csharp');
    await client.waitFor(() => missing(uri).length === 0, 10000, 'script-missing gone with a script buffer open');
    await client.close(script);
    await client.waitFor(() => missing(uri).length === 1, 10000, 'script-missing back once the buffer closed');
  });
});
