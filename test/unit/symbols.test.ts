// The outline reads like the connector: full expected trees (name, detail, kind, range, selection range) for the
// fixture connectors, the fallback to the JSON outline, and range containment over every fixture and example.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentSymbol, SymbolKind } from 'vscode-json-languageservice';
import { ConnectorService } from '../../server/src/engine';

const FIXTURES = join(__dirname, '..', 'fixtures', 'preview');
const service = new ConnectorService();

function symbolsOf(text: string): DocumentSymbol[] {
  return service.documentSymbols(TextDocument.create('file:///x/apiProperties.json', 'apiproperties', 1, text));
}

type Row = [string, string | null, SymbolKind, string, string, Row[]?];
const r = (x: DocumentSymbol['range']) => `${x.start.line}:${x.start.character}-${x.end.line}:${x.end.character}`;
function rows(symbols: DocumentSymbol[]): Row[] {
  return symbols.map(s => {
    const row: Row = [s.name, s.detail ?? null, s.kind, r(s.range), r(s.selectionRange)];
    if (s.children?.length) row.push(rows(s.children));
    return row;
  });
}
const fixture = (name: string) => readFileSync(join(FIXTURES, `${name}.apiProperties.json`), 'utf8');

// Kinds used: Namespace 3 (groups), Class 5 (sets), Field 8, Key 20 (OAuth sign-in), Function 12 (policies),
// Method 6 (script operations), Constant 14 (brand colour), Property 7.

test('single-auth: parameters directly under Authentication, policies with their operations, script operations, branding, other members', () => {
  assert.deepEqual(rows(symbolsOf(fixture('single-auth'))), [
    ['Authentication', 'API key', 3, '2:4-35:5', '2:4-2:26', [
      ['hostName', 'string · required', 8, '3:6-11:7', '3:6-3:16'],
      ['api_key', 'securestring · required', 8, '12:6-19:7', '12:6-12:15'],
      ['pageSize', 'int', 8, '20:6-26:7', '20:6-20:16'],
      ['gateway', 'gatewaySetting', 8, '27:6-34:7', '27:6-27:15'],
    ]],
    ['Policies', '1 policy', 3, '38:4-47:5', '38:4-38:29', [
      ['dynamichosturl · Host from the connection', 'ListTickets, GetTicket', 12, '39:6-46:7', '40:22-40:38'],
    ]],
    ['Script operations', '1 operation', 3, '48:4-48:37', '48:4-48:22', [
      ['GetTicket', null, 6, '48:25-48:36', '48:25-48:36'],
    ]],
    ['Branding', null, 3, '36:4-36:31', '36:4-36:20', [
      ['iconBrandColor', '#007ee5', 14, '36:4-36:31', '36:4-36:20'],
    ]],
    ['capabilities', 'gateway', 7, '37:4-37:31', '37:4-37:18'],
  ]);
});

test('multi-auth: each set by display name with its kind and name, parameters with type, required, hidden', () => {
  assert.deepEqual(rows(symbolsOf(fixture('multi-auth'))), [
    ['Authentication', 'Multi-auth: 3 sets', 3, '2:4-103:5', '2:4-2:29', [
      ['Contoso account (OAuth)', 'Microsoft Entra ID (OAuth) · oauth', 5, '8:8-42:9', '9:18-9:25', [
        ['token', 'oauthSetting · required', 20, '15:12-33:13', '15:12-15:19'],
        ['token:TenantId', 'string · hidden', 8, '34:12-40:13', '34:12-34:28'],
      ]],
      ['API key', 'API key · apiKey', 5, '43:8-76:9', '44:18-44:26', [
        ['region', 'string · required', 8, '50:12-65:13', '50:12-50:20'],
        ['api_key', 'securestring · required', 8, '66:12-74:13', '66:12-66:21'],
      ]],
      ['User name and password', 'Basic · basic', 5, '77:8-101:9', '78:18-78:25', [
        ['username', 'securestring · required', 8, '84:12-91:13', '84:12-84:22'],
        ['password', 'securestring · required', 8, '92:12-99:13', '92:12-92:22'],
      ]],
    ]],
    ['Branding', null, 3, '104:4-107:27', '104:4-104:20', [
      ['iconBrandColor', '#2b5797', 14, '104:4-104:31', '104:4-104:20'],
      ['publisher', 'Contoso', 7, '106:4-106:26', '106:4-106:15'],
      ['stackOwner', 'Contoso', 7, '107:4-107:27', '107:4-107:16'],
    ]],
    ['capabilities', '[]', 7, '105:4-105:22', '105:4-105:18'],
  ]);
});

