// paconn settings.json: which files are paconn's, schema findings with their exact range and level, files named that
// do not exist, completion of file names (a `|` caret) and hover from the schema; all results written out in full.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-json-languageservice';
import { MemoryFileSystem } from '../../../server/src/engine/swagger/fileSystem';
import { findSwagger } from '../../../server/src/engine/swagger/pairing';
import { isPaconnSettings, namedFiles, resolveNamed } from '../../../server/src/engine/paconnSettings/files';
import { completePaconnSettings, hoverPaconnSettings, validatePaconnSettings } from '../../../server/src/engine/paconnSettings/service';
import { allCodes } from '../../../server/src/engine/rules/registry';
import { SETTINGS_RULES } from '../../../server/src/engine/paconnSettings/rules';
import { caret } from '../../support/caret';
import type { EngineSettings } from '../../../server/src/engine/settings';

const URI = 'file:///c/contoso/settings.json';
const folder = () => new MemoryFileSystem()
  .set('file:///c/contoso/apiProperties.json', '{}')
  .set('file:///c/contoso/apiDefinition.swagger.json', '{}')
  .set('file:///c/contoso/other.swagger.json', '{}')
  .set('file:///c/contoso/icon.png', 'png')
  .set('file:///c/contoso/script.csx', '')
  .set('file:///c/contoso/notes.txt', '')
  .mkdir('file:///c/contoso/assets');

const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];
async function lines(text: string, fileSystem = folder(), settings?: EngineSettings): Promise<string[]> {
  const doc = TextDocument.create(URI, 'json', 1, text);
  const ds: Diagnostic[] = await validatePaconnSettings(doc, { fileSystem, settings });
  return ds.map(d => `${d.range.start.line}:${d.range.start.character} ${d.code} ${SEVERITY[d.severity ?? 1]} ${JSON.stringify(doc.getText(d.range))}: ${d.message}`);
}

describe('paconn settings.json: which files', () => {
  it('never one inside .vscode; one naming a paconn member; one beside apiProperties.json without editor keys', () => {
    assert.equal(isPaconnSettings('file:///c/contoso/.vscode/settings.json', '{ "apiDefinition": "a.json" }', true), false);
    assert.equal(isPaconnSettings('file:///c/contoso/settings.json', '{ "apiDefinition": "a.json" }', false), true);
    assert.equal(isPaconnSettings('file:///c/contoso/settings.json', '{ "editor.tabSize": 2 }', true), false);
    assert.equal(isPaconnSettings('file:///c/contoso/settings.json', '{ "editor.tabSize": 2 }', false), false);
    assert.equal(isPaconnSettings('file:///c/contoso/settings.json', '{}', true), true);
    assert.equal(isPaconnSettings('file:///c/contoso/settings.json', '{}', false), false);
    assert.equal(isPaconnSettings('file:///c/contoso/settings.json', '{ "apiDefinition": ', true), true);
  });

  it('reads the named files with their value ranges; names resolve from the settings folder, absolute ones as given', () => {
    const text = '{ "apiDefinition": "sub\\\\api.json", "icon": 3, "script": "s.csx", "script": "script.csx" }';
    assert.deepEqual(namedFiles(text), [
      { key: 'apiDefinition', value: 'sub\\api.json', offset: 19, length: 15 },
      { key: 'script', value: 'script.csx', offset: 76, length: 12 },
    ]);
    assert.equal(resolveNamed(URI, 'sub\\api.json'), 'file:///c/contoso/sub/api.json');
    assert.equal(resolveNamed(URI, '../shared/api.json'), 'file:///c/shared/api.json');
    assert.equal(resolveNamed(URI, '/abs/api.json'), 'file:///abs/api.json');
  });

  it('pairing reads apiDefinition through the same reader', async () => {
    const fs = new MemoryFileSystem().set('file:///c/x/apiProperties.json', '{}').set('file:///c/x/def/api.json', '{}')
      .set('file:///c/x/settings.json', '\uFEFF{ "apiDefinition": " def/api.json " }');
    assert.deepEqual(await findSwagger(fs, 'file:///c/x/apiProperties.json'),
      { swaggerUri: 'file:///c/x/def/api.json', kind: 'settings', dependsOn: ['file:///c/x/settings.json'] });
  });
});

