// Breaking-change comparison (issue 15): the largest corpus swagger against a copy with one category edit applied
// (an operation renamed: its old operationId is deleted), the comparison the editor and `--base` make on every
// check. Timed: compareTexts (both texts parsed, operations and schemas compared), and, for reference, the same plus
// turning the findings into diagnostics (one jsonc parse of the new text for exact ranges).
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { breakingDiagnostics, compareTexts } from '../../server/src/engine/breaking';
import { corpusFiles, cpu, fmt, largest, median, now, percentile } from './measure';

const RUNS = Number(process.env.BENCH_BREAKING_RUNS ?? 40);

/** The swagger with its first operationId renamed (`X` -> `XV2`): the old operation is deleted. */
export function renameFirstOperation(text: string): { text: string; operationId: string } {
  const m = /"operationId"\s*:\s*"([^"\\]+)"/.exec(text);
  if (!m) throw new Error('no operationId in the swagger');
  const at = m.index + m[0].length - 1;
  return { text: text.slice(0, at) + 'V2' + text.slice(at), operationId: m[1] };
}

export function breakingSection(): void {
  const files = corpusFiles(/\.swagger\.json$/i, 'Breaking-change comparison');
  if (!files) return;
  const file = largest(files);
  const base = fs.readFileSync(file, 'utf8');
  const edit = renameFirstOperation(base);
  const doc = TextDocument.create('file:///bench/apiDefinition.swagger.json', 'json', 1, edit.text);
  const runs = { compare: { cpu: [] as number[], wall: [] as number[] }, diagnostics: { cpu: [] as number[], wall: [] as number[] } };
  let findings = 0;
  const once = (k: 'compare' | 'diagnostics') => {
    const c = cpu(), w = now();
    const result = compareTexts('swagger', base, edit.text);
    if (k === 'diagnostics') breakingDiagnostics(doc, result.findings, { profile: 'certified' });
    runs[k].cpu.push(cpu() - c);
    runs[k].wall.push(now() - w);
    findings = result.findings.length;
  };
  for (let i = 0; i < 3; i++) { once('compare'); once('diagnostics'); } // warm-up
  runs.compare = { cpu: [], wall: [] };
  runs.diagnostics = { cpu: [], wall: [] };
  for (let i = 0; i < RUNS; i++) for (const k of i % 2 ? ['compare', 'diagnostics'] as const : ['diagnostics', 'compare'] as const) once(k);
  const row = (label: string, r: { cpu: number[]; wall: number[] }) => {
    const c = [...r.cpu].sort((a, b) => a - b), w = [...r.wall].sort((a, b) => a - b);
    console.log(`| ${label} | ${fmt(median(c))} | ${fmt(percentile(c, 95))} | ${fmt(median(w))} | ${fmt(percentile(w, 95))} |`);
  };
  console.log(`\nBreaking changes: ${path.basename(file)} (${(Buffer.byteLength(base) / 1024 / 1024).toFixed(2)} MB) against a copy with operation "${edit.operationId}" renamed `
    + `(${findings} finding(s)); ${RUNS} interleaved runs after a warm-up (goal: compareTexts under 50 ms):\n`);
  console.log('| measurement | CPU median ms | CPU p95 ms | wall median ms | wall p95 ms |');
  console.log('|---|---:|---:|---:|---:|');
  row('compareTexts (parse both, compare)', runs.compare);
  row('compareTexts + breakingDiagnostics (exact ranges)', runs.diagnostics);
}