test('pitfalls: a set without display name is listed by its name; a boolean required is not "required"', () => {
  assert.deepEqual(rows(symbolsOf(fixture('pitfalls'))), [
    ['Authentication', 'Multi-auth: 2 sets', 3, '2:4-53:5', '2:4-2:29', [
      ['key-auth', 'API key', 5, '8:8-30:9', '9:18-9:28', [
        ['api_key', 'securestring', 8, '14:12-20:13', '14:12-14:21'],
        ['environment', 'string', 8, '21:12-28:13', '21:12-21:25'],
      ]],
      ['API key (EU)', 'API key · key-auth', 5, '31:8-51:9', '32:18-32:28', [
        ['api_key', 'securestring · required', 8, '37:12-43:13', '37:12-37:21'],
        ['region', 'string · hidden', 8, '44:12-49:13', '44:12-44:20'],
      ]],
    ]],
    ['Branding', null, 3, '54:4-54:31', '54:4-54:20', [
      ['iconBrandColor', '#da3b01', 14, '54:4-54:31', '54:4-54:20'],
    ]],
  ]);
});

test('both connectionParameters and sets: the legacy block is listed under Authentication as ignored', () => {
  const text = '{"properties": {"connectionParameters": {"api_key": {"type": "securestring"}},\n'
    + '"connectionParameterSets": {"values": [{"name": "a", "parameters": {}}, {"parameters": {"u": {"type": "string"}}}]},\n'
    + '"scriptOperations": [], "policyTemplateInstances": [{"templateId": "setheader", "parameters": {}}]}}';
  assert.deepEqual(rows(symbolsOf(text)), [
    ['Authentication', 'Multi-auth: 2 sets', 3, '0:16-1:115', '0:16-0:38', [
      ['a', 'No authentication', 5, '1:39-1:70', '1:48-1:51'],
      ['Set 2', 'Custom inputs', 5, '1:72-1:113', '1:72-1:113', [
        ['u', 'string', 8, '1:88-1:111', '1:88-1:91'],
      ]],
      ['connectionParameters', 'ignored by clients while sets exist', 3, '0:16-0:77', '0:16-0:38', [
        ['api_key', 'securestring', 8, '0:41-0:76', '0:41-0:50'],
      ]],
    ]],
    ['Policies', '1 policy', 3, '2:24-2:98', '2:24-2:49', [
      ['setheader', 'all operations', 12, '2:52-2:97', '2:67-2:78'],
    ]],
    ['Script operations', 'all operations (empty list)', 3, '2:0-2:22', '2:0-2:18'],
  ]);
});

test('without a properties object the plain JSON outline is kept', () => {
  assert.deepEqual(rows(symbolsOf('{"info": {"title": "x"}}')), [
    ['info', null, SymbolKind.Module, '0:1-0:23', '0:1-0:7', [['title', 'x', SymbolKind.String, '0:10-0:22', '0:10-0:17']]],
  ]);
  assert.deepEqual(symbolsOf(''), []);
});

test('every symbol lies inside the document, inside its parent, with its selection inside its range', () => {
  const files = readdirSync(FIXTURES).map(f => join(FIXTURES, f));
  const examples = join(__dirname, '..', '..', 'examples');
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
    .flatMap(e => (e.isDirectory() ? walk(join(dir, e.name)) : /apiProperties\.json$/.test(e.name) ? [join(dir, e.name)] : []));
  try { files.push(...walk(examples)); } catch { /* examples are optional here */ }
  assert.ok(files.length >= 3);
  const pos = (p: { line: number; character: number }) => p.line * 1e6 + p.character;
  const inside = (inner: DocumentSymbol['range'], outer: DocumentSymbol['range']) =>
    pos(inner.start) >= pos(outer.start) && pos(inner.end) <= pos(outer.end);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const whole = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } };
    const check = (s: DocumentSymbol, parent: DocumentSymbol['range']) => {
      assert.ok(inside(s.range, parent), `${file}: ${s.name} ${r(s.range)} outside ${r(parent)}`);
      assert.ok(inside(s.selectionRange, s.range), `${file}: ${s.name} selection outside its range`);
      s.children?.forEach(c => check(c, s.range));
    };
    const symbols = symbolsOf(text);
    assert.ok(symbols.length > 0, file);
    symbols.forEach(s => check(s, whole));
  }
});
