// `npm test`: builds the bundles, then runs every layer of tests and closes with one line CI can read.
//   0. the TypeScript type check (tsc --noEmit)
//   1. node:test over test/unit, test/protocol, test/corpus, test/browser, test/nvim, test/package, test/fuzz (TypeScript through tsx)
//   2. end-to-end tests in a real VS Code (test/e2e), when the offline test host is installed (test/host)
//   3. end-to-end tests in the web build of that VS Code (test/e2e-web: the extension as VS Code for the web runs it)
// Options: --no-e2e (skip layers 2 and 3), --only <substring> (run matching node:test files only).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const skipE2e = args.includes('--no-e2e') || process.env.PP_CONNECTOR_SKIP_E2E === '1';

function run(cmd, cmdArgs, opts = {}) {
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 28, ...opts });
  process.stdout.write(r.stdout ?? '');
  return r;
}

function testFiles(dir) {
  const out = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...testFiles(p));
    else if (/\.test\.(ts|mjs|js)$/.test(name)) out.push(p);
  }
  return out;
}

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) { console.log('build failed'); console.log('0 passed, 1 failed'); process.exit(1); }

let passed = 0, failed = 0, skipped = 0;

// esbuild does not type-check; a type error is a failed test too.
if (!only) {
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', '.', '--noEmit'], { cwd: root, encoding: 'utf8' });
  if (tsc.status === 0) { passed += 1; console.log('✔ typecheck (tsc --noEmit)'); }
  else { failed += 1; console.log('✖ typecheck (tsc --noEmit)\n' + tsc.stdout + tsc.stderr); }
}
const files = ['test/unit', 'test/protocol', 'test/corpus', 'test/browser', 'test/nvim', 'test/package', 'test/fuzz']
  .flatMap(d => testFiles(join(root, d)))
  .filter(f => !only || relative(root, f).includes(only));
if (files.length) {
  const r = run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files.map(f => relative(root, f))]);
  const count = re => Number((r.stdout.match(re) || [0, 0])[1]);
  passed += count(/^ℹ pass (\d+)/m);
  failed += count(/^ℹ fail (\d+)/m) + (r.status !== 0 && !/^ℹ fail [1-9]/m.test(r.stdout) ? 1 : 0);
  skipped += count(/^ℹ skipped (\d+)/m);
}

if (!skipE2e && !only) {
  if (existsSync(join(root, 'test/host/node_modules/code-server')) && existsSync(join(root, 'test/e2e/runTest.js'))) {
    const r = run(process.execPath, ['test/e2e/runTest.js']);
    const m = /^e2e: (\d+) passed, (\d+) failed/m.exec(r.stdout);
    if (m) { passed += Number(m[1]); failed += Number(m[2]); }
    if (r.status !== 0 && (!m || Number(m[2]) === 0)) failed += 1;
  } else {
    console.log('e2e: skipped (the VS Code test host is not installed; run `npm run e2e:install`)');
  }
  // 3. the same VS Code's web build: the "browser" entry in the web-worker extension host (VS Code for the web).
  if (existsSync(join(root, 'test/host/node_modules/code-server')) && existsSync(join(root, 'test/e2e-web/runTest.js'))) {
    const r = run(process.execPath, ['test/e2e-web/runTest.js']);
    const m = /^e2e: (\d+) passed, (\d+) failed/m.exec(r.stdout);
    if (m) { passed += Number(m[1]); failed += Number(m[2]); }
    if (r.status !== 0 && (!m || Number(m[2]) === 0)) failed += 1;
  } else {
    console.log('e2e-web: skipped (the VS Code test host is not installed; run `npm run e2e:install`)');
  }
}

console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ''));
process.exit(failed ? 1 : 0);
