// The low-level edit helpers, the layout detection and the choice of a finding's repairs behind every code action.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { detectFormatting } from '../../../server/src/engine/codeActions/formatting';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { Target, insertItemAt, parse, removeAt, renameKeyAt, setAt, shiftSpan } from '../../../server/src/engine/codeActions/jsonEdits';
import type { JsonPath } from '../../../server/src/engine/rules/types';
import { applyOffsetEdits, minimalEdit } from '../../../server/src/engine/codeActions/textEdits';
import { fixesFor, safeFixFor } from '../../../server/src/engine/codeActions/quickFixes';
import { SOURCE } from '../../../server/src/engine/validation';
import type { Diagnostic } from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';

const TWO = { insertSpaces: true, tabSize: 2, eol: '\n' };

/**
 * A target as a rule anchors it: the node at `path` (its key with `key`), or the root when the path does not exist
 * yet (what is missing is created below the anchor). These texts have no duplicate keys.
 */
function target(text: string, path: JsonPath, key?: 'key'): Target {
  const root = parseTree(text.replace(/^\uFEFF/, ' '))!;
  const node = findNodeAtLocation(root, path);
  if (!node) return { path, at: { offset: root.offset, length: root.length } };
  const n = key ? node.parent!.children![0] : node;
  return { path, at: { offset: n.offset, length: n.length } };
}

describe('layout detection', () => {
  it('detects 2 and 4 spaces, tabs and CRLF', () => {
    assert.deepEqual(detectFormatting('{\n  "a": {\n    "b": 1\n  }\n}'), { insertSpaces: true, tabSize: 2, eol: '\n' });
    assert.deepEqual(detectFormatting('{\r\n    "a": {\r\n        "b": 1\r\n    }\r\n}'), { insertSpaces: true, tabSize: 4, eol: '\r\n' });
    assert.deepEqual(detectFormatting('{\n\t"a": {\n\t\t"b": 1\n\t}\n}'), { insertSpaces: false, tabSize: 4, eol: '\n' });
  });

  it('falls back to 2 spaces and LF for a one-line file', () => {
    assert.deepEqual(detectFormatting('{"a": 1}'), TWO);
  });

  it('takes the most common step when a few lines are aligned oddly', () => {
    const text = '{\n    "a": {\n        "b": 1,\n        "c": [\n                 1\n        ]\n    },\n    "d": {\n        "e": 2\n    }\n}';
    assert.equal(detectFormatting(text).tabSize, 4);
  });

  it('reads lines as split(/\\r?\\n/) cuts them: blank lines, a lone CR, a last line without a newline', () => {
    // Lines of spaces, tabs or other whitespace (no-break space, vertical tab) set no indentation.
    assert.deepEqual(detectFormatting('{\n      \n\t\n   \u00a0\n \v\n    "a": 1\n}'), { insertSpaces: true, tabSize: 4, eol: '\n' });
    // A lone CR stays inside its line: "{\r   x" is one line, indented 0.
    assert.deepEqual(detectFormatting('{\r   "a": {\n      "b": 1\n   }\n}'), { insertSpaces: true, tabSize: 6, eol: '\n' });
    // CRLF counted as one line end; a last line without a newline still counts.
    assert.deepEqual(detectFormatting('{\r\n   "a": 1,\r\n   "b": 2\r\n   }'), { insertSpaces: true, tabSize: 3, eol: '\r\n' });
    // Tab-indented lines outnumber space-indented ones.
    assert.deepEqual(detectFormatting('{\n\t"a": 1,\n\t"b": 2,\n  "c": 3\n}'), { insertSpaces: false, tabSize: 4, eol: '\n' });
  });
});

describe('the tree the edits are located in', () => {
  it('is parsed once for the findings of one text, and again for another text', () => {
    const text = '{\n  "a": {\n    "b": 1\n  }\n}';
    const first = parse(text);
    assert.ok(first);
    assert.equal(parse(text), first, 'the same text (even as another string) shares the tree');
    assert.equal(parse(text.slice(0, 5) + text.slice(5)), first);
    const other = parse(text.replace('1', '2'));
    assert.notEqual(other, first);
    assert.equal(findNodeAtLocation(other!, ['a', 'b'])?.value, 2);
    // Edits located after a parse of another text still come from the text they are given.
    assert.equal(applyOffsetEdits(text, setAt(text, target(text, ['a', 'b']), 5, TWO)), '{\n  "a": {\n    "b": 5\n  }\n}');
  });
});