describe('paconn settings.json: diagnostics', () => {
  it('a complete, correct file gives nothing', async () => {
    assert.deepEqual(await lines(`{
  "connectorId": "shared_contoso",
  "environment": "Default-0a1b2c3d-0000-4000-8000-00000000abcd",
  "apiProperties": "apiProperties.json",
  "apiDefinition": "apiDefinition.swagger.json",
  "icon": "icon.png",
  "script": "script.csx",
  "powerAppsUrl": "https://api.powerapps.com",
  "powerAppsApiVersion": "2016-11-01",
  "flowUrl": "https://api.flow.microsoft.com",
  "flowApiVersion": "2016-11-01"
}`), []);
  });

  it('schema: a non-string value is an error; an unknown member (did you mean), a bad environment, version or URL a warning', async () => {
    assert.deepEqual(await lines(`{
  "connectorId": 5,
  "environment": "my-env",
  "apiDefiniton": "apiDefinition.swagger.json",
  "powerAppsApiVersion": "2020-01-01",
  "flowUrl": "flow"
}`), [
      '1:17 settings-schema error "5": Incorrect type. Expected "string". paconn fails on a value of another type.',
      '2:17 settings-schema warning "\\"my-env\\"": The environment is the environment\'s id: a GUID such as 00000000-0000-0000-0000-000000000000 (the default environment: Default-<tenant GUID>).',
      '3:2 settings-schema warning "\\"apiDefiniton\\"": Property "apiDefiniton" is not read by paconn, which ignores it. Did you mean "apiDefinition"?',
      '4:25 settings-schema warning "\\"2020-01-01\\"": Value is not accepted. Valid values: "2016-11-01".',
      '5:13 settings-schema warning "\\"flow\\"": String is not a URI: URI with a scheme is expected.',
    ]);
  });

  it('strict JSON: comments, trailing commas, a BOM and duplicate keys, as paconn\'s json.load rejects them', async () => {
    assert.deepEqual(await lines('\uFEFF{\n  // dev\n  "icon": "icon.png",\n  "icon": "icon.png",\n}'), [
      '0:0 strict-json error "\uFEFF": Byte order mark (BOM) at the start of the file: paconn loads settings.json with a strict JSON parser and fails on it. Save the file as UTF-8 without BOM.',
      '1:2 strict-json error "// dev": Comment: paconn loads settings.json with a strict JSON parser and fails on comments. Remove the comment.',
      '2:2 duplicate-key error "\\"icon\\"": Duplicate key "icon": paconn keeps only the last value. Remove or merge one of them.',
      '3:2 duplicate-key error "\\"icon\\"": Duplicate key "icon": paconn keeps only the last value. Remove or merge one of them.',
      '3:20 strict-json error ",": Trailing comma: paconn loads settings.json with a strict JSON parser and fails on it. Remove the comma.',
    ]);
  });

  it('files named that do not exist, or are folders: a warning at the value with the path looked for', async () => {
    assert.deepEqual(await lines('{\n  "apiProperties": "apiProperties.json",\n  "apiDefinition": "missing.swagger.json",\n  "icon": "assets",\n  "script": "../code/script.csx"\n}'), [
      '2:19 settings-file-missing warning "\\"missing.swagger.json\\"": settings.json names "missing.swagger.json" as apiDefinition (the API definition (swagger)), but /c/contoso/missing.swagger.json does not exist: fix the name, or add the file.',
      '3:10 settings-file-missing warning "\\"assets\\"": settings.json names "assets" as icon (the icon), but /c/contoso/assets is a folder, not a file: name the file.',
      '4:12 settings-file-missing warning "\\"../code/script.csx\\"": settings.json names "../code/script.csx" as script (the custom code), but /c/code/script.csx does not exist: fix the name, or add the file.',
    ]);
  });

  it('honours rule levels and validate: false; without a file system the file check is skipped', async () => {
    const text = '{ "connectorId": 5, "icon": "nope.png" }';
    assert.deepEqual(await lines(text, folder(), { validate: true, profile: 'auto', rules: { 'settings-schema': 'hint', 'settings-file-missing': 'off' } }), [
      '0:17 settings-schema hint "5": Incorrect type. Expected "string". paconn fails on a value of another type.',
    ]);
    assert.deepEqual(await lines(text, folder(), { validate: false, profile: 'auto', rules: {} }), []);
    const doc = TextDocument.create(URI, 'json', 1, text);
    assert.deepEqual((await validatePaconnSettings(doc)).map(d => d.code), ['settings-schema']);
  });

  it('ids are setting codes with a doc page stating the default severity', async () => {
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    for (const [id, meta] of Object.entries(SETTINGS_RULES)) {
      assert.ok(allCodes().has(id), id);
      const page = readFileSync(path.resolve(__dirname, '..', '..', '..', 'docs', 'rules', `${id}.md`), 'utf8');
      assert.ok(page.startsWith(`# \`${id}\``) && page.includes(`**Default severity:** ${meta.severity}`), id);
    }
  });
});

