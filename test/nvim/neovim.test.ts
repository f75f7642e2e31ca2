// A real second editor: headless Neovim (Debian's 0.7, built-in LSP client), configured with pp-connector.lua (the
// configuration the README gives) and started on the pp-connector-language-server bin. drive.lua does what a user
// would do in each scenario and records what Neovim saw; the assertions are here.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { caret } from '../support/caret';
import { REPO_ROOT } from '../support/lspClient';

const HERE = path.join(REPO_ROOT, 'test', 'nvim');
const BIN = path.join(REPO_ROOT, 'dist', 'languageServer.js');
const RUN_TIMEOUT_MS = 120_000;

const nvimVersion = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const skip = nvimVersion.error || nvimVersion.status !== 0
  ? 'Neovim is not installed (`nvim` not on PATH): run test/host/install.sh, or apt-get install neovim'
  : false;

interface VimDiagnostic { lnum: number; col: number; end_lnum: number; end_col: number; severity: number; code?: string; source?: string; message: string }
interface Position { line: number; character: number }
interface Scenario {
  name: string; step: 'diagnostics' | 'completion' | 'hover' | 'code_action'; file: string; position?: Position; pick?: string; only?: string;
  // Recorded by drive.lua:
  error?: string; ms?: number; text?: string; diagnostics?: VimDiagnostic[]; before?: VimDiagnostic[]; after?: VimDiagnostic[];
  labels?: string[]; item?: { label: string; insertText?: string; insertTextFormat?: number; textEdit?: { newText: string } }; omnifunc_word?: string;
  contents?: unknown; lines?: string[]; titles?: string[];
}
interface Run { version: { major: number; minor: number }; capabilities: { textDocument: { hover: { contentFormat: string[] }; completion: { completionItem: { snippetSupport: boolean } } } }; scenarios: Scenario[] }

// Two findings with known ranges: a trailing comma (strict JSON, error) and a mis-cased key (warning).
const FINDINGS = '{\n  "properties": {\n    "iconBrandColor": "#123456",\n    "connectionParameters": {\n      "api_key": {"type": "securestring", "uiDefinition": {"displayname": "Key", "description": "Key", "constraints": {"required": "true"}}}\n    },\n  }\n}\n';
const COMPLETION = caret('{\n  "properties": {\n    "connectionParameterSets": {\n      "values": [\n        { "name": "a", | }\n      ]\n    }\n  }\n}\n');
const HOVER = caret('{\n  "properties": {\n    "connectionParameters": {\n      "token": {"type": "oauthSetting", "oAuthSettings": {"identity|Provider": "aad"}}\n    }\n  }\n}\n');
const ADD_SET = caret('{\n  "properties": {\n    "iconBrandColor": "#123456",\n    "connectionParameterSets": {\n      "uiDefinition": {"displayName": "Authentication type", "description": "Choose"},\n      "values": [|]\n    }\n  }\n}\n');
const COMMA = { line: 5, character: 5 };