describe('minimal JSON edits', () => {
  const run = (text: string, edits: ReturnType<typeof setAt>) => applyOffsetEdits(text, edits);

  it('fills an empty one-line object or array on new lines', () => {
    assert.equal(run('{\n  "a": {}\n}', setAt('{\n  "a": {}\n}', target('{\n  "a": {}\n}', ['a', 'b']), 1, TWO)), '{\n  "a": {\n    "b": 1\n  }\n}');
    assert.equal(run('{\n  "a": [ ]\n}', insertItemAt('{\n  "a": [ ]\n}', target('{\n  "a": [ ]\n}', ['a']), { x: 1 }, TWO)), '{\n  "a": [\n    {\n      "x": 1\n    }\n  ]\n}');
  });

  it('inserts before a member when an index is given', () => {
    const text = '{\n  "a": [\n    1,\n    3\n  ]\n}';
    assert.equal(run(text, insertItemAt(text, target(text, ['a']), 2, TWO, 1)), '{\n  "a": [\n    1,\n    2,\n    3\n  ]\n}');
  });

  it('replaces a value, laying out an object from the line\'s indentation', () => {
    const text = '{\n  "a": {\n    "b": true\n  }\n}';
    assert.equal(run(text, setAt(text, target(text, ['a', 'b']), { c: 'd' }, TWO)), '{\n  "a": {\n    "b": {\n      "c": "d"\n    }\n  }\n}');
  });

  it('turns a null on the way into the object the path needs', () => {
    const text = '{\n  "a": {\n    "ui": null\n  }\n}';
    assert.equal(run(text, setAt(text, target(text, ['a', 'ui', 'constraints', 'required']), 'true', TWO)),
      '{\n  "a": {\n    "ui": {\n      "constraints": {\n        "required": "true"\n      }\n    }\n  }\n}');
  });

  it('removes the only member, leaving an empty container', () => {
    const text = '{\n  "a": {\n    "b": 1\n  }\n}';
    assert.equal(run(text, removeAt(text, target(text, ['a', 'b'], 'key'))), '{\n  "a": {}\n}');
  });

  it('removes an array item with its comma', () => {
    const text = '[1, 2, 3]';
    assert.equal(run(text, removeAt(text, target(text, [1]))), '[1, 3]');
    assert.equal(run(text, removeAt(text, target(text, [0]))), '[2, 3]');
  });

  it('renames a key and ignores a path that does not exist', () => {
    assert.equal(run('{"a": {"b": 1}}', renameKeyAt('{"a": {"b": 1}}', target('{"a": {"b": 1}}', ['a', 'b'], 'key'), 'B')), '{"a": {"B": 1}}');
    assert.deepEqual(renameKeyAt('{"a": 1}', target('{"a": 1}', ['x'], 'key'), 'y'), []);
    assert.deepEqual(removeAt('{"a": 1}', target('{"a": 1}', ['x'], 'key')), []);
  });

  it('keeps the offsets of a file that starts with a BOM', () => {
    const text = '\uFEFF{"a": true}';
    assert.equal(run(text, setAt(text, target(text, ['a']), 'true', TWO)), '\uFEFF{"a": "true"}');
  });

  it('minimalEdit covers only the changed span', () => {
    assert.deepEqual(minimalEdit('abcXdef', 'abcYYdef'), { offset: 3, length: 1, content: 'YY' });
    assert.equal(minimalEdit('same', 'same'), undefined);
  });
});

