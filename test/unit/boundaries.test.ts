// Module boundaries, checked on the import graph (every import, export-from, import() and require() found by the
// TypeScript compiler's pre-processor), so they hold without anyone remembering them:
// - the engine (server/src/engine) stays transport-free: nothing from VS Code, the LSP transport, the client, the
//   rest of the server, or Node's built-in modules (disk access goes through its FileSystem interface);
// - the client imports from the server only its shared surface, server/src/common (index.ts), which itself stays
//   pure: no Node built-ins, no VS Code, no LSP server or client library, nothing of the server but the engine;
// - what VS Code for the web loads (client/src/browser, server/src/browser and all they reach) has no Node built-in;
// - scripts/ and test/ import each other only through the entry points listed below, each for a stated reason.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..', '..');
const SKIP_DIRS = new Set(['node_modules', 'fixtures', 'workspace', 'data']);

interface Import { file: string; specifier: string; target?: string }

function sourceFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).sort().flatMap(name => {
    if (SKIP_DIRS.has(name)) return []; // before stat: test/host/node_modules may be a dangling link
    const rel = path.posix.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|mts|js|mjs|cjs)$/.test(name) && !name.endsWith('.d.ts') ? [rel] : [];
  });
}

/** Where a relative specifier lands, repository-relative (extension and /index resolved when the file exists). */
function resolveRelative(from: string, specifier: string): string {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  for (const candidate of [base, `${base}.ts`, `${base}.js`, `${base}.mjs`, `${base}/index.ts`, `${base}/index.js`]) {
    if (existsSync(path.join(ROOT, candidate)) && statSync(path.join(ROOT, candidate)).isFile()) return candidate;
  }
  return base;
}

function importsOf(file: string): Import[] {
  const info = ts.preProcessFile(readFileSync(path.join(ROOT, file), 'utf8'), true, true);
  return info.importedFiles.map(({ fileName: specifier }) => ({
    file, specifier, target: specifier.startsWith('.') ? resolveRelative(file, specifier) : undefined,
  }));
}

const packageName = (specifier: string) => specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
const isNodeBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(packageName(specifier));
const within = (target: string | undefined, dir: string) => target !== undefined && (target === dir || target.startsWith(dir + '/'));
const show = (list: Import[]) => list.map(i => `${i.file} imports '${i.specifier}'`).join('\n');

/** Packages that carry VS Code's API or the LSP transport (connections, JSON-RPC), not pure data types. */
const TRANSPORT_PACKAGES = new Set(['vscode', 'vscode-languageserver', 'vscode-languageclient', 'vscode-languageserver-protocol', 'vscode-jsonrpc']);

/** Imports allowed across scripts/ ↔ test/, each with its reason. Anything else crossing is an internal reach. */
const CROSSING = new Map<string, string>([
  ['scripts/fuzz.ts -> test/fuzz/run.ts', '`npm run fuzz` runs the same fuzzer as the fuzz test, longer'],
  ['scripts/fuzz.ts -> test/fuzz/seeds.ts', 'the seeds of that fuzzer'],
  ['scripts/startup-time.ts -> test/support/lspClient.ts', 'the shared LSP test client measures the real server start'],
  ['test/unit/snippets.test.ts -> scripts/generate-snippets.ts', 'the test checks the generated snippets are current'],
  ['test/unit/rules-registry.test.ts -> scripts/rules-table.ts', 'the test checks the generated README rules table is current'],
  ['test/unit/schemaSeverity.test.ts -> scripts/severity-audit.ts', 'the test checks the generated severity audit (docs/severity-audit.md) is current'],
  ['test/unit/swaggerRules/registry.test.ts -> scripts/swagger-validator-table.ts', 'the test checks the generated Swagger Validator catalogue table is current'],
]);

describe('module boundaries (import graph)', () => {
  const engine = sourceFiles('server/src/engine').flatMap(importsOf);

  it('finds the imports it checks (the parser sees import, export-from, import() and require())', () => {
    assert.ok(engine.length > 50, `only ${engine.length} engine imports found`);
    const probe = ts.preProcessFile("import a from 'a'; import type { B } from 'b'; export * from 'c'; const d = require('d'); void import('e');", true, true);
    assert.deepEqual(probe.importedFiles.map(f => f.fileName).sort(), ['a', 'b', 'c', 'd', 'e']);
  });

  it('the engine imports nothing from Node built-ins (disk access goes through its FileSystem interface)', () => {
    assert.equal(show(engine.filter(i => isNodeBuiltin(i.specifier))), '');
  });

  it('the engine imports nothing from VS Code or the LSP transport', () => {
    assert.equal(show(engine.filter(i => TRANSPORT_PACKAGES.has(packageName(i.specifier)))), '');
  });

  it('the engine imports nothing outside itself (client, server.ts, node/, cli/) but the bundled schema', () => {
    assert.equal(show(engine.filter(i => i.target !== undefined && !within(i.target, 'server/src/engine') && !within(i.target, 'schemas'))), '');
  });

  it('the client imports from server/src only its shared surface, server/src/common', () => {
    const client = sourceFiles('client/src').flatMap(importsOf);
    assert.ok(client.length > 10);
    const bad = client.filter(i => within(i.target, 'server') && i.target !== 'server/src/common/index.ts');
    assert.equal(show(bad), '');
  });

  it('the shared surface (server/src/common) is pure: no Node built-ins, VS Code, LSP server or client, server internals', () => {
    const common = sourceFiles('server/src/common').flatMap(importsOf);
    assert.ok(common.length > 0);
    const bad = common.filter(i => isNodeBuiltin(i.specifier) || ['vscode', 'vscode-languageserver', 'vscode-languageclient'].includes(packageName(i.specifier))
      || (i.target !== undefined && !within(i.target, 'server/src/common') && !within(i.target, 'server/src/engine')));
    assert.equal(show(bad), '');
  });

  it('the web entries (client/src/browser, server/src/browser) reach no Node built-in and no node-only LSP entry', () => {
    // Everything reachable from the entries through relative imports; packages are checked at their specifier.
    const seen = new Set<string>();
    const reached: Import[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const i of importsOf(file)) {
        reached.push(i);
        if (i.target && /\.ts$/.test(i.target)) visit(i.target);
      }
    };
    for (const dir of ['client/src/browser', 'server/src/browser']) sourceFiles(dir).forEach(visit);
    assert.ok(seen.has('server/src/server.ts') && seen.has('client/src/extension.ts'), 'the walk reaches the shared server and client');
    const bad = reached.filter(i => isNodeBuiltin(i.specifier) || /^vscode-language(server|client)\/node$/.test(i.specifier) || within(i.target, 'server/src/node'));
    assert.equal(show(bad), '');
  });

  it('scripts/ and test/ import each other only through the listed entry points', () => {
    const crossing = [
      ...sourceFiles('scripts').flatMap(importsOf).filter(i => within(i.target, 'test')),
      ...sourceFiles('test').flatMap(importsOf).filter(i => within(i.target, 'scripts')),
    ];
    const unlisted = crossing.filter(i => !CROSSING.has(`${i.file} -> ${i.target}`));
    assert.equal(show(unlisted), '', 'add an entry point to CROSSING (with its reason) or move the shared code');
    // A listed crossing that no longer exists is removed from the list, so the list stays the truth.
    const used = new Set(crossing.map(i => `${i.file} -> ${i.target}`));
    assert.deepEqual([...CROSSING.keys()].filter(k => !used.has(k)), []);
  });
});
