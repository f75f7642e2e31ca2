// Turns a rule's FixData into minimal text edits with jsonc-parser: `modify` for set/remove (it lays out an inserted
// value like its surroundings and fixes the commas), direct key/text replacement for renames.
import { findNodeAtLocation, modify, parseTree } from 'jsonc-parser';
import type { FixData } from '../rules/types';
import { DocumentFormatting, jsoncFormatting } from './formatting';
import type { Edit } from './textEdits';

/** jsonc-parser does not know the BOM; a space keeps every offset identical. */
export function parseableText(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
}

export function fixToEdits(text: string, fix: FixData, formatting: DocumentFormatting): Edit[] {
  const source = parseableText(text);
  switch (fix.kind) {
    case 'set':
      return modify(source, fix.path, fix.value, { formattingOptions: jsoncFormatting(formatting) });
    case 'remove': {
      const root = parseTree(source);
      if (!root || !findNodeAtLocation(root, fix.path)) return [];
      return modify(source, fix.path, undefined, { formattingOptions: jsoncFormatting(formatting) });
    }
    case 'renameKey': {
      const root = parseTree(source);
      const value = root && findNodeAtLocation(root, fix.path);
      const key = value?.parent?.type === 'property' ? value.parent.children?.[0] : undefined;
      if (!key) return [];
      return [{ offset: key.offset, length: key.length, content: JSON.stringify(fix.newKey) }];
    }
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
