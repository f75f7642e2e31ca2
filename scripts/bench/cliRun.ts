// The whole-corpus command-line run (issue 14): `pp-connector -f json <corpus>` as users run it (dist/cli.js, built
// by bench.mjs first), every apiProperties.json with its paired swagger, every swagger as a file of its own, the
// script.csx files, all rules. One process; its CPU time (and wall time) and what it reported.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CORPUS, fmt, median, ROOT, runNodeChild } from './measure';

const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 3);

export function cliSection(): void {
  if (!fs.existsSync(CORPUS)) {
    console.log(`\nWhole-corpus CLI run: skipped, corpus not found at ${CORPUS} (set PP_CONNECTOR_CORPUS).`);
    return;
  }
  const cli = path.join(ROOT, 'dist/cli.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-bench-cli-'));
  try {
    const out = path.join(dir, 'report.json');
    const runs = [];
    let summary = '';
    for (let i = 0; i < RUNS; i++) {
      // Exit 1: the corpus has error-level findings; 2 would be a usage or I/O error.
      const r = runNodeChild([cli, '--format', 'json', '--output-file', out, CORPUS], { cwd: dir });
      if (r.status !== 0 && r.status !== 1) throw new Error(`the CLI failed (status ${r.status}): ${r.stderr.slice(0, 500)}`);
      runs.push(r);
      const report = JSON.parse(fs.readFileSync(out, 'utf8')) as { files?: { path: string; messages?: unknown[] }[] };
      const files = report.files ?? [];
      const count = (re: RegExp) => files.filter(f => re.test(f.path)).length;
      summary = `${files.length} files reported (${count(/apiProperties\.json$/i)} apiProperties.json, ${count(/\.swagger\.json$/i)} swaggers, `
        + `${count(/\.csx$/i)} script.csx), ${files.reduce((n, f) => n + (f.messages?.length ?? 0), 0)} findings`;
    }
    console.log(`\nWhole-corpus CLI run: \`pp-connector --format json ${CORPUS}\` (all rules, swaggers paired and checked), one process, median of ${RUNS} runs: `
      + `${fmt(median(runs.map(r => r.cpuMs)))} ms CPU, ${fmt(median(runs.map(r => r.wallMs)))} ms wall; ${summary}.`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
