// The plain-text forms sent to clients that declare neither snippets nor markdown.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { markdownToPlainText, snippetToPlainText } from '../../../server/src/lsp/plainText';

describe('snippetToPlainText', () => {
  const cases: [string, string][] = [
    ['"uiDefinition": {$1}', '"uiDefinition": {}'],
    ['"name": "$1"$0', '"name": ""'],
    ['"type": "${1:string}"', '"type": "string"'],
    ['{ "a": ${1:{ "b": ${2:1} \\}} }', '{ "a": { "b": 1 } }'],
    ['"${1|basic,apiKey|}"', '"basic"'],
    ['"${1|a\\,b,c|}"', '"a,b"'],
    ['cost \\$5 and \\\\ and \\}', 'cost $5 and \\ and }'],
    ['${TM_SELECTED_TEXT:default} $TM_FILENAME ${TM_FILENAME/(.*)/$1/}', 'default  '],
    // Not snippet constructs: kept as written.
    ['price $ 5, {}', 'price $ 5, {}'],
    ['${1:unterminated', '${1:unterminated'],
    ['${ 1}', '${ 1}'],
  ];
  for (const [snippet, plain] of cases) it(JSON.stringify(snippet), () => assert.equal(snippetToPlainText(snippet), plain));
});

describe('markdownToPlainText', () => {
  const cases: [string, string][] = [
    ['**GET** `/items/{id}`', 'GET /items/{id}'],
    ['Connection parameter `api_key` (securestring)', 'Connection parameter api_key (securestring)'],
    ['See [the docs](https://learn.microsoft.com/x) or <https://a>', 'See the docs (https://learn.microsoft.com/x) or <https://a>'],
    ['[https://a](https://a)', 'https://a'],
    ['Escaped: 1\\. a\\_b \\*not bold\\* \\`tick\\`', 'Escaped: 1. a_b *not bold* `tick`'],
    ['snake_case_name and *emphasis* and __strong__', 'snake_case_name and emphasis and strong'],
    ['# Title\n\n```json\n{ "a": **1** }\n```\nafter', 'Title\n\n{ "a": **1** }\nafter'],
    ['a&nbsp;b &lt;tag&gt; &amp;', 'a b <tag> &'],
    ['code keeps \\escapes: `a\\_b`', 'code keeps \\escapes: a\\_b'],
  ];
  for (const [markdown, plain] of cases) it(JSON.stringify(markdown), () => assert.equal(markdownToPlainText(markdown), plain));
});
