// Breaking changes as the author edits, over real LSP stdio of dist/server.js, against a real temporary git
// repository: an operation deleted in the swagger buffer and a connection parameter removed in apiProperties.json
// are reported (error in a certified folder), `off` removes them, a commit or a new origin/dev moves the base (the
// diagnostics follow a .git change), and a folder outside git or a new connector gets no finding and a status note.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI } from 'vscode-uri';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient, REPO_ROOT } from '../support/lspClient';

const FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'swagger', 'paired');
const uriOf = (p: string) => URI.parse(pathToFileURL(p).href).toString();
const breaking = (ds: Diagnostic[] | undefined) => (ds ?? []).filter(d => String(d.code).startsWith('breaking-'));
const codes = (ds: Diagnostic[] | undefined) => breaking(ds).map(d => `${d.code} ${d.severity}`);

interface Status { uri: string; document?: string; profile?: string; validating?: boolean; base?: { ref?: string; note?: string } }

/** The fixture's swagger without the first operation of its first path item (which keeps its other operations). */
function deleteFirstOperation(text: string): { text: string; id: string; path: string } {
  const doc = JSON.parse(text);
  const [first] = Object.keys(doc.paths);
  const methods = Object.keys(doc.paths[first]).filter(k => k !== 'parameters');
  assert.ok(methods.length > 1, 'the fixture\'s first path item has two operations');
  const id = doc.paths[first][methods[0]].operationId as string;
  delete doc.paths[first][methods[0]];
  return { text: JSON.stringify(doc, null, 2), id, path: first };
}

