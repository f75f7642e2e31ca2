// Security: the server and the CLI never touch the network, whatever URLs the files contain ($schema, OAuth
// endpoints, remote $refs in the swagger), and secrets from the files never reach logs, trace output or reports.
// The network is made to fail by a preload (NODE_OPTIONS=--require) that replaces every way out of a Node process
// with a function that records the attempt and throws.
import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient, REPO_ROOT } from '../support/lspClient';

const CLI_JS = path.join(REPO_ROOT, 'dist', 'cli.js');
const SECRET = 'S3cr3t-9f8e7d6c5b4a-do-not-log';
const API_KEY = 'sk-live-ABCDEF1234567890-do-not-log';

const PRELOAD = `
const fs = require('fs');
const log = process.env.PP_NET_LOG;
function blocked(what) {
  return function () {
    try { fs.appendFileSync(log, what + ' ' + JSON.stringify([...arguments].map(a => typeof a === 'function' ? 'fn' : a)).slice(0, 300) + '\\n'); } catch {}
    throw new Error('network access blocked by test: ' + what);
  };
}
const net = require('net');
net.connect = net.createConnection = blocked('net.connect');
net.Socket.prototype.connect = blocked('net.Socket.connect');
for (const name of ['http', 'https']) {
  const m = require(name);
  m.request = blocked(name + '.request');
  m.get = blocked(name + '.get');
}
require('tls').connect = blocked('tls.connect');
const dns = require('dns');
for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'lookupService']) dns[k] = blocked('dns.' + k);
for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) dns.promises[k] = blocked('dns.promises.' + k);
globalThis.fetch = blocked('fetch');
if (globalThis.WebSocket) globalThis.WebSocket = blocked('WebSocket');
`;

let dir: string;
let netLog: string;
let env: NodeJS.ProcessEnv;
let propertiesPath: string;

const PROPERTIES = JSON.stringify({
  $schema: 'https://schemas.remote.example/apiProperties.schema.json',
  properties: {
    connectionParameters: {
      token: {
        type: 'oauthSetting',
        oAuthSettings: {
          identityProvider: 'oauth2generic',
          clientId: 'my-client',
          clientSecret: SECRET,
          scopes: ['read'],
          redirectMode: 'Global',
          redirectUrl: 'https://global.consent.azure-apim.net/redirect',
          properties: { IsFirstParty: 'False' },
          customParameters: {
            authorizationUrlTemplate: { value: 'https://login.remote.example/authorize' },
            tokenUrlTemplate: { value: 'https://login.remote.example/token' },
            refreshUrlTemplate: { value: 'https://login.remote.example/token' },
          },
        },
        uiDefinition: { displayName: 'Login', description: 'Login', tooltip: 'Login', constraints: { required: 'true' } },
      },
    },
    iconBrandColor: '#007ee5',
    capabilities: [],
    policyTemplateInstances: [{
      templateId: 'setheader',
      title: 'Key',
      parameters: {
        'x-ms-apimTemplateParameter.name': 'x-api-key',
        'x-ms-apimTemplateParameter.value': API_KEY,
        'x-ms-apimTemplateParameter.existsAction': 'override',
        'x-ms-apimTemplate-policySection': 'Request',
      },
    }],
  },
}, null, 2) + '\n';

const SWAGGER = JSON.stringify({
  swagger: '2.0',
  info: { title: 'Remote', version: '1.0' },
  host: 'api.remote.example',
  basePath: '/',
  schemes: ['https'],
  paths: {
    '/items': {
      get: {
        operationId: 'ListItems',
        parameters: [{ $ref: 'https://remote.example/parameters.json#/Top' }],
        responses: { 200: { description: 'OK', schema: { $ref: 'https://remote.example/definitions.json#/Item' } } },
      },
    },
  },
  securityDefinitions: { oauth2_auth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://login.remote.example/authorize', tokenUrl: 'https://login.remote.example/token', scopes: {} } },
}, null, 2);

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-security-'));
  netLog = path.join(dir, 'network-attempts.log');
  const preload = path.join(dir, 'no-network.js');
  fs.writeFileSync(preload, PRELOAD);
  fs.mkdirSync(path.join(dir, 'connector'));
  propertiesPath = path.join(dir, 'connector', 'apiProperties.json');
  fs.writeFileSync(propertiesPath, PROPERTIES);
  fs.writeFileSync(path.join(dir, 'connector', 'apiDefinition.swagger.json'), SWAGGER);
  env = { ...process.env, NODE_OPTIONS: `--require ${preload}`, PP_NET_LOG: netLog };
});