describe('Neovim (built-in LSP client) with pp-connector-language-server', { skip }, () => {
  let work: string;
  let run: Run;
  const scenario = (name: string): Scenario => {
    const s = run.scenarios.find(x => x.name === name);
    assert.ok(s, `scenario ${name} ran`);
    assert.equal(s.error, undefined, `scenario ${name} failed in Neovim: ${s.error}`);
    return s;
  };

  before(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'pp-nvim-'));
    // The bin as npm installs it: an executable named pp-connector-language-server on PATH.
    const bin = path.join(work, 'bin');
    mkdirSync(bin);
    writeFileSync(path.join(bin, 'pp-connector-language-server'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(path.join(bin, 'pp-connector-language-server'), 0o755);
    const file = (folder: string, text: string) => {
      mkdirSync(path.join(work, 'connectors', folder), { recursive: true });
      const p = path.join(work, 'connectors', folder, 'apiProperties.json');
      writeFileSync(p, text);
      return p;
    };
    const scenarios: Scenario[] = [
      { name: 'diagnostics', step: 'diagnostics', file: file('findings', FINDINGS) },
      { name: 'quickfix', step: 'code_action', file: file('quickfix', FINDINGS), position: COMMA, only: 'quickfix', pick: 'Remove trailing comma' },
      { name: 'completion', step: 'completion', file: file('completion', COMPLETION.text), position: COMPLETION.position, pick: 'uiDefinition' },
      { name: 'hover', step: 'hover', file: file('hover', HOVER.text), position: HOVER.position },
      { name: 'add-set', step: 'code_action', file: file('addset', ADD_SET.text), position: ADD_SET.position, pick: 'Add authentication type: API key' },
    ];
    writeFileSync(path.join(work, 'scenarios.json'), JSON.stringify(scenarios));
    const out = path.join(work, 'out.json');
    const xdg = (name: string) => { const p = path.join(work, name); mkdirSync(p, { recursive: true }); return p; };
    const child = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(HERE, 'drive.lua')}`], {
      cwd: path.join(work, 'connectors'),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`,
        XDG_CONFIG_HOME: xdg('config'), XDG_DATA_HOME: xdg('data'), XDG_STATE_HOME: xdg('state'), XDG_CACHE_HOME: xdg('cache'),
        PP_NVIM_SCENARIOS: path.join(work, 'scenarios.json'), PP_NVIM_OUT: out, PP_NVIM_CONFIG: path.join(HERE, 'pp-connector.lua'),
      },
    });
    let output = '';
    child.stdout.on('data', d => { output += String(d); });
    child.stderr.on('data', d => { output += String(d); });
    const code = await new Promise<number | null>(resolve => {
      const timer = setTimeout(() => { child.kill('SIGKILL'); }, RUN_TIMEOUT_MS);
      child.once('exit', c => { clearTimeout(timer); resolve(c); });
    });
    let text: string;
    try { text = readFileSync(out, 'utf8'); } catch { throw new Error(`Neovim wrote no result (exit ${code}): ${output.slice(-2000)}`); }
    run = JSON.parse(text);
    if (process.env.PP_NVIM_DUMP) console.log(JSON.stringify(run.scenarios, null, 1)); // what Neovim recorded, for debugging
  });
  after(() => { if (work) rmSync(work, { recursive: true, force: true }); });

  it('runs Neovim 0.7 or later', () => {
    assert.ok(run.version.major > 0 || run.version.minor >= 7, JSON.stringify(run.version));
  });

  it('shows the diagnostics at the exact ranges', () => {
    const { diagnostics } = scenario('diagnostics');
    const comma = diagnostics!.filter(d => d.code === 'strict-json');
    assert.deepEqual(comma.map(d => [d.lnum, d.col, d.end_lnum, d.end_col, d.severity, d.source]), [[5, 5, 5, 6, 1, 'pp-connector']], JSON.stringify(diagnostics));
    const casing = diagnostics!.filter(d => d.code === 'display-name-casing');
    const key = FINDINGS.split('\n')[4].indexOf('"displayname"');
    assert.deepEqual(casing.map(d => [d.lnum, d.col, d.end_lnum, d.end_col, d.severity]), [[4, key, 4, key + '"displayname"'.length, 2]]);
    assert.match(casing[0].message, /Rename it to "displayName"/);
  });

  it('applies a quick fix from the code-action menu, leaving valid JSON without the finding', () => {
    const s = scenario('quickfix');
    assert.ok(s.before!.some(d => d.code === 'strict-json'));
    assert.ok(s.titles!.includes('Remove trailing comma'), JSON.stringify(s.titles));
    assert.equal(s.text, FINDINGS.replace('    },\n  }', '    }\n  }'));
    JSON.parse(s.text!);
    assert.deepEqual(s.after!.filter(d => d.code === 'strict-json'), []);
  });

  it('completes as plain text (Neovim declares no snippet support): no $1 inserted, valid JSON after accepting', () => {
    const s = scenario('completion');
    assert.equal(run.capabilities.textDocument.completion.completionItem.snippetSupport, false);
    assert.deepEqual([...s.labels!].sort(), ['metadata', 'parameters', 'uiDefinition']);
    const inserted = s.item!.textEdit?.newText ?? s.item!.insertText ?? s.item!.label;
    assert.doesNotMatch(inserted, /\$\{?\d/, `a snippet placeholder sent to a client without snippet support: ${JSON.stringify(s.item)}`);
    assert.notEqual(s.item!.insertTextFormat, 2, 'insertTextFormat Snippet sent to a client without snippet support');
    assert.doesNotMatch(s.omnifunc_word ?? '', /\$\{?\d/);
    assert.doesNotMatch(s.text!, /\$/);
    const set = JSON.parse(s.text!).properties.connectionParameterSets.values[0];
    assert.deepEqual(Object.keys(set), ['name', 'uiDefinition']);
  });

  it('shows hover documentation in a format Neovim declared, readable as text', () => {
    const s = scenario('hover');
    const declared = run.capabilities.textDocument.hover.contentFormat;
    const contents = s.contents as { kind?: string; value?: string } | string;
    const kind = typeof contents === 'string' ? 'markdown' : contents.kind ?? 'markdown';
    assert.ok(declared.includes(kind), `hover as ${kind}; Neovim declared ${declared}`);
    const shown = s.lines!.join('\n');
    assert.match(shown, /oauth2generic/);
    assert.doesNotMatch(shown, /<\/?[a-z]+[^>]*>|&[a-z]+;/i, 'no HTML in the hover');
    if (kind === 'plaintext') assert.doesNotMatch(shown, /```|\*\*/);
  });

  it('adds an authentication type through the refactor menu, leaving valid JSON', () => {
    const s = scenario('add-set');
    assert.ok(s.titles!.includes('Add authentication type: API key'), JSON.stringify(s.titles));
    const set = JSON.parse(s.text!).properties.connectionParameterSets.values[0];
    assert.equal(set.name, 'api-key-auth');
    assert.deepEqual(Object.keys(set.parameters), ['api_key']);
    assert.doesNotMatch(s.text!, /\$\{?\d/);
    assert.deepEqual(s.after!.filter(d => d.severity === 1), [], JSON.stringify(s.after));
  });
});

describe('README "Other editors"', () => {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const section = /<!-- section:editors -->([\s\S]*?)<!-- \/section:editors -->/.exec(readme)?.[1] ?? '';

  it('shows the Neovim configuration this test runs, verbatim', () => {
    const config = readFileSync(path.join(HERE, 'pp-connector.lua'), 'utf8');
    assert.ok(section.includes('```lua\n' + config + '```'), 'README section:editors holds test/nvim/pp-connector.lua in a lua block');
  });

  it('starts the server by the bin package.json declares, and marks the other editors untested', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    assert.ok(pkg.bin['pp-connector-language-server']);
    assert.match(section, /"pp-connector-language-server", "--stdio"/);
    assert.match(section, /below are \*\*untested\*\*[\s\S]*Helix[\s\S]*Emacs[\s\S]*eglot[\s\S]*Sublime/);
  });
});
