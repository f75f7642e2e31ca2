// `npm run bench`: builds dist/ (the whole-corpus CLI row runs dist/cli.js, what users run), then bundles
// scripts/bench.ts with the same esbuild settings as dist/ (no tsx transform overhead in the timings) into a temporary
// file and runs it with --expose-gc.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);
const dir = mkdtempSync(join(tmpdir(), 'pp-bench-'));
const out = join(dir, 'bench.js');
try {
  await esbuild.build({
    entryPoints: [new URL('./bench.ts', import.meta.url).pathname], outfile: out, bundle: true, platform: 'node',
    target: 'node20', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning',
    define: { 'process.env.PP_REPO_ROOT': JSON.stringify(root) },
  });
  const r = spawnSync(process.execPath, ['--expose-gc', out, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
