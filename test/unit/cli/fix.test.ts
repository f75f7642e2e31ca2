import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lineChanges } from '../../../server/src/cli/fix';

describe('cli lineChanges (the --fix-dry-run diff)', () => {
  it('reports each changed region separately, with 1-based line numbers', () => {
    const before = ['{', '  "a": 1,', '  "b": 2,', '  "c": 3,', '  "d": 4', '}'].join('\n');
    const after = ['{', '  "A": 1,', '  "b": 2,', '  "c": 3,', '  "D": 4', '}'].join('\n');
    assert.deepEqual(lineChanges(before, after), [
      { oldStart: 2, oldLines: ['  "a": 1,'], newStart: 2, newLines: ['  "A": 1,'] },
      { oldStart: 5, oldLines: ['  "d": 4'], newStart: 5, newLines: ['  "D": 4'] },
    ]);
  });

  it('handles removed and inserted lines, and CRLF', () => {
    assert.deepEqual(lineChanges('a\r\nb\r\nc', 'a\r\nc'), [{ oldStart: 2, oldLines: ['b'], newStart: 2, newLines: [] }]);
    assert.deepEqual(lineChanges('a\nc', 'a\nb1\nb2\nc'), [{ oldStart: 2, oldLines: [], newStart: 2, newLines: ['b1', 'b2'] }]);
    assert.deepEqual(lineChanges('same', 'same'), []);
  });
});
