// Our full swagger analysis against Spectral's built-in OpenAPI ruleset (`spectral:oas`), the generic linter authors
// would otherwise run, on the same corpus swaggers: each side is one process that reads and checks every file, timed
// by its own CPU time (wall time reported too). Ours is validateSwaggerText with every rule on (profile certified),
// in a process set up as the command line sets its own up (tuneCommandLine).
// Spectral runs from the dev dependency with a ruleset file in a temporary folder that extends `spectral:oas` (the
// ruleset ships in the package: nothing is downloaded; the preload refuses any connection and the row says if one
// was attempted).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_SETTINGS } from '../../server/src/engine/settings';
import { validateSwaggerText } from '../../server/src/engine/swaggerRules/validate';
import { fileUri } from '../../server/src/node/nodeFileSystem';
import { tuneCommandLine } from '../../server/src/node/v8Tuning';
import { ChildRun, corpusFiles, fmt, median, ROOT, runNodeChild } from './measure';

const ROUNDS = Number(process.env.BENCH_SPECTRAL_ROUNDS ?? 1);

/** The child side of ours: `bench.js --child-swaggers <list file>`; prints the number of findings. */
export function swaggerChild(listFile: string): void {
  tuneCommandLine(); // as the command line does at start
  const files = fs.readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
  let findings = 0;
  const settings = { ...DEFAULT_SETTINGS, profile: 'certified' as const };
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    findings += validateSwaggerText(fileUri(file), text, { settings, profile: 'certified' }).diagnostics.length;
  }
  console.log(JSON.stringify({ files: files.length, findings }));
}

export function spectralSection(benchScript: string): void {
  const files = corpusFiles(/\.swagger\.json$/i, 'Swagger analysis vs Spectral');
  if (!files) return;
  const cli = path.join(ROOT, 'node_modules/@stoplight/spectral-cli/dist/index.js');
  if (!fs.existsSync(cli)) {
    console.log(`\nSwagger analysis vs Spectral: skipped, ${cli} is missing (npm ci installs the dev dependency).`);
    return;
  }
  const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/@stoplight/spectral-cli/package.json'), 'utf8')) as { version: string }).version;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-bench-spectral-'));
  try {
    const list = path.join(dir, 'files.txt');
    fs.writeFileSync(list, files.join('\n'));
    const ruleset = path.join(dir, 'ruleset.json');
    fs.writeFileSync(ruleset, JSON.stringify({ extends: ['spectral:oas'] }));
    const results = path.join(dir, 'results.json');
    const ours: ChildRun[] = [];
    const theirs: ChildRun[] = [];
    let ourFindings = 0;
    const runOurs = () => {
      const r = runNodeChild([benchScript, '--child-swaggers', list]);
      if (r.status !== 0) throw new Error(`our swagger child failed: ${r.stderr.slice(0, 500)}`);
      ourFindings = (JSON.parse(r.stdout.trim().split('\n').pop()!) as { findings: number }).findings;
      ours.push(r);
    };
    // Spectral exits 1 when it finds errors; any other status (or no results file) is a failed run.
    const runSpectral = () => {
      fs.rmSync(results, { force: true });
      const r = runNodeChild([cli, 'lint', '--ruleset', ruleset, '--format', 'json', '--output', results, '--quiet', ...files], { cwd: dir });
      if ((r.status !== 0 && r.status !== 1) || !fs.existsSync(results)) throw new Error(`spectral failed (status ${r.status}): ${r.stderr.slice(0, 500)}`);
      theirs.push(r);
    };
    // Side by side: ours before and after each Spectral run, so a change of machine load hits both.
    runOurs();
    for (let i = 0; i < ROUNDS; i++) { runSpectral(); runOurs(); }
    const spectralFindings = (JSON.parse(fs.readFileSync(results, 'utf8')) as unknown[]).length;
    const o = { cpu: median(ours.map(r => r.cpuMs)), wall: median(ours.map(r => r.wallMs)) };
    const s = { cpu: median(theirs.map(r => r.cpuMs)), wall: median(theirs.map(r => r.wallMs)) };
    const blocked = theirs.reduce((n, r) => n + r.blocked, 0) + ours.reduce((n, r) => n + r.blocked, 0);
    const mb = files.reduce((n, f) => n + fs.statSync(f).size, 0) / 1024 / 1024;
    console.log(`\nSwagger analysis vs Spectral ${version} (\`spectral:oas\`), ${files.length} corpus swaggers (${mb.toFixed(1)} MB), one process each `
      + `(process start and file reads included); CPU time of each process, median of ${ours.length} runs (ours) and ${theirs.length} (Spectral), interleaved:\n`);
    console.log('| process | CPU ms | wall ms | findings |');
    console.log('|---|---:|---:|---:|');
    console.log(`| pp-connector validateSwaggerText, all rules (profile certified) | ${fmt(o.cpu)} | ${fmt(o.wall)} | ${ourFindings} |`);
    console.log(`| Spectral CLI, spectral:oas | ${fmt(s.cpu)} | ${fmt(s.wall)} | ${spectralFindings} |`);
    console.log(`\nSpectral / pp-connector = ${(s.cpu / o.cpu).toFixed(1)}x CPU time, ${(s.wall / o.wall).toFixed(1)}x wall time (goal: at least 20x). `
      + `Network access attempted: ${blocked ? `${blocked} time(s), refused` : 'none'}.`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
