// --fix: the editor's "Fix all safe connector problems" (engine/codeActions fixAllText: safe `data.fixes` and the
// strict-JSON repairs, re-validated between rounds until nothing safe is left), plus an account of what it fixed.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-json-languageservice';
import { fixAllText } from '../engine/codeActions/fixAll';
import { detectFormatting } from '../engine/codeActions/formatting';
import { safeFixFor } from '../engine/codeActions/quickFixes';
import type { FileChange } from './report';

export interface FixResult {
  text: string;
  /** Problems that had a safe fix and are gone from the fixed text. */
  applied: number;
  titles: string[];
  /** Diagnostics of the final text. */
  diagnostics: Diagnostic[];
}

/** The title of the safe fix the engine would apply for a diagnostic, if any. */
export function safeFixTitle(document: TextDocument, d: Diagnostic, formatting = detectFormatting(document.getText())): string | undefined {
  return safeFixFor(document, d, formatting)?.title;
}

export async function applySafeFixes(
  text: string, uri: string, diagnostics: Diagnostic[], validate: (text: string, version: number) => Promise<Diagnostic[]>,
): Promise<FixResult> {
  let last = { text, diagnostics };
  const original = TextDocument.create(uri, 'apiproperties', 1, text);
  const fixed = await fixAllText(original, async doc => {
    const t = doc.getText();
    if (t !== last.text) last = { text: t, diagnostics: await validate(t, doc.version) };
    return last.diagnostics;
  });
  if (fixed === text) return { text, applied: 0, titles: [], diagnostics };
  const after = fixed === last.text ? last.diagnostics : await validate(fixed, 1000);
  const remaining = new Map<string, number>();
  const key = (d: Diagnostic) => `${String(d.code)}\u0000${String(d.message)}`;
  for (const d of after) remaining.set(key(d), (remaining.get(key(d)) ?? 0) + 1);
  const titles: string[] = [];
  const formatting = detectFormatting(text);
  for (const d of diagnostics) {
    const title = safeFixTitle(original, d, formatting);
    if (!title) continue;
    const left = remaining.get(key(d)) ?? 0;
    if (left > 0) { remaining.set(key(d), left - 1); continue; }
    titles.push(title);
  }
  return { text: fixed, applied: titles.length, titles, diagnostics: after };
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
