'use strict';
// Every authentication snippet the extension contributes, inserted with its placeholders at their defaults into a
// real document, must leave valid JSON without pp-connector errors.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const jsonc = require('jsonc-parser');
const h = require('./helpers');

const TARGET = 'empty-target/apiProperties.json';
const PROPERTIES_MEMBERS = ['connectionParameters', 'connectionParameterSets'];

/** Snippets contributed for our language: [{ name, prefix, body (string) }]. */
function contributedSnippets() {
  const manifest = h.readManifest();
  const files = ((manifest.contributes || {}).snippets || []).filter((s) => s.language === h.LANGUAGE_ID);
  const out = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(h.REPO_ROOT, file.path), 'utf8');
    const errors = [];
    const snippets = jsonc.parse(text, errors, { allowTrailingComma: true });
    if (errors.length) throw new Error(`${file.path} does not parse: ${JSON.stringify(errors)}`);
    for (const [name, s] of Object.entries(snippets)) {
      out.push({ name, prefix: s.prefix, body: Array.isArray(s.body) ? s.body.join('\n') : s.body, file: file.path });
    }
  }
  return out;
}

/** The text a snippet inserts when every placeholder keeps its default (first choice; variables empty). */
function withDefaults(body) {
  let prev;
  let text = body;
  do {
    prev = text;
    text = text
      .replace(/\$\{\d+:((?:[^${}\\]|\\.)*)\}/g, '$1')
      .replace(/\$\{\d+\|((?:[^,|\\]|\\.)*)[^}]*\|\}/g, '$1')
      .replace(/\$\{\d+\}|\$\d+/g, '')
      .replace(/\$\{[A-Z_]+(?::((?:[^${}\\]|\\.)*))?\}|\$[A-Z_]+/g, (_m, d) => d || '');
  } while (text !== prev);
  return text.replace(/\\([$}\\])/g, '$1');
}

/**
 * Where a snippet goes: a member of `properties` ("connectionParameters": {...}), one or more connection parameters
 * ("api_key": {...}) that sit inside connectionParameters, or one parameter set ({ "name": ..., "parameters": ... })
 * that sits in connectionParameterSets.values. Undefined for snippets that are not about authentication.
 */
function authPlacement(snippet) {
  const text = withDefaults(snippet.body);
  const isParameter = (v) => v && typeof v === 'object' && typeof v.type === 'string';
  let members;
  try {
    members = JSON.parse(`{${text}}`);
  } catch {
    try {
      const value = JSON.parse(text);
      if (value && typeof value.name === 'string' && value.parameters && Object.values(value.parameters).every(isParameter)) {
        return { kind: 'parameter-set', keys: Object.keys(value.parameters), setName: value.name };
      }
    } catch { /* neither a member list nor a value */ }
    return undefined;
  }
  const keys = Object.keys(members);
  if (keys.length && keys.every((k) => PROPERTIES_MEMBERS.includes(k))) return { kind: 'properties-member', keys };
  if (keys.length && keys.every((k) => isParameter(members[k]))) return { kind: 'connection-parameter', keys };
  return undefined;
}

const escapeSnippetText = (text) => text.replace(/[$}\\]/g, '\\$&');
const indent = (body, by) => body.split('\n').join('\n' + by);

/** The snippet text to insert as a new member of `properties`: the snippet plus the JSON around it it needs. */
function wrapForPlacement(snippet) {
  switch (snippet.placement.kind) {
    case 'properties-member':
      return snippet.body;
    case 'connection-parameter':
      return escapeSnippetText('"connectionParameters": {\n  ') + indent(snippet.body, '  ') + escapeSnippetText('\n}');
    case 'parameter-set':
      return escapeSnippetText([
        '"connectionParameterSets": {',
        '  "uiDefinition": { "displayName": "Authentication type", "description": "Pick how to sign in" },',
        '  "values": [',
        '    ',
      ].join('\n')) + indent(snippet.body, '    ') + escapeSnippetText('\n  ]\n}');
    default:
      throw new Error('unknown placement ' + snippet.placement.kind);
  }
}

let snippets = [];
let loadError;
try {
  snippets = contributedSnippets().map((s) => ({ ...s, placement: authPlacement(s) })).filter((s) => s.placement);
} catch (error) {
  loadError = error;
}

suite('auth snippets', () => {
  teardown(h.revertAndCloseAll);

  test('the extension contributes authentication snippets', () => {
    if (loadError) throw loadError;
    const kinds = new Set(snippets.map((s) => s.placement.kind));
    for (const kind of ['properties-member', 'connection-parameter', 'parameter-set']) {
      assert.ok(kinds.has(kind), `an auth snippet of kind ${kind}; found: ${snippets.map((s) => s.name).join(', ')}`);
    }
    console.log(`auth snippets: ${snippets.map((s) => `${s.name} (${s.placement.kind})`).join('; ')}`);
  });

  for (const snippet of snippets) {
    test(`snippet "${snippet.name}" inserts valid JSON without pp-connector errors`, async () => {
      const { doc, editor } = await h.openFixture(TARGET);
      const anchorLine = 5;
      assert.strictEqual(doc.lineAt(anchorLine).text, '    "stackOwner": "Fabrikam"');
      const commaAt = new vscode.Position(anchorLine, doc.lineAt(anchorLine).text.length);
      const commaRange = `${anchorLine}:${commaAt.character}-${anchorLine}:${commaAt.character + 1}`;
      const commaError = (list) => list.some((d) => h.rangeText(d.range) === commaRange);

      // A trailing comma first: its error, and then its disappearance once the snippet follows the comma, tell us
      // the server has validated exactly the text with the snippet in it.
      await editor.edit((e) => e.insert(commaAt, ','));
      await h.waitForDiagnostics(doc.uri, commaError, 'the trailing-comma error before the insertion');

      const body = wrapForPlacement(snippet);
      const inserted = await editor.insertSnippet(new vscode.SnippetString('\n' + body), doc.lineAt(anchorLine).range.end);
      assert.strictEqual(inserted, true, 'the snippet was inserted');
      // Leave snippet mode so placeholders keep their defaults.
      await vscode.commands.executeCommand('leaveSnippet');

      const list = await h.waitForDiagnostics(doc.uri, (l) => !commaError(l), 'validation of the text with the snippet');
      const text = doc.getText();
      let parsed;
      assert.doesNotThrow(() => { parsed = JSON.parse(text); }, `strict JSON after inserting:\n${text}`);
      const holder = {
        'properties-member': () => parsed.properties,
        'connection-parameter': () => parsed.properties.connectionParameters,
        'parameter-set': () => parsed.properties.connectionParameterSets.values[0].parameters,
      }[snippet.placement.kind]();
      for (const key of snippet.placement.keys) {
        assert.ok(holder && holder[key] !== undefined, `"${key}" landed in the right place:\n${text}`);
      }
      if (snippet.placement.setName) {
        assert.strictEqual(parsed.properties.connectionParameterSets.values[0].name, snippet.placement.setName);
      }
      const errors = list.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
      assert.ok(errors.length === 0, `errors after inserting "${snippet.name}": ${h.describeDiagnostics(errors)}\n${text}`);
    });
  }
});
