// Turns a rule's FixData into minimal text edits (see jsonEdits.ts): only the value, key or member concerned changes,
// located from the node the rule flagged. An anchor that is not in the text (it changed since validation) gives none.
import type { FixData } from '../rules/types';
import type { DocumentFormatting } from './formatting';
import { removeAt, renameKeyAt, setAt } from './jsonEdits';
import { overlaps, type Edit } from './textEdits';

export function fixToEdits(text: string, fix: FixData, formatting: DocumentFormatting): Edit[] {
  switch (fix.kind) {
    case 'set': return setAt(text, fix, fix.value, formatting);
    case 'remove': return removeAt(text, fix);
    case 'renameKey': return renameKeyAt(text, fix, fix.newKey);
    case 'replaceText':
      if (fix.offset < 0 || fix.offset + fix.length > text.length) return [];
      if (text.slice(fix.offset, fix.offset + fix.length) !== fix.oldText) return [];
      return [{ offset: fix.offset, length: fix.length, content: fix.newText }];
    case 'all': {
      // All or nothing: a part whose anchor moved, or two parts editing the same text, withhold the whole fix.
      const parts: Edit[][] = [];
      for (const part of fix.fixes) {
        const edits = part.kind === 'all' ? [] : fixToEdits(text, part, formatting);
        if (!edits.length || parts.some(p => overlaps(p, edits))) return [];
        parts.push(edits);
      }
      return parts.flat();
    }
  }
  return [];
}

const isSpan = (v: unknown): boolean => {
  const s = v as { offset?: unknown; length?: unknown } | null;
  return !!s && typeof s === 'object' && Number.isInteger(s.offset) && Number.isInteger(s.length) && (s.offset as number) >= 0 && (s.length as number) >= 0;
};

const isPath = (v: unknown): boolean => Array.isArray(v) && v.every(s => typeof s === 'string' || (Number.isInteger(s) && s >= 0));

/** Checks the shape of what the client sent back (diagnostic `data` is untrusted input). */
export function isFixData(value: unknown): value is FixData {
  if (!value || typeof value !== 'object') return false;
  const f = value as Record<string, unknown>;
  if (typeof f.title !== 'string') return false;
  if (f.kind === 'all') {
    // One level only, a handful of parts: the client sends this back, so its size is bounded here.
    return Array.isArray(f.fixes) && f.fixes.length > 0 && f.fixes.length <= 8
      && f.fixes.every(p => isFixData(p) && (p as { kind?: unknown }).kind !== 'all');
  }
  if (f.kind === 'replaceText') {
    return typeof f.offset === 'number' && typeof f.length === 'number' && typeof f.oldText === 'string' && typeof f.newText === 'string';
  }
  if (!isPath(f.path) || !isSpan(f.at)) return false;
  switch (f.kind) {
    case 'set': return 'value' in f;
    case 'remove': return true;
    case 'renameKey': return typeof f.newKey === 'string';
    default: return false;
  }
}