after(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function attempts(): string[] {
  return fs.existsSync(netLog) ? fs.readFileSync(netLog, 'utf8').split('\n').filter(Boolean) : [];
}

test('the no-network preload does catch every way out (so the tests below can fail)', () => {
  const script = `
    const tryIt = f => { try { f(); } catch {} };
    tryIt(() => require('https').get('https://remote.example/'));
    tryIt(() => require('http').request('http://remote.example/'));
    tryIt(() => require('net').connect(443, 'remote.example'));
    tryIt(() => require('dns').lookup('remote.example', () => {}));
    tryIt(() => fetch('https://remote.example/'));`;
  const r = spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(attempts().map(a => a.split(' ')[0]), ['https.get', 'http.request', 'net.connect', 'dns.lookup', 'fetch']);
  fs.rmSync(netLog);
});

test('the server: remote $schema, OAuth URLs and swagger $refs fetch nothing; the secrets appear in no log or trace', async () => {
  const client = await LspTestClient.start({ configuration: { validate: { enable: true }, profile: 'auto', rules: {} }, env });
  const traces: string[] = [];
  client.connection.onNotification('$/logTrace', (p: { message: string; verbose?: string }) => { traces.push(p.message + '\n' + (p.verbose ?? '')); });
  const uri = pathToFileURL(propertiesPath).href;
  try {
    await client.connection.sendNotification('$/setTrace', { value: 'verbose' });
    await client.open(uri, PROPERTIES);
    const diagnostics = await client.diagnosticsFor(uri, 1, 15000);
    const lines = PROPERTIES.split('\n');
    const at = (needle: string) => ({ line: lines.findIndex(l => l.includes(needle)), character: lines.find(l => l.includes(needle))!.indexOf(needle) + 2 });
    const doc = { textDocument: { uri } };
    const answers = await Promise.all([
      client.request('textDocument/hover', { ...doc, position: at('$schema') }),
      client.request('textDocument/hover', { ...doc, position: at(SECRET) }),
      client.request('textDocument/hover', { ...doc, position: at('tokenUrlTemplate') }),
      client.request('textDocument/completion', { ...doc, position: at(API_KEY) }),
      client.request('textDocument/definition', { ...doc, position: at('x-api-key') }),
      client.request('textDocument/documentSymbol', doc),
      client.request('textDocument/codeAction', { ...doc, range: { start: at(SECRET), end: at(SECRET) }, context: { diagnostics } }),
      client.request('textDocument/formatting', { ...doc, options: { tabSize: 2, insertSpaces: true } }),
    ]);
    assert.equal(answers.length, 8);
    // An edit that breaks the JSON around the secret, so error paths run too.
    await client.change(uri, PROPERTIES.replace(`"${SECRET}"`, `"${SECRET}`), 2);
    const broken = await client.diagnosticsFor(uri, 2, 15000);
    assert.ok(broken.some(d => d.code === 'json-syntax'));
    await client.stop();
    assert.deepEqual(attempts(), [], 'no network attempt');
    const everything = [
      ...client.logs.map(l => l.message), ...client.messages.map(m => m.message), ...traces, client.stderr,
      ...diagnostics.map(d => d.message), ...broken.map(d => d.message),
    ].join('\n');
    assert.ok(everything.length > 0);
    assert.ok(!everything.includes(SECRET), 'the client secret is not in logs, trace, messages or diagnostics');
    assert.ok(!everything.includes(API_KEY), 'the API key is not in logs, trace, messages or diagnostics');
    // The secret is found (so the check above is not vacuous): the rule names the problem without quoting it.
    assert.ok(diagnostics.some(d => d.code === 'client-secret-committed'), JSON.stringify(diagnostics.map(d => d.code)));
  } finally {
    await client.stop();
  }
});

test('the CLI, in every output format and with --fix-dry-run: no network, no secret in the report', { skip: !fs.existsSync(CLI_JS) && 'dist/cli.js is not built' }, () => {
  const runs: [string[], string][] = [];
  for (const format of ['stylish', 'json', 'sarif', 'github']) runs.push([['--format', format], format]);
  runs.push([['--fix-dry-run'], 'fix-dry-run']);
  for (const [args, name] of runs) {
    const r = spawnSync(process.execPath, [CLI_JS, ...args, path.join(dir, 'connector')], { env, encoding: 'utf8', cwd: dir });
    assert.ok(r.status === 0 || r.status === 1, `${name}: exit ${r.status}: ${r.stderr}`);
    const output = r.stdout + r.stderr;
    assert.match(output, /client-secret-committed|clientSecret/, `${name}: the finding is reported`);
    assert.ok(!output.includes(SECRET), `${name}: the client secret is not printed`);
    assert.ok(!output.includes(API_KEY), `${name}: the API key is not printed`);
  }
  assert.deepEqual(attempts(), [], 'no network attempt');
  assert.equal(fs.readFileSync(propertiesPath, 'utf8'), PROPERTIES, 'the dry run wrote nothing');
});

// A minified file: the one line of a fix preview (and of `fixes.changes`) holds the whole file, so every secret
// value in it must be masked, in the old line and the new, whatever the format.
const MINIFIED_SECRETS = {
  clientSecret: 'Zq8~vR2.kT5_wX9-mN4pL7sA1dF6gH3jK0',
  policyKey: 'sk-live-7f3a9c2e4b1d8f6a5c3e',
  secureDefault: 'pw-default-9c4e2a7b1f5d3',
};
const MINIFIED = JSON.stringify({
  properties: {
    connectionParameters: {
      token: {
        type: 'oauthSetting',
        oAuthSettings: {
          identityProvider: 'oauth2', clientId: 'my-client', clientSecret: MINIFIED_SECRETS.clientSecret, scopes: ['read'], redirectMode: 'Global',
          customParameters: { authorizationUrl: { value: 'https://login.example/authorize' }, tokenUrl: { value: 'https://login.example/token' }, refreshUrl: { value: 'https://login.example/token' } },
        },
        // The boolean `required` is the safe fix that makes --fix rewrite the (one) line.
        uiDefinition: { displayName: 'Login', description: 'Login', tooltip: 'Login', constraints: { required: true } },
      },
      api_key: { type: 'securestring', defaultValue: MINIFIED_SECRETS.secureDefault, uiDefinition: { displayName: 'API key', description: 'The key', tooltip: 'The key', constraints: { required: 'true' } } },
    },
    iconBrandColor: '#da3b01', capabilities: [], publisher: 'Contoso', stackOwner: 'Contoso',
    policyTemplateInstances: [{
      templateId: 'setheader', title: 'Key',
      parameters: {
        'x-ms-apimTemplateParameter.name': 'x-api-key', 'x-ms-apimTemplateParameter.value': MINIFIED_SECRETS.policyKey,
        'x-ms-apimTemplateParameter.existsAction': 'override', 'x-ms-apimTemplate-policySection': 'Request',
      },
    }],
  },
});

test('the CLI masks every secret of a minified file in --fix-dry-run (stylish, json) and --fix --format json', { skip: !fs.existsSync(CLI_JS) && 'dist/cli.js is not built' }, () => {
  const folder = path.join(dir, 'minified');
  const file = path.join(folder, 'apiProperties.json');
  fs.mkdirSync(folder);
  const runs: [string[], string][] = [
    [['--fix-dry-run'], 'fix-dry-run stylish'],
    [['--fix-dry-run', '--format', 'json'], 'fix-dry-run json'],
    [['--fix', '--format', 'json'], 'fix json'],
  ];
  for (const [args, name] of runs) {
    fs.writeFileSync(file, MINIFIED);
    const r = spawnSync(process.execPath, [CLI_JS, ...args, folder], { env: { ...env, NO_COLOR: '1' }, encoding: 'utf8', cwd: dir });
    assert.ok(r.status === 0 || r.status === 1, `${name}: exit ${r.status}: ${r.stderr}`);
    const output = r.stdout + r.stderr;
    // Not vacuous: the preview / change list of the one line is there, with the masks in place of the values.
    assert.match(output, /\\?"clientSecret\\?":\\?"\*\*\*\\?"/, `${name}: the fixed line is shown, masked\n${output}`);
    assert.match(output, /\\?"defaultValue\\?":\\?"\*\*\*\\?"/, `${name}: the secure default is masked`);
    assert.match(output, /\\?"x-ms-apimTemplateParameter.value\\?":\\?"\*\*\*\\?"/, `${name}: the policy key is masked`);
    for (const [kind, secret] of Object.entries(MINIFIED_SECRETS)) assert.ok(!output.includes(secret), `${name}: ${kind} is not printed`);
    if (name === 'fix json') {
      const written = fs.readFileSync(file, 'utf8');
      assert.ok(written.includes(MINIFIED_SECRETS.clientSecret) && written.includes('"required":"true"'), 'the file keeps its values; only the output is masked');
    }
  }
});

// The preview webview renders strings from the file. Differential check: every string value (and the parameter and
// set names) of our fixtures replaced by an injection payload must give exactly the same tags and attribute names as
// the same replacement with a harmless word: escaped text can never add an element, an attribute or a handler.
const PAYLOADS = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' onmouseover='alert(1)", '</textarea><svg/onload=alert(1)>',
  '</main><script nonce="x">alert(1)</script>', 'javascript:alert(1)', '<!--', '`${alert(1)}`', '&lt;script&gt;', '<style>*{}</style>',
];

