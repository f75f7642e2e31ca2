import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { displayBytes, firstInvalidUtf8, jsonTerminalSafe, lineStart, terminalSafe } from '../../../server/src/cli/terminalText';

describe('cli terminal-safe text', () => {
  it('spells control characters, C1, separators and bidi controls as visible escapes; keeps tab and other text', () => {
    assert.equal(terminalSafe('a\u001b[2Jb\u0007c\rd\ne\u009bf\u202eg\u2028h\u007fi\tj é ✔'), 'a\\u001b[2Jb\\u0007c\\u000dd\\u000ae\\u009bf\\u202eg\\u2028h\\u007fi\tj é ✔');
  });

  it('never lets a displayed line start with a workflow command', () => {
    assert.equal(lineStart('::error file=x::forged/apiProperties.json'), './::error file=x::forged/apiProperties.json');
    assert.equal(lineStart('ok/apiProperties.json'), 'ok/apiProperties.json');
  });

  it('escapes in JSON text only what JSON.stringify leaves raw, so the value parses the same', () => {
    const value = { s: 'a\u009b\u202e\u2028\u007fb\u001b' };
    const text = jsonTerminalSafe(JSON.stringify(value));
    assert.doesNotMatch(text, /[\u0000-\u001f\u007f-\u009f\u2028\u202e]/);
    assert.deepEqual(JSON.parse(text), value);
  });

  it('shows bytes that are not UTF-8 as \\xNN and finds the first one', () => {
    const name = Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from('-é-'), Buffer.from([0xf0, 0x9f])]);
    assert.equal(displayBytes(name), 'caf\\xE9-é-\\xF0\\x9F');
    assert.equal(firstInvalidUtf8(name), 3);
    assert.equal(firstInvalidUtf8(Buffer.from('all good ✔ 😀')), -1);
    // Overlong forms and UTF-16 surrogates are not UTF-8 either.
    assert.equal(firstInvalidUtf8(Buffer.from([0x41, 0xc0, 0xaf])), 1);
    assert.equal(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80])), 0);
  });
});
