// The low-level edit helpers and the layout detection behind every code action.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { detectFormatting } from '../../../server/src/engine/codeActions/formatting';
import { insertItemAt, removeAt, renameKeyAt, setAt } from '../../../server/src/engine/codeActions/jsonEdits';
import { applyOffsetEdits, minimalEdit } from '../../../server/src/engine/codeActions/textEdits';

const TWO = { insertSpaces: true, tabSize: 2, eol: '\n' };

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
});

describe('minimal JSON edits', () => {
  const run = (text: string, edits: ReturnType<typeof setAt>) => applyOffsetEdits(text, edits);

  it('fills an empty one-line object or array on new lines', () => {
    assert.equal(run('{\n  "a": {}\n}', setAt('{\n  "a": {}\n}', ['a', 'b'], 1, TWO)), '{\n  "a": {\n    "b": 1\n  }\n}');
    assert.equal(run('{\n  "a": [ ]\n}', insertItemAt('{\n  "a": [ ]\n}', ['a'], { x: 1 }, TWO)), '{\n  "a": [\n    {\n      "x": 1\n    }\n  ]\n}');
  });

  it('inserts before a member when an index is given', () => {
    const text = '{\n  "a": [\n    1,\n    3\n  ]\n}';
    assert.equal(run(text, insertItemAt(text, ['a'], 2, TWO, 1)), '{\n  "a": [\n    1,\n    2,\n    3\n  ]\n}');
  });

  it('replaces a value, laying out an object from the line\'s indentation', () => {
    const text = '{\n  "a": {\n    "b": true\n  }\n}';
    assert.equal(run(text, setAt(text, ['a', 'b'], { c: 'd' }, TWO)), '{\n  "a": {\n    "b": {\n      "c": "d"\n    }\n  }\n}');
  });

  it('turns a null on the way into the object the path needs', () => {
    const text = '{\n  "a": {\n    "ui": null\n  }\n}';
    assert.equal(run(text, setAt(text, ['a', 'ui', 'constraints', 'required'], 'true', TWO)),
      '{\n  "a": {\n    "ui": {\n      "constraints": {\n        "required": "true"\n      }\n    }\n  }\n}');
  });

  it('removes the only member, leaving an empty container', () => {
    const text = '{\n  "a": {\n    "b": 1\n  }\n}';
    assert.equal(run(text, removeAt(text, ['a', 'b'])), '{\n  "a": {}\n}');
  });

  it('removes an array item with its comma', () => {
    const text = '[1, 2, 3]';
    assert.equal(run(text, removeAt(text, [1])), '[1, 3]');
    assert.equal(run(text, removeAt(text, [0])), '[2, 3]');
  });

  it('renames a key and ignores a path that does not exist', () => {
    assert.equal(run('{"a": {"b": 1}}', renameKeyAt('{"a": {"b": 1}}', ['a', 'b'], 'B')), '{"a": {"B": 1}}');
    assert.deepEqual(renameKeyAt('{"a": 1}', ['x'], 'y'), []);
    assert.deepEqual(removeAt('{"a": 1}', ['x']), []);
  });

  it('keeps the offsets of a file that starts with a BOM', () => {
    const text = '\uFEFF{"a": true}';
    assert.equal(run(text, setAt(text, ['a'], 'true', TWO)), '\uFEFF{"a": "true"}');
  });

  it('minimalEdit covers only the changed span', () => {
    assert.deepEqual(minimalEdit('abcXdef', 'abcYYdef'), { offset: 3, length: 1, content: 'YY' });
    assert.equal(minimalEdit('same', 'same'), undefined);
  });
});