describe('paconn settings.json: completion and hover', () => {
  async function complete(textWithCaret: string): Promise<{ labels: string[]; after?: string }> {
    const { text, position } = caret(textWithCaret);
    const doc = TextDocument.create(URI, 'json', 1, text);
    const list = await completePaconnSettings(doc, position, { fileSystem: folder() });
    const items = list?.items ?? [];
    const first = items[0];
    const edit = first?.textEdit && 'range' in first.textEdit ? first.textEdit : undefined;
    return { labels: items.map(i => i.label), after: edit ? TextDocument.applyEdits(doc, [edit]) : undefined };
  }

  it('offers the folder\'s files with a fitting extension, the usual name first, replacing the whole value', async () => {
    assert.deepEqual(await complete('{ "apiDefinition": "ot|her" }'), {
      labels: ['apiDefinition.swagger.json', 'other.swagger.json', 'apiProperties.json'],
      after: '{ "apiDefinition": "apiDefinition.swagger.json" }',
    });
    assert.deepEqual(await complete('{ "icon": "|" }'), { labels: ['icon.png'], after: '{ "icon": "icon.png" }' });
    assert.deepEqual(await complete('{ "script": "|" }'), { labels: ['script.csx'], after: '{ "script": "script.csx" }' });
    assert.deepEqual(await complete('{ "apiProperties": "|"'), {
      labels: ['apiProperties.json', 'apiDefinition.swagger.json', 'other.swagger.json'],
      after: '{ "apiProperties": "apiProperties.json"',
    });
  });

  it('elsewhere, the schema\'s members and values', async () => {
    assert.deepEqual((await complete('{ | }')).labels, [
      '$schema', 'connectorId', 'environment', 'apiProperties', 'apiDefinition', 'icon', 'script', 'powerAppsUrl', 'powerAppsApiVersion', 'flowUrl', 'flowApiVersion',
    ]);
    assert.deepEqual((await complete('{ "powerAppsApiVersion": | }')).labels, ['"2016-11-01"']);
    assert.deepEqual((await complete('{ "connectorId": "|" }')).labels, []);
  });

  it('hover shows the schema\'s description of the member', async () => {
    const { text, position } = caret('{ "scr|ipt": "script.csx" }');
    const hover = await hoverPaconnSettings(TextDocument.create(URI, 'json', 1, text), position);
    assert.deepEqual(hover, {
      contents: ['File name of the connector\'s custom code (`script.csx`). Read by paconn although the official schema does not list it.'],
      range: { start: { line: 0, character: 2 }, end: { line: 0, character: 10 } },
    });
  });
});
