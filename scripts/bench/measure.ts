// Timing helpers shared by the bench sections: clocks, medians and percentiles, table formatting, the corpus folder,
// and child processes timed by their own CPU time (a shared machine stretches wall clocks, not CPU time).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';

/** Bundled into a temporary folder by bench.mjs, which passes the repository root; under tsx, __dirname works. */
export const ROOT = process.env.PP_REPO_ROOT ?? path.resolve(__dirname, '..', '..');
export const CORPUS = process.env.PP_CONNECTOR_CORPUS ?? path.resolve(ROOT, '../shared/corpus');

export const now = () => Number(process.hrtime.bigint()) / 1e6;
/** CPU time of this process in ms. */
export const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));

export function gc(): void { (globalThis as { gc?: () => void }).gc?.(); }

/** The corpus files whose names match, sorted; undefined (after saying so) when the corpus is absent. */
export function corpusFiles(pattern: RegExp, what: string): string[] | undefined {
  if (!fs.existsSync(CORPUS)) {
    console.log(`\n${what}: skipped, corpus not found at ${CORPUS} (set PP_CONNECTOR_CORPUS).`);
    return undefined;
  }
  const files = fs.readdirSync(CORPUS).filter(n => pattern.test(n)).sort().map(n => path.join(CORPUS, n));
  if (!files.length) console.log(`\n${what}: skipped, no matching files in ${CORPUS}.`);
  return files.length ? files : undefined;
}

/** The largest of `files` by size. */
export function largest(files: string[]): string {
  return files.reduce((a, b) => (fs.statSync(b).size > fs.statSync(a).size ? b : a));
}

export interface ChildRun { cpuMs: number; wallMs: number; status: number | null; stdout: string; stderr: string; blocked: number }

/**
 * Runs `node <args>` with the preload childProcess.cjs: no network (any attempt is counted and refused), and the
 * child's own CPU time reported back. Wall time is the parent's view (process start included).
 */
export function runNodeChild(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): ChildRun {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-bench-child-'));
  const report = path.join(dir, 'cpu.json');
  try {
    const t = now();
    const r = spawnSync(process.execPath, ['--require', path.join(ROOT, 'scripts/bench/childProcess.cjs'), ...args], {
      cwd: options.cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024,
      env: { ...process.env, ...options.env, PP_BENCH_CHILD_REPORT: report },
    });
    const wallMs = now() - t;
    const stats = fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, 'utf8')) as { cpuMs: number; blocked: number } : { cpuMs: NaN, blocked: 0 };
    return { cpuMs: stats.cpuMs, wallMs, status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', blocked: stats.blocked };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
