// Re-validation through the language server (issue 14): the bundled dist/server.js over stdio, as an editor runs it,
// with the largest corpus swagger open (language `json`); each run types one character (didChange with the one change, as VS Code sends it) and
// waits for the publishDiagnostics of that version. The server waits VALIDATION_DELAY_MS after an edit before it
// analyses (a burst of keystrokes is analysed once): the row gives the whole latency and the part after that wait.
// Two sessions: the file in no repository, and the file committed in a git repository, where each analysis also
// compares the swagger with its published version (the breaking-change findings), as in a connector repository.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawn, spawnSync } from 'child_process';
import { pathToFileURL } from 'url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { VALIDATION_DELAY_MS } from '../../server/src/lsp/diagnosticsScheduler';
import { corpusFiles, fmt, largest, median, now, percentile, ROOT } from './measure';

const EDITS = Number(process.env.BENCH_SERVER_EDITS ?? 40);

interface Published { uri: string; version?: number; diagnostics: unknown[] }

export async function serverSection(): Promise<void> {
  const files = corpusFiles(/\.swagger\.json$/i, 'Swagger re-validation through the server');
  if (!files) return;
  const file = largest(files);
  const text = fs.readFileSync(file, 'utf8');
  // Served as a folder that is no connector repository: profile custom, the rules a custom connector gets.
  const plain = await session('file:///bench/server/apiDefinition.swagger.json', text);
  // The same file committed in a git repository, as in a clone of microsoft/PowerPlatformConnectors: every analysis
  // also compares the swagger with its published version (HEAD here; the merge base with origin/dev in a fork).
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-bench-git-'));
  let inGit: Session | undefined;
  try {
    const swagger = path.join(repo, 'custom-connectors', 'Bench', 'apiDefinition.swagger.json');
    fs.mkdirSync(path.dirname(swagger), { recursive: true });
    fs.writeFileSync(swagger, text);
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });
    const ok = git('init', '-q').status === 0 && git('add', '.').status === 0 && git('commit', '-q', '-m', 'published').status === 0;
    if (ok) inGit = await session(pathToFileURL(swagger).href, text);
    else console.log('\n(git is not available: the row with a published version is skipped.)');
  } finally {
    fs.rmSync(repo, { recursive: true, force: true });
  }
  console.log(`\nSwagger re-validation through the server: ${path.basename(file)} (${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB, ${plain.findings} findings) open in dist/server.js over stdio; `
    + `${EDITS} one-character edits, each didChange -> publishDiagnostics of that version (wall clock):\n`);
  console.log('| measurement | median ms | p95 ms | max ms | server CPU ms |');
  console.log('|---|---:|---:|---:|---:|');
  const rows = (label: string, r: Session) => {
    const sorted = [...r.latencies].sort((a, b) => a - b);
    const after = sorted.map(l => l - VALIDATION_DELAY_MS);
    console.log(`| ${label}: didChange -> publishDiagnostics | ${fmt(median(sorted))} | ${fmt(percentile(sorted, 95))} | ${fmt(sorted[sorted.length - 1])} | ${fmt(r.cpuMs)} |`);
    console.log(`| ${label}: the same after the server's ${VALIDATION_DELAY_MS} ms edit delay (analysis, transport) | ${fmt(median(after))} | ${fmt(percentile(after, 95))} | ${fmt(after[after.length - 1])} | |`);
  };
  rows('no repository', plain);
  if (inGit) rows('committed in git (compared with HEAD)', inGit);
  console.log(`\nGoal: p95 after the edit delay under 100 ms. Server CPU: the whole session (start, open, ${EDITS + 3} edits).`);
}

interface Session { latencies: number[]; cpuMs: number; findings: number }

/** One server process: the swagger opened at `uri`, then the edits; the latencies of all but the first three. */
async function session(uri: string, text: string): Promise<Session> {
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pp-bench-server-')), 'cpu.json');
  // BENCH_SERVER_NODE_ARGS: extra node flags for the server process, e.g. `--cpu-prof --cpu-prof-dir=<dir>` to profile it.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--require', path.join(ROOT, 'scripts/bench/childProcess.cjs'), path.join(ROOT, 'dist/server.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, PP_BENCH_CHILD_REPORT: report },
  });
  child.stderr.resume();
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting: ((p: Published) => void)[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: Published) => { for (const w of waiting.splice(0)) w(p); });
  connection.onRequest(() => null); // registrations and configuration: accepted, defaults used
  connection.listen();
  const published = (version: number) => new Promise<Published>(resolve => {
    const wait = (p: Published) => { if (p.uri === uri && (p.version === undefined || p.version === version)) resolve(p); else waiting.push(wait); };
    waiting.push(wait);
  });
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } } });
    await connection.sendNotification('initialized', {});
    let version = 1;
    const opened = published(version);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version, text } });
    const first = await opened;
    // One character typed in the middle (a space between tokens), then removed: every version is a real edit. Sent as
    // the server asks (incremental sync) and as VS Code sends it: the change alone, not the whole 1 MB text again.
    const middle = text.indexOf('\n', text.length >> 1) + 1;
    const line = text.slice(0, middle).split('\n').length - 1;
    const at = { line, character: 0 };
    const changes = [
      [{ range: { start: at, end: at }, text: ' ' }],
      [{ range: { start: at, end: { line, character: 1 } }, text: '' }],
    ];
    const latencies: number[] = [];
    for (let i = 0; i < EDITS + 3; i++) {
      version++;
      const done = published(version);
      const t = now();
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes[i % 2] });
      await done;
      if (i >= 3) latencies.push(now() - t); // the first edits warm the server up
    }
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    await new Promise(resolve => child.once('exit', resolve));
    const cpuMs = fs.existsSync(report) ? (JSON.parse(fs.readFileSync(report, 'utf8')) as { cpuMs: number }).cpuMs : NaN;
    return { latencies, cpuMs, findings: first.diagnostics.length };
  } finally {
    connection.dispose();
    child.kill();
    fs.rmSync(path.dirname(report), { recursive: true, force: true });
  }
}
