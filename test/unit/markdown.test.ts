// Escaping untrusted text for the markdown we build (server/src/engine/markdown.ts), and the hover that uses it.
import { it } from 'node:test';
import * as assert from 'node:assert/strict';
import { codeSpan, escapeMarkdown } from '../../server/src/engine/markdown';
import { ConnectorService } from '../../server/src/engine';
import { parseSwagger } from '../../server/src/engine/swagger/swaggerModel';
import { doc } from './swagger/helpers';

it('escapes what would make an image, a link, html, emphasis, a heading, a list or an autolink', () => {
  assert.equal(escapeMarkdown('![x](https://evil.example/p.png)'), '\\!\\[x\\]\\(https\\://evil.example/p.png\\)');
  assert.equal(escapeMarkdown('<img src=x> *bold* # h'), '\\<img src\\=x\\> \\*bold\\* \\# h');
  assert.equal(escapeMarkdown('1. one\n  2) two'), '1\\. one\n  2\\) two');
  assert.equal(escapeMarkdown('Get a widget by id.'), 'Get a widget by id.');
});

it('fences a code span longer than any backtick run inside, padded when the text starts or ends with one', () => {
  assert.equal(codeSpan('/widgets/{id}'), '`/widgets/{id}`');
  assert.equal(codeSpan('/a`b'), '``/a`b``');
  assert.equal(codeSpan('/a``b`'), '``` /a``b` ```');
  assert.equal(codeSpan('a\nb'), '`a b`');
});

it('a hover on an operation id shows hostile swagger text literally', async () => {
  const swagger = parseSwagger('file:///c/apiDefinition.swagger.json', JSON.stringify({
    swagger: '2.0',
    paths: { '/w/`rm -rf`/x': { get: { operationId: 'GetW', summary: '![track](https://evil.example/p.png)', description: '[Click here](https://evil.example) <b>now</b>' } } },
  }));
  const text = JSON.stringify({ properties: { policyTemplateInstances: [{ templateId: 'setheader', parameters: { 'x-ms-apimTemplate-operationName': ['GetW'] } }] } }, null, 2);
  const d = doc(text);
  const hover = await new ConnectorService().hover(d, d.positionAt(text.indexOf('"GetW"') + 2), swagger);
  assert.deepEqual(hover?.contents, {
    kind: 'markdown',
    value: '**GET** ``/w/`rm -rf`/x``\n\n\\!\\[track\\]\\(https\\://evil.example/p.png\\)\n\n\\[Click here\\]\\(https\\://evil.example\\) \\<b\\>now\\</b\\>\n\nOperation `GetW` in apiDefinition.swagger.json',
  });
});
