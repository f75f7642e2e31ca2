// The C# tokenizer on what connector scripts contain: every literal form, comments, preprocessor lines, and the
// unterminated forms a truncated file leaves.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { tokenize } from '../../../server/src/engine/csharp/tokenizer';

const shapes = (src: string) => tokenize(src).map(t => `${t.kind}:${src.slice(t.offset, t.offset + t.length)}${t.value !== undefined ? `=${JSON.stringify(t.value)}` : ''}${t.unterminated ? '!' : ''}`);

describe('C# tokenizer', () => {
  it('reads regular, verbatim, interpolated and raw strings, chars, comments and directives', () => {
    const src = '#r "x"\nvar a = @"q""q" + $"x{(b ? "}" : c)}y" + $$"""{{z}} {lit}""" + \'\\\'\' + "a\\"b"; // done';
    assert.deepEqual(shapes(src), [
      'preprocessor:#r "x"', 'identifier:var', 'identifier:a', 'punct:=',
      'string:@"q""q"="q\\"q"', 'punct:+', 'string:$"x{(b ? "}" : c)}y"', 'punct:+', 'string:$$"""{{z}} {lit}"""', 'punct:+',
      "char:'\\''", 'punct:+', 'string:"a\\"b"="a\\"b"', 'punct:;', 'comment:// done',
    ]);
  });

  it('a string or comment in a comment or string is text, not a token', () => {
    assert.deepEqual(shapes('/* "not a string */ x = "// not a comment";'), ['comment:/* "not a string */', 'identifier:x', 'punct:=', 'string:"// not a comment"="// not a comment"', 'punct:;']);
  });

  it('marks what a truncated file leaves open', () => {
    assert.deepEqual(shapes('x = "abc\ny = /* open'), ['identifier:x', 'punct:=', 'string:"abc!', 'identifier:y', 'punct:=', 'comment:/* open!']);
    assert.deepEqual(shapes('s = """raw'), ['identifier:s', 'punct:=', 'string:"""raw!']);
  });

  it('a raw string keeps its content without the indentation of its closing line', () => {
    const [, , t] = tokenize('s = """\n    {"a": 1}\n    """;');
    assert.equal(t.value, '{"a": 1}');
  });
});
