// Generates snippets/apiproperties.code-snippets from server/src/engine/authKinds.ts, so the snippets and the
// "add authentication type" action can never disagree. `npm run snippets` rewrites the file; `--check` only
// compares (exit code 1 when the committed file is stale).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AUTH_KINDS, AuthKind, getAuthKind, parameterSetsTemplate, setTemplate, Template } from '../server/src/engine/authKinds';
import { resolveSentinels, withSentinels } from '../server/src/engine/codeActions/placeholders';

export const SNIPPETS_FILE = path.resolve(__dirname, '..', 'snippets', 'apiproperties.code-snippets');

/** Where a snippet goes, so a test can build the right host document for it. */
export type SnippetHost = 'setsValues' | 'connectionParameters' | 'properties';

export interface SnippetDefinition {
  prefix: string;
  description: string;
  body: string[];
  host: SnippetHost;
}

const SHORT: Record<AuthKind['id'], string> = {
  basic: 'basic', apiKey: 'apikey', aad: 'aad', aadServicePrincipal: 'aad-sp', oauth2: 'oauth2', oauth2generic: 'oauth2generic',
};

/** Tab-indented snippet text (VS Code converts tabs to the editor's indentation) with `${n:default}` tab stops. */
function snippetText(template: Template): string {
  const { value, defaults } = withSentinels(template);
  return resolveSentinels(JSON.stringify(value, null, '\t'), defaults, true);
}

/** The members of an object without its braces, one level less indented. */
function members(text: string): string[] {
  return text.split('\n').slice(1, -1).map(l => l.replace(/^\t/, ''));
}

export function buildSnippets(): Record<string, SnippetDefinition> {
  const out: Record<string, SnippetDefinition> = {};
  for (const kind of AUTH_KINDS) {
    out[`Parameter set: ${kind.label}`] = {
      prefix: `pp-set-${SHORT[kind.id]}`,
      description: `A connectionParameterSets entry (put it in "values"): ${kind.detail}.`,
      body: snippetText(setTemplate(kind)).split('\n'),
      host: 'setsValues',
    };
  }
  for (const kind of AUTH_KINDS) {
    out[`connectionParameters: ${kind.label}`] = {
      prefix: `pp-params-${SHORT[kind.id]}`,
      description: `Single-auth connection parameters (put them in "connectionParameters"): ${kind.detail}.`,
      body: members(snippetText(kind.connectionParameters())),
      host: 'connectionParameters',
    };
  }
  const skeleton = snippetText(parameterSetsTemplate([getAuthKind('apiKey')!, getAuthKind('oauth2')!])).split('\n');
  skeleton[0] = `"connectionParameterSets": ${skeleton[0]}`;
  out['Multi-auth skeleton (two sets)'] = {
    prefix: 'pp-multiauth',
    description: 'A connectionParameterSets block with two authentication types: API key and OAuth 2.0.',
    body: skeleton,
    host: 'properties',
  };
  return out;
}

export function snippetsFileText(): string {
  const file: Record<string, { scope: string; prefix: string; description: string; body: string[] }> = {};
  for (const [name, s] of Object.entries(buildSnippets())) {
    file[name] = { scope: 'apiproperties', prefix: s.prefix, description: s.description, body: s.body };
  }
  return JSON.stringify(file, null, 2) + '\n';
}

if (require.main === module) {
  const text = snippetsFileText();
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(SNIPPETS_FILE) ? fs.readFileSync(SNIPPETS_FILE, 'utf8') : '';
    if (current !== text) {
      console.error(`${path.relative(process.cwd(), SNIPPETS_FILE)} is stale: run npm run snippets`);
      process.exit(1);
    }
    console.log('snippets up to date');
  } else {
    fs.mkdirSync(path.dirname(SNIPPETS_FILE), { recursive: true });
    fs.writeFileSync(SNIPPETS_FILE, text);
    console.log(`wrote ${path.relative(process.cwd(), SNIPPETS_FILE)} (${Object.keys(JSON.parse(text)).length} snippets)`);
  }
}
