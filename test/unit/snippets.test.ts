// The auth snippets are generated from authKinds.ts; the committed file must be the generated one, and every snippet,
// expanded with its default placeholder values and put where it belongs, must be strict JSON that our own
// validation (schema and every rule) reports without a single finding.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConnectorService } from '../../server/src/engine/service';
import { SNIPPETS_FILE, SnippetHost, buildSnippets, snippetsFileText } from '../../scripts/generate-snippets';
import { getAuthKind, parameterSetsTemplate } from '../../server/src/engine/authKinds';
import { withSentinels } from '../../server/src/engine/codeActions/placeholders';

/**
 * Expands a TextMate snippet the way an editor does when the user accepts every default: `${n:default}` (nested
 * placeholders included) -> default, `${n|a,b|}` -> first choice, `$n`/`${n}` -> '', `\$`, `\}`, `\\` -> the character.
 */
export function expandSnippet(body: string): string {
  let out = '';
  let i = 0;
  const parse = (stopAtBrace: boolean): string => {
    let s = '';
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && i + 1 < body.length && '$}\\,|'.includes(body[i + 1])) { s += body[i + 1]; i += 2; continue; }
      if (stopAtBrace && c === '}') return s;
      if (c === '$') {
        const simple = /^\$(\d+)/.exec(body.slice(i));
        if (simple) { i += simple[0].length; continue; }
        const choice = /^\$\{(\d+)\|([^|]*)\|\}/.exec(body.slice(i));
        if (choice) { s += choice[2].split(',')[0]; i += choice[0].length; continue; }
        const open = /^\$\{(\d+)(:?)/.exec(body.slice(i));
        if (open) {
          i += open[0].length;
          const inner = open[2] ? parse(true) : '';
          assert.equal(body[i], '}', `unclosed placeholder in snippet at ${i}`);
          i++;
          s += inner;
          continue;
        }
        throw new Error(`unsupported snippet syntax at ${i}: ${body.slice(i, i + 20)}`);
      }
      s += c;
      i++;
    }
    return s;
  };
  out = parse(false);
  return out;
}

const HOSTS: Record<SnippetHost, (snippet: string) => string> = {
  setsValues: s => [
    '{', '  "properties": {', '    "iconBrandColor": "#123456",', '    "capabilities": [],',
    '    "connectionParameterSets": {', '      "uiDefinition": {', '        "displayName": "Authentication type",',
    '        "description": "Choose how to sign in"', '      },', '      "values": [', s, '      ]', '    }', '  }', '}', '',
  ].join('\n'),
  connectionParameters: s => [
    '{', '  "properties": {', '    "iconBrandColor": "#123456",', '    "capabilities": [],',
    '    "connectionParameters": {', s, '    }', '  }', '}', '',
  ].join('\n'),
  properties: s => ['{', '  "properties": {', '    "iconBrandColor": "#123456",', '    "capabilities": [],', s, '  }', '}', ''].join('\n'),
};

const service = new ConnectorService();

describe('auth snippets', () => {
  it('the committed snippets file is the generated one (run `npm run snippets` after changing authKinds.ts)', () => {
    assert.equal(fs.readFileSync(SNIPPETS_FILE, 'utf8'), snippetsFileText());
  });

  it('covers every authentication kind as a set and as connectionParameters, plus a two-set skeleton', () => {
    assert.deepEqual(Object.values(buildSnippets()).map(s => s.prefix), [
      'pp-set-basic', 'pp-set-apikey', 'pp-set-aad', 'pp-set-aad-sp', 'pp-set-oauth2', 'pp-set-oauth2generic',
      'pp-params-basic', 'pp-params-apikey', 'pp-params-aad', 'pp-params-aad-sp', 'pp-params-oauth2', 'pp-params-oauth2generic',
      'pp-multiauth',
    ]);
  });

  it('shares a tab stop within a set (token and refresh URL) but never across sets (each set has its own app)', () => {
    const { defaults } = withSentinels(parameterSetsTemplate([getAuthKind('aad')!, getAuthKind('oauth2')!]));
    const stops = [...defaults.values()];
    assert.equal(stops.filter(v => v === '[YOUR_CLIENT_ID]').length, 2, 'one client-id tab stop per set');
    assert.equal(stops.filter(v => v === 'https://resource.example.com').length, 1, 'resourceUri and AzureActiveDirectoryResourceId share one');
    assert.equal(stops.filter(v => v === 'https://example.com/oauth2/token').length, 1, 'tokenUrl and refreshUrl share one');
  });

  it('expands placeholders, choices, tab stops and escapes like an editor', () => {
    assert.equal(expandSnippet('"${1:a}" ${2|x,y|} $3 ${4} \\$x ${5:\\}}'), '"a" x   $x }');
  });

  for (const [name, snippet] of Object.entries(buildSnippets())) {
    it(`"${name}" (${snippet.prefix}) expands to a document that validates clean`, async () => {
      const body = snippet.body.join('\n');
      assert.match(body, /\$\{1:/, 'the snippet has tab stops');
      const expanded = expandSnippet(body).replace(/\t/g, '  ');
      const text = HOSTS[snippet.host](expanded);
      assert.doesNotThrow(() => JSON.parse(text), text);
      const doc = TextDocument.create('file:///x/apiProperties.json', 'apiproperties', 1, text);
      const diagnostics = await service.validate(doc, { settings: { validate: true, rules: {}, profile: 'custom' } });
      assert.deepEqual(diagnostics.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`), []);
    });
  }
});
