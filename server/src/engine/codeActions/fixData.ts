// Turns a rule's FixData into minimal text edits (see jsonEdits.ts): only the value, key or member concerned changes.
import type { FixData } from '../rules/types';
import type { DocumentFormatting } from './formatting';
import { removeAt, renameKeyAt, setAt } from './jsonEdits';
import type { Edit } from './textEdits';

export function fixToEdits(text: string, fix: FixData, formatting: DocumentFormatting): Edit[] {
  switch (fix.kind) {
    case 'set': return setAt(text, fix.path, fix.value, formatting);
    case 'remove': return removeAt(text, fix.path);
    case 'renameKey': return renameKeyAt(text, fix.path, fix.newKey);
    case 'replaceText':
      if (fix.offset < 0 || fix.offset + fix.length > text.length) return [];
      return [{ offset: fix.offset, length: fix.length, content: fix.newText }];
  }
  return [];
}

export function isFixData(value: unknown): value is FixData {
  if (!value || typeof value !== 'object') return false;
  const f = value as Record<string, unknown>;
  if (typeof f.title !== 'string') return false;
  switch (f.kind) {
    case 'set': return Array.isArray(f.path) && 'value' in f;
    case 'remove': return Array.isArray(f.path);
    case 'renameKey': return Array.isArray(f.path) && typeof f.newKey === 'string';
    case 'replaceText': return typeof f.offset === 'number' && typeof f.length === 'number' && typeof f.newText === 'string';
    default: return false;
  }
}