describe('breaking changes in the editor (stdio, a real git repository)', () => {
  let client: LspTestClient;
  let repo: string;
  let outside: string;
  let connector: string;
  let swaggerPath: string;
  let swaggerUri: string;
  let propsUri: string;
  let published: string;
  let edited: { text: string; id: string; path: string };
  let swaggerVersion = 1;
  const statuses: Status[] = [];
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'pipe', encoding: 'utf8' }).trim();
  const lastStatus = (uri: string) => statuses.filter(s => s.uri === uri).at(-1);
  const diagnostics = (uri: string) => client.diagnostics.get(uri)?.diagnostics;
  /** Waits until the breaking findings of `uri` are exactly `expected` ("code severity"). */
  const expectBreaking = async (uri: string, expected: string[], what: string) => {
    try {
      await client.waitFor(() => JSON.stringify(codes(diagnostics(uri))) === JSON.stringify(expected), 20000, what);
    } catch {
      assert.deepEqual(codes(diagnostics(uri)), expected, what);
    }
  };
  const gitChanged = (...files: string[]) => client.connection.sendNotification('workspace/didChangeWatchedFiles', {
    changes: files.map(f => ({ uri: uriOf(path.join(repo, '.git', f)), type: 2 })),
  });

  before(async () => {
    repo = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pp-live-')));
    outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pp-live-nogit-')));
    connector = path.join(repo, 'certified-connectors', 'Contoso');
    fs.mkdirSync(connector, { recursive: true });
    for (const f of fs.readdirSync(FIXTURE)) fs.copyFileSync(path.join(FIXTURE, f), path.join(connector, f));
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'published');
    swaggerPath = path.join(connector, 'apiDefinition.swagger.json');
    swaggerUri = uriOf(swaggerPath);
    propsUri = uriOf(path.join(connector, 'apiProperties.json'));
    published = fs.readFileSync(swaggerPath, 'utf8');
    edited = deleteFirstOperation(published);
    client = await LspTestClient.start({ configuration: {} });
    client.connection.onNotification('ppConnector/status', (s: Status) => { statuses.push(s); });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(repo, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('an operation deleted in the swagger buffer: breaking-operation-deleted, an error in a certified folder', async () => {
    await client.open(swaggerUri, edited.text, 'json', swaggerVersion);
    await expectBreaking(swaggerUri, ['breaking-operation-deleted 1'], 'the deleted operation');
    const [d] = breaking(diagnostics(swaggerUri));
    assert.match(d.message, new RegExp(`^Operation "${edited.id}"`));
    assert.equal(d.source, 'pp-connector');
    assert.deepEqual(d.data, { ruleId: 'breaking-operation-deleted', validatorName: 'OperationDeleted', valuePath: `operation/${edited.id}`, base: 'HEAD', operationId: edited.id });
    // At the key of the path item that remains, in the buffer.
    const key = JSON.stringify(edited.path);
    const line = edited.text.split('\n').findIndex(l => l.startsWith(`    ${key}:`));
    assert.deepEqual(d.range, { start: { line, character: 4 }, end: { line, character: 4 + key.length } });
    // The swagger's own status (its language status item): the profile of its rules and the base compared with.
    await client.waitFor(() => lastStatus(swaggerUri)?.base?.ref === 'HEAD', 20000, 'the swagger status');
    assert.deepEqual(lastStatus(swaggerUri), { uri: swaggerUri, document: 'swagger', profile: 'certified', validating: true, base: { ref: 'HEAD' } });
  });

  it('a connection parameter removed in apiProperties.json: breaking-connection-parameters-changed; the status names the base', async () => {
    const text = fs.readFileSync(path.join(connector, 'apiProperties.json'), 'utf8');
    const props = JSON.parse(text);
    const [name] = Object.keys(props.properties.connectionParameters);
    delete props.properties.connectionParameters[name];
    await client.open(propsUri, JSON.stringify(props, null, 2), 'apiproperties', 1);
    await expectBreaking(propsUri, ['breaking-connection-parameters-changed 1'], 'the removed connection parameter');
    await client.waitFor(() => lastStatus(propsUri)?.base?.ref === 'HEAD', 20000, 'the base in the status');
    assert.deepEqual(lastStatus(propsUri)?.base, { ref: 'HEAD' });
  });

  it('a commit moves the base (a .git change): the committed deletion is no longer reported', async () => {
    fs.writeFileSync(swaggerPath, edited.text);
    git('commit', '-qam', 'delete an operation');
    await gitChanged('HEAD', 'refs/heads/' + git('symbolic-ref', '--short', 'HEAD'));
    await expectBreaking(swaggerUri, [], 'no finding against the new HEAD');
  });

  it('origin/dev appears (a fetch): the base is the merge base with it, and the deletion is reported again', async () => {
    git('update-ref', 'refs/remotes/origin/dev', git('rev-parse', 'HEAD~1'));
    await gitChanged('refs/remotes/origin/dev');
    await expectBreaking(swaggerUri, ['breaking-operation-deleted 1'], 'the deletion against origin/dev');
    const [d] = breaking(diagnostics(swaggerUri));
    assert.match((d.data as { base: string }).base, /^origin\/dev \(merge base [0-9a-f]{7}\)$/);
  });

  it('"off": no comparison; back to automatic: the findings return', async () => {
    client.configuration = { breakingChanges: { base: 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { ppConnector: client.configuration } });
    await expectBreaking(swaggerUri, [], 'nothing with "off"');
    await expectBreaking(propsUri, [], 'nothing with "off" in apiProperties.json');
    await client.waitFor(() => /off/.test(lastStatus(propsUri)?.base?.note ?? ''), 20000, 'the "off" note');
    client.configuration = { breakingChanges: { base: '' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { ppConnector: client.configuration } });
    await expectBreaking(swaggerUri, ['breaking-operation-deleted 1'], 'the deletion again');
  });

  it('a new connector (not in the base): no finding, the status says "new connector"', async () => {
    const fresh = path.join(repo, 'certified-connectors', 'Fresh');
    fs.mkdirSync(fresh);
    for (const f of fs.readdirSync(FIXTURE)) fs.copyFileSync(path.join(FIXTURE, f), path.join(fresh, f));
    const uri = uriOf(path.join(fresh, 'apiProperties.json'));
    await client.open(uri, '{ "properties": { "connectionParameters": {} } }', 'apiproperties', 1);
    await client.waitFor(() => /^new connector/.test(lastStatus(uri)?.base?.note ?? ''), 20000, 'the "new connector" note');
    assert.deepEqual(codes(diagnostics(uri)), []);
  });

  it('outside git: no finding, and the status note says so', async () => {
    for (const f of fs.readdirSync(FIXTURE)) fs.copyFileSync(path.join(FIXTURE, f), path.join(outside, f));
    const swagger = uriOf(path.join(outside, 'apiDefinition.swagger.json'));
    const props = uriOf(path.join(outside, 'apiProperties.json'));
    await client.open(swagger, edited.text, 'json', 1);
    await client.open(props, '{ "properties": { "connectionParameters": {} } }', 'apiproperties', 1);
    await client.waitFor(() => /not in a git repository/.test(lastStatus(props)?.base?.note ?? ''), 20000, 'the "not in a git repository" note');
    await client.diagnosticsFor(swagger, 1);
    assert.deepEqual(codes(diagnostics(swagger)), []);
    // A swagger open on its own says it too (before, only apiProperties.json published a status).
    await client.waitFor(() => /not in a git repository/.test(lastStatus(swagger)?.base?.note ?? ''), 20000, 'the swagger\'s "not in a git repository" note');
    assert.equal(lastStatus(swagger)?.document, 'swagger');
    assert.deepEqual(codes(diagnostics(props)), []);
  });
});
