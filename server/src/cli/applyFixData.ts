// Turns FixData into text, touching only the fixed spans (jsonc-parser `modify` for path edits), so the rest of the
// user's formatting survives. Offset-based edits go first (later offsets first, skipping overlaps), then path-based
// ones one by one against the updated text, where paths stay valid.
import { applyEdits, Edit, findNodeAtLocation, modify, parseTree } from 'jsonc-parser';
import type { FixData } from '../engine/rules/types';

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

export function applyFixData(text: string, fixes: readonly FixData[]): { text: string; applied: number; titles: string[] } {
  let current = text;
  let applied = 0;
  const titles: string[] = [];
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const options = { formattingOptions: { ...FORMAT.formattingOptions, eol, tabSize: detectIndent(text) } };

  const byOffset = fixes.filter((f): f is Extract<FixData, { kind: 'replaceText' }> => f.kind === 'replaceText')
    .sort((x, y) => y.offset - x.offset);
  let limit = Infinity;
  for (const f of byOffset) {
    if (f.offset + f.length > limit || f.offset < 0 || f.offset + f.length > current.length) continue;
    current = current.slice(0, f.offset) + f.newText + current.slice(f.offset + f.length);
    limit = f.offset;
    applied++;
    titles.push(f.title);
  }

  const seen = new Set<string>();
  for (const f of fixes) {
    if (f.kind === 'replaceText') continue;
    const key = JSON.stringify([f.kind, f.path]);
    if (seen.has(key)) continue;
    seen.add(key);
    let edits: Edit[] = [];
    try {
      if (f.kind === 'set') edits = modify(current, f.path, f.value, options);
      else if (f.kind === 'remove') edits = modify(current, f.path, undefined, options);
      else edits = renameKey(current, f.path, f.newKey);
    } catch {
      continue; // the path no longer exists (an earlier fix removed it): nothing to do
    }
    if (!edits.length) continue;
    const next = applyEdits(current, edits);
    if (next === current) continue;
    current = next;
    applied++;
    titles.push(f.title);
  }
  return { text: current, applied, titles };
}

function renameKey(text: string, path: (string | number)[], newKey: string): Edit[] {
  const root = parseTree(text);
  const value = root && findNodeAtLocation(root, path);
  const property = value?.parent;
  const keyNode = property?.type === 'property' ? property.children?.[0] : undefined;
  if (!keyNode) return [];
  return [{ offset: keyNode.offset, length: keyNode.length, content: JSON.stringify(newKey) }];
}

function detectIndent(text: string): number {
  const m = /\n( +)"/.exec(text);
  return m ? Math.min(8, m[1].length) : 2;
}
