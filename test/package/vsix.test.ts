// The .vsix as `npm run package` makes it: a copy of the repository is packed by vsce, with the production build of
// its vscode:prepublish script, and the package is checked for size and content. Offline; takes a few seconds.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/lspClient';

// Guards against bloat (source maps, dependencies: ~1 MB at once). The three engine bundles grow with each rule
// (the 16 Swagger Validator rules of issue #14 added ~15 KB compressed over them, ~12 KB of rule pages), so 1.1 MB.
const MAX_BYTES = 1_100_000;
/** The language server of VS Code for the web, loaded into a Web Worker on every start. */
const MAX_WORKER_BYTES = 1_000_000;
const NOT_COPIED = new Set(['node_modules', 'dist', '.git', '.tmp', 'bench']);

describe('the .vsix package', () => {
  let work: string;
  let vsix: string;
  let entries: { size: number; name: string }[];

  before(() => {
    work = mkdtempSync(path.join(tmpdir(), 'pp-vsix-'));
    const copy = path.join(work, 'repo');
    cpSync(REPO_ROOT, copy, {
      recursive: true,
      filter: src => {
        const rel = path.relative(REPO_ROOT, src);
        return !NOT_COPIED.has(rel.split(path.sep)[0]) && !rel.endsWith('.vsix') && path.basename(src) !== 'node_modules';
      },
    });
    symlinkSync(realpathSync(path.join(REPO_ROOT, 'node_modules')), path.join(copy, 'node_modules'));
    vsix = path.join(work, 'extension.vsix');
    const vsce = path.join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', vsix], { cwd: copy, encoding: 'utf8', timeout: 240_000 });
    assert.equal(r.status, 0, `vsce package failed:\n${r.stdout}\n${r.stderr}`);
    const list = spawnSync('unzip', ['-l', vsix], { encoding: 'utf8' });
    assert.equal(list.status, 0, list.stderr);
    entries = [...list.stdout.matchAll(/^\s*(\d+)\s+\S+\s+\S+\s+(\S.*)$/gm)].map(m => ({ size: Number(m[1]), name: m[2] }));
  });
  after(() => { if (work) rmSync(work, { recursive: true, force: true }); });

  it(`is under ${MAX_BYTES / 1e6} MB`, t => {
    const size = statSync(vsix).size;
    t.diagnostic(`.vsix: ${size} bytes, ${entries.length} files`);
    assert.ok(size < MAX_BYTES, `the .vsix is ${size} bytes`);
  });

  it('ships the minified bundles without source maps', () => {
    const names = entries.map(e => e.name);
    for (const bundle of ['client', 'server', 'cli']) assert.ok(names.includes(`extension/dist/${bundle}.js`), `dist/${bundle}.js is in the package`);
    assert.deepEqual(names.filter(n => n.endsWith('.map')), []);
    const server = readFileSync(path.join(work, 'repo', 'dist', 'server.js'), 'utf8');
    assert.doesNotMatch(server, /sourceMappingURL/, 'the shipped bundle points at no map it does not ship');
    assert.ok(server.length / server.split('\n').length > 1000, 'the shipped server bundle is minified (long lines)');
  });

  it('ships the web bundles (package.json "browser" and its worker server), minified, the worker under 1 MB', t => {
    const manifest = JSON.parse(readFileSync(path.join(work, 'repo', 'package.json'), 'utf8')) as { browser?: string };
    assert.equal(manifest.browser, './dist/web/client.js');
    for (const bundle of ['client', 'server']) {
      const entry = entries.find(e => e.name === `extension/dist/web/${bundle}.js`);
      assert.ok(entry, `dist/web/${bundle}.js is in the package`);
      const text = readFileSync(path.join(work, 'repo', 'dist', 'web', `${bundle}.js`), 'utf8');
      assert.ok(text.length / text.split('\n').length > 1000, `dist/web/${bundle}.js is minified (long lines)`);
      assert.doesNotMatch(text, /sourceMappingURL/);
      t.diagnostic(`dist/web/${bundle}.js: ${entry.size} bytes`);
    }
    const worker = entries.find(e => e.name === 'extension/dist/web/server.js')!;
    assert.ok(worker.size < MAX_WORKER_BYTES, `the web worker server is ${worker.size} bytes`);
  });

  it('ships what the extension uses and nothing from the sources, tests or dependencies', () => {
    const names = entries.map(e => e.name);
    for (const needed of ['extension/package.json', 'extension/schemas/apiProperties.schema.json', 'extension/language-configuration.json', 'extension/docs/rules/strict-json.md']) {
      assert.ok(names.includes(needed), `${needed} is in the package`);
    }
    assert.deepEqual(names.filter(n => /^extension\/(client|server|test|scripts|node_modules|examples)\//.test(n) || /\.ts$/.test(n)), []);
  });
});