describe('edits are located from their anchor node, not by path', () => {
  const text = '{"a": {"b": 1}, "a": {"b": 2}}';
  const second = (needle: string) => ({ offset: text.lastIndexOf(needle), length: needle.length });

  it('edits the copy of a duplicated key whose node is the anchor', () => {
    assert.equal(applyOffsetEdits(text, setAt(text, { path: ['a', 'b'], at: second('2') }, 3, TWO)), '{"a": {"b": 1}, "a": {"b": 3}}');
    assert.equal(applyOffsetEdits(text, setAt(text, { path: ['a', 'c'], at: second('{"b": 2}') }, 3, TWO)), '{"a": {"b": 1}, "a": {"b": 2, "c": 3}}');
    assert.equal(applyOffsetEdits(text, renameKeyAt(text, { path: ['a', 'b'], at: second('"b"') }, 'B')), '{"a": {"b": 1}, "a": {"B": 2}}');
    assert.equal(applyOffsetEdits(text, removeAt(text, { path: ['a', 'b'], at: second('"b"') })), '{"a": {"b": 1}, "a": {}}');
  });

  it('below the anchor, follows the last of duplicated keys (as JSON loaders read it)', () => {
    const t = '{"a": {"c": {"x": 1}, "c": {"y": 1}}}';
    assert.equal(applyOffsetEdits(t, setAt(t, { path: ['a', 'c', 'z'], at: { offset: 0, length: t.length } }, 2, TWO)), '{"a": {"c": {"x": 1}, "c": {"y": 1, "z": 2}}}');
  });

  it('gives no edit when no node spans the anchor exactly, or the node there has another path or role', () => {
    assert.deepEqual(setAt(text, { path: ['a', 'b'], at: { offset: text.lastIndexOf('2'), length: 2 } }, 3, TWO), []);
    assert.deepEqual(setAt(text, { path: ['x', 'b'], at: second('2') }, 3, TWO), []);
    assert.deepEqual(renameKeyAt(text, { path: ['a', 'b'], at: second('2') }, 'B'), [], 'a value is not a key');
    assert.deepEqual(removeAt(text, { path: ['a', 'b'], at: second('2') }), [], 'a property is removed from its key');
    assert.deepEqual(insertItemAt(text, { path: ['a'], at: second('{"b": 2}') }, 1, TWO), [], 'not an array');
  });

  it('moves a span over an earlier edit and grows it with an edit inside', () => {
    const span = { offset: 10, length: 5 };
    assert.deepEqual(shiftSpan(span, { offset: 2, length: 1, content: 'abc' }), { offset: 12, length: 5 });
    assert.deepEqual(shiftSpan(span, { offset: 10, length: 0, content: 'ab' }), { offset: 12, length: 5 }, 'an insertion at its start is before it');
    assert.deepEqual(shiftSpan(span, { offset: 12, length: 1, content: 'abc' }), { offset: 10, length: 7 });
    assert.deepEqual(shiftSpan(span, { offset: 15, length: 0, content: 'ab' }), span, 'an insertion at its end is after it');
    assert.deepEqual(shiftSpan(span, { offset: 8, length: 4, content: '' }), { offset: -1, length: 0 }, 'an edit across its start destroys it');
  });
});

describe('the first safe repair of a finding', () => {
  const text = '{\n  "a": {\n    "b": 1\n  }\n}';
  const at = text.indexOf('1');
  const diagnostic = (fixes: unknown[]): Diagnostic => ({
    range: { start: { line: 2, character: 9 }, end: { line: 2, character: 10 } }, message: 'm', source: SOURCE,
    data: { fixes },
  });
  const set = (title: string, value: unknown, safe?: boolean, path: (string | number)[] = ['a', 'b']) =>
    ({ kind: 'set', title, path, at: { offset: at, length: 1 }, value, ...(safe === undefined ? {} : { safe }) });
  const doc = TextDocument.create('file:///x/apiProperties.json', 'apiproperties', 1, text);

  it('is the first safe fix whose edits can be located, as fixesFor(...).find(f => f.safe) gives it', () => {
    const d = diagnostic([set('Unsafe', 2), set('Anchor moved', 3, true, ['c']), set('Safe', 4, true), set('Also safe', 5, true)]);
    assert.deepEqual(fixesFor(doc, d, TWO).map(f => [f.title, f.safe]), [['Unsafe', false], ['Safe', true], ['Also safe', true]]);
    const first = safeFixFor(doc, d, TWO);
    assert.deepEqual(first, fixesFor(doc, d, TWO).find(f => f.safe));
    assert.equal(applyOffsetEdits(text, first!.edits), '{\n  "a": {\n    "b": 4\n  }\n}');
  });

  it('is none when no fix is safe, or for a diagnostic of another source', () => {
    assert.equal(safeFixFor(doc, diagnostic([set('Unsafe', 2)]), TWO), undefined);
    assert.equal(safeFixFor(doc, { ...diagnostic([set('Safe', 4, true)]), source: 'json' }, TWO), undefined);
  });
});
