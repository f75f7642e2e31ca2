// The quick-fix oracle: a rule's fix edits only inside the member (property: key and value; or array item) that its
// diagnostic's range points at. The text before and after that member must come back byte for byte; a fix that
// lands in another copy of a duplicated key, or anywhere else, breaks it. Two allowances: a removed member takes one
// adjoining comma and the whitespace around it; and a fix that only adds text (e.g. "copy the description to
// schema.description", reported on the description) may add it to a sibling, inside the object holding the member.
import { Node, parseTree } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';

interface Position { line: number; character: number }
interface Range { start: Position; end: Position }
export interface TextEditLike { range: Range; newText: string }
export interface DiagnosticLike { range: Range; code?: unknown; data?: unknown }

/** The codes whose fixes are not about a JSON member (a comma, a comment, the BOM). */
const NOT_MEMBER_FIXES = new Set(['strict-json']);

export function hasRuleFixes(d: DiagnosticLike): boolean {
  const fixes = (d.data as { fixes?: unknown } | undefined)?.fixes;
  return Array.isArray(fixes) && fixes.length > 0 && !NOT_MEMBER_FIXES.has(String(d.code));
}

/**
 * The document's tree, only when it parses without a syntax error (comments and trailing commas allowed): in broken
 * JSON, where a member ends is a guess that differs between parsers, so the oracle does not judge those inputs.
 */
function tree(text: string): Node | undefined {
  try {
    const errors: unknown[] = [];
    const root = parseTree(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text, errors as never, { allowTrailingComma: true, disallowComments: false });
    return errors.length ? undefined : root;
  } catch {
    return undefined; // jsonc-parser recurses: a document nested thousands deep overflows it
  }
}

/** Whether the oracle can judge fixes in `text` (it parses without a syntax error). */
export function judgeable(text: string): boolean {
  return tree(text) !== undefined;
}

interface Span { offset: number; end: number }

/**
 * The member (property, or array item, or the root) around the innermost node that holds [start, end], and the
 * object or array holding that member.
 */
export function memberSpan(text: string, start: number, end: number): { member: Span; container: Span } | undefined {
  let node = tree(text);
  if (!node || start < node.offset || end > node.offset + node.length) return undefined;
  for (;;) {
    const child: Node | undefined = node.children?.find(c => c.offset <= start && end <= c.offset + c.length);
    if (!child) break;
    node = child;
  }
  const member = node.parent?.type === 'property' ? node.parent : node;
  const container = member.parent ?? member;
  return { member: withSeparators(text, member.offset, member.offset + member.length), container: { offset: container.offset, end: container.offset + container.length } };
}

/** A member's span widened over the whitespace and the one comma on each side (what its removal also takes). */
function withSeparators(text: string, offset: number, end: number): Span {
  const space = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
  let start = offset;
  while (space(text[start - 1])) start--;
  if (text[start - 1] === ',') for (start--; space(text[start - 1]); start--);
  let stop = end;
  while (space(text[stop])) stop++;
  if (text[stop] === ',') for (stop++; space(text[stop]); stop++);
  return { offset: start, end: stop };
}

function keepsOutside(text: string, result: string, span: Span): boolean {
  const tail = text.length - span.end;
  return result.length - tail >= span.offset && result.slice(0, span.offset) === text.slice(0, span.offset)
    && result.slice(result.length - tail) === text.slice(span.end);
}

/**
 * What is wrong with a quick fix's edits for `diagnostic`, or undefined when they stay inside its member. Compares
 * the result with the original outside the member's span.
 */
export function fixOutsideMember(document: TextDocument, diagnostic: DiagnosticLike, edits: TextEditLike[]): string | undefined {
  const text = document.getText();
  const spans = memberSpan(text, document.offsetAt(diagnostic.range.start), document.offsetAt(diagnostic.range.end));
  if (!spans) return `no member at the diagnostic range ${JSON.stringify(diagnostic.range)}`;
  let result: string;
  try {
    result = TextDocument.applyEdits(document, edits as never);
  } catch (e) {
    return `edits cannot be applied: ${e instanceof Error ? e.message : String(e)}`;
  }
  if (keepsOutside(text, result, spans.member)) return undefined;
  const onlyAdds = edits.every(e => document.getText(e.range).trim() === '');
  if (onlyAdds && keepsOutside(text, result, spans.container)) return undefined;
  const first = edits.map(e => document.offsetAt(e.range.start)).sort((a, b) => a - b)[0];
  return `edit at offset ${first} outside the member [${spans.member.offset}, ${spans.member.end}) of the diagnostic`;
  return undefined;
}
