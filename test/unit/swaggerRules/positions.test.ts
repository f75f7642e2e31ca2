// Finding positions in a swagger come from a line table built only as far as the findings reach (validate.ts
// lineIndex); they must be TextDocument's positions exactly, for LF, CRLF, lone CR and mixed line ends, whatever the
// order of the offsets asked.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lineIndex } from '../../../server/src/engine/swaggerRules/validate';

function samePositions(text: string, offsets: number[]): void {
  const doc = TextDocument.create('file:///x/apiDefinition.swagger.json', 'json', 1, text);
  const at = lineIndex(text);
  for (const o of offsets) assert.deepEqual(at(o), doc.positionAt(o), `offset ${o} of ${JSON.stringify(text)}`);
}

const every = (text: string) => Array.from({ length: text.length + 3 }, (_, i) => i - 1);

describe('swagger finding positions', () => {
  it('are TextDocument positions for every offset, in order and in reverse', () => {
    for (const text of ['', '{}', '{\n  "a": 1\n}\n', '{\r\n  "a": 1\r\n}\r\n', '{\r  "a": 1\r}', 'a\r\n\r\nb\n\rc\r', '\r\n', '\n\r', 'x\r']) {
      samePositions(text, every(text));
      samePositions(text, every(text).reverse());
    }
  });

  it('places an offset between CR and LF at the end of its line, as TextDocument does', () => {
    assert.deepEqual(lineIndex('ab\r\ncd')(3), { line: 0, character: 2 });
  });

  it('agrees on random texts of mixed line ends, offsets asked in random order', () => {
    let seed = 20261202;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pieces = ['a', '"k": 1', '\n', '\r', '\r\n', '  ', '{', '}'];
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let i = Math.floor(random() * 40); i > 0; i--) text += pieces[Math.floor(random() * pieces.length)];
      samePositions(text, every(text).sort(() => random() - 0.5));
    }
  });
});