function replaceStrings(value: unknown, make: (i: number) => string, counter = { i: 0 }, key?: string): unknown {
  if (typeof value === 'string') return key === 'type' ? value : make(counter.i++);
  if (Array.isArray(value)) return value.map(v => replaceStrings(v, make, counter));
  if (value && typeof value === 'object') {
    const renameKeys = key === 'parameters' || key === 'connectionParameters';
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [renameKeys ? make(counter.i++) : k, replaceStrings(v, make, counter, k)]));
  }
  return value;
}

/** Tag names with their attribute names, in document order: the page's structure without any text. */
function structure(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)].map(([, tag, attrs]) =>
    tag + ' ' + [...attrs.replace(/"[^"]*"/g, '').matchAll(/([a-zA-Z_:][-\w:.]*)/g)].map(m => m[1]).join(','));
}

test('the preview renders injection payloads from every string of the fixtures as text, never as markup', async () => {
  const { renderDialogHtml } = await import('../../server/src/engine/preview/renderHtml');
  const { buildDialogModel } = await import('../../server/src/engine/preview/dialogModel');
  const { ConnectorService } = await import('../../server/src/engine');
  const { TextDocument } = await import('vscode-languageserver-textdocument');
  const service = new ConnectorService();
  const render = (text: string, name: string) => renderDialogHtml(
    buildDialogModel(service.analyze(TextDocument.create(`file:///p/${Math.random()}/apiProperties.json`, 'apiproperties', 1, text)).model),
    { nonce: 'bm9uY2U', documentName: name });
  const fixtures = path.resolve(__dirname, '..', 'fixtures', 'fuzz');
  let checked = 0;
  for (const file of fs.readdirSync(fixtures)) {
    const json = JSON.parse(fs.readFileSync(path.join(fixtures, file), 'utf8'));
    const benign = render(JSON.stringify(replaceStrings(json, i => `word${i}`)), 'word');
    assert.ok(structure(benign).length > 10, `${file} renders a dialog`);
    for (const payload of PAYLOADS) {
      const hostile = render(JSON.stringify(replaceStrings(json, i => `${payload}${i}`)), payload);
      assert.deepEqual(structure(hostile), structure(benign), `${file} with ${payload}`);
      assert.equal(hostile.match(/<script\b/g)?.length, 1, 'only our script');
      const attributes = structure(hostile).flatMap(t => t.split(' ')[1].split(',')).filter(Boolean);
      assert.deepEqual(attributes.filter(a => /^(href|src|on\w+)$/i.test(a)), [], 'no link, source or handler attribute');
      checked++;
    }
  }
  assert.equal(checked, 6 * PAYLOADS.length);
});
