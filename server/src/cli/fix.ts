// --fix: applies the safe fixes (`data.fixes` entries with `safe: true`) carried by the diagnostics, re-checks, and
// repeats until nothing safe is left, so one run reaches a fixed point and a second run changes nothing.
import type { Diagnostic } from 'vscode-json-languageservice';
import type { FixData } from '../engine/rules/types';
import { applyFixData } from './applyFixData';
import type { FileChange } from './report';

const MAX_PASSES = 10;

export interface FixResult {
  text: string;
  applied: number;
  titles: string[];
  /** Diagnostics of the final text. */
  diagnostics: Diagnostic[];
}

export function safeFixOf(d: Diagnostic): FixData | undefined {
  const fixes = (d.data as { fixes?: FixData[] } | undefined)?.fixes;
  return Array.isArray(fixes) ? fixes.find(f => f && f.safe === true) : undefined;
}

export async function applySafeFixes(
  text: string, diagnostics: Diagnostic[], validate: (text: string, version: number) => Promise<Diagnostic[]>,
): Promise<FixResult> {
  let current = text;
  let applied = 0;
  const titles: string[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = diagnostics.map(safeFixOf).filter((f): f is FixData => !!f);
    if (!fixes.length) break;
    const result = applyFixData(current, fixes);
    if (result.applied === 0 || result.text === current) break;
    current = result.text;
    applied += result.applied;
    titles.push(...result.titles);
    diagnostics = await validate(current, pass + 2);
  }
  return { text: current, applied, titles, diagnostics };
}

/** Changed regions between two texts, by line (no context lines), for --fix-dry-run and the JSON report. */
export function lineChanges(before: string, after: string): FileChange[] {
  const a = before.split(/\r?\n/);
  const b = after.split(/\r?\n/);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length, endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  const midA = a.slice(start, endA), midB = b.slice(start, endB);
  if (!midA.length && !midB.length) return [];
  if (midA.length * midB.length > 4_000_000) {
    return [{ oldStart: start + 1, oldLines: midA, newStart: start + 1, newLines: midB }];
  }
  // Longest common subsequence over the differing middle; fixes touch few lines, so this stays small.
  const n = midA.length, m = midB.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = midA[i] === midB[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const changes: FileChange[] = [];
  let i = 0, j = 0;
  let hunk: FileChange | undefined;
  const flush = () => { if (hunk) { changes.push(hunk); hunk = undefined; } };
  while (i < n || j < m) {
    if (i < n && j < m && midA[i] === midB[j]) { flush(); i++; j++; continue; }
    hunk ??= { oldStart: start + i + 1, oldLines: [], newStart: start + j + 1, newLines: [] };
    if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) hunk.newLines.push(midB[j++]);
    else hunk.oldLines.push(midA[i++]);
  }
  flush();
  return changes;
}
