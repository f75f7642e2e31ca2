// The operationId rename on the real connectors of the corpus: for each swagger, every operationId that its
// apiProperties.json or script.csx names (and its first operation), renamed across the folder. The result must stay
// valid JSON with exactly the renamed values changed (compared as parsed values), the references must follow, and the
// withheld renames must be the ambiguous ones (an id the swagger does not declare, or declares twice). Counts are printed.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ConnectorFiles, occurrencesIn, operationIdOccurrences, renameOperationId, swaggerOutline,
} from '../../server/src/engine/swaggerNavigation';

const REPO = path.resolve(__dirname, '..', '..');
const CORPUS = process.env.PP_CONNECTOR_CORPUS ?? path.resolve(REPO, '..', 'shared', 'corpus');

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']);
// Example payloads are data, never swagger.
const DATA = new Set(['example', 'examples', 'x-ms-test-value']);

/** Whether an `operationId` member at `path` (keys from the root) names an operation: an independent oracle on the parsed swagger. */
function callsOperation(path: (string | number)[]): boolean {
  if (path.some((k, i) => typeof k === 'string' && DATA.has(k) && path[i - 1] !== 'properties')) return false;
  const parent = path[path.length - 1], grand = path[path.length - 2], great = path[path.length - 3];
  if (path.length === 3 && path[0] === 'paths' && typeof parent === 'string' && METHODS.has(parent.toLowerCase())) return true;
  if (typeof parent === 'string' && /^x-ms-dynamic-(values|schema|list|properties)$/.test(parent) && grand !== 'properties') return true;
  if ((parent === 'open' || parent === 'browse') && (grand === 'x-ms-dynamic-tree' || (grand === 'file-picker' && great === 'x-ms-capabilities'))) return true;
  if (parent === 'testConnection' && grand === 'x-ms-capabilities') return true;
  return typeof parent === 'number' && grand === 'operations' && great === 'x-ms-openai-data';
}

/** The parsed swagger with the operationIds that name `from` changed to `to`. */
function renamedSwagger(value: unknown, from: string, to: string, path: (string | number)[] = []): unknown {
  if (Array.isArray(value)) return value.map((v, i) => renamedSwagger(v, from, to, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) =>
      [k, k === 'operationId' && v === from && callsOperation(path) ? to : renamedSwagger(v, from, to, [...path, k])]));
  }
  return value;
}

/** apiProperties with the policy operation names and scriptOperations entries equal to `from` changed to `to`. */
function renamedProperties(value: unknown, from: string, to: string): unknown {
  const props = (value as { properties?: Record<string, unknown> }).properties;
  if (!props) return value;
  const swap = (list: unknown) => Array.isArray(list) ? list.map(x => x === from ? to : x) : list;
  const policies = Array.isArray(props.policyTemplateInstances) ? props.policyTemplateInstances.map((p: Record<string, unknown>) => {
    const parameters = p?.parameters as Record<string, unknown> | undefined;
    return parameters && typeof parameters === 'object' && 'x-ms-apimTemplate-operationName' in parameters
      ? { ...p, parameters: { ...parameters, 'x-ms-apimTemplate-operationName': swap(parameters['x-ms-apimTemplate-operationName']) } }
      : p;
  }) : props.policyTemplateInstances;
  return { ...(value as object), properties: { ...props, ...(props.policyTemplateInstances !== undefined ? { policyTemplateInstances: policies } : {}), ...(props.scriptOperations !== undefined ? { scriptOperations: swap(props.scriptOperations) } : {}) } };
}

const parse = (text: string) => JSON.parse(text.replace(/^\uFEFF/, ''));

describe('operationId rename on the corpus', () => {
  const present = existsSync(CORPUS);
  it('renames stay valid JSON, change exactly the operationIds, and every reference follows', { skip: present ? false : `corpus folder not found at ${CORPUS} (set PP_CONNECTOR_CORPUS)` }, () => {
    const swaggers = readdirSync(CORPUS).filter(f => f.endsWith('.apiDefinition.swagger.json')).sort();
    let renamed = 0, edits = 0, crossFile = 0, outlines = 0;
    const withheld = new Map<string, number>();
    const failures: string[] = [];
    for (const name of swaggers) {
      const prefix = name.slice(0, -'.apiDefinition.swagger.json'.length);
      const read = (suffix: string) => { const p = path.join(CORPUS, `${prefix}.${suffix}`); return existsSync(p) ? readFileSync(p, 'utf8') : undefined; };
      const swaggerText = read('apiDefinition.swagger.json')!;
      let swaggerJson: unknown;
      try { swaggerJson = parse(swaggerText); } catch { continue; }
      const propsText = read('apiProperties.json');
      const scriptText = read('script.csx');
      const files: ConnectorFiles = {
        swagger: { uri: 'file:///corpus/apiDefinition.swagger.json', text: swaggerText },
        apiProperties: propsText !== undefined ? { uri: 'file:///corpus/apiProperties.json', text: propsText } : undefined,
        script: scriptText !== undefined ? { uri: 'file:///corpus/script.csx', text: scriptText } : undefined,
      };
      if (swaggerOutline(files.swagger).length) outlines++;
      const ids = new Set<string>();
      const first = /"operationId"\s*:\s*"([^"\\]+)"/.exec(swaggerText)?.[1];
      if (first) ids.add(first);
      if (files.apiProperties) for (const o of occurrencesIn('apiProperties', files.apiProperties)) ids.add(o.value);
      if (files.script) for (const o of occurrencesIn('script', files.script)) ids.add(o.value);
      for (const id of ids) {
        const to = `${id.replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^[^A-Za-z_]/, 'x')}Renamed`;
        const before = operationIdOccurrences(files, id);
        const result = renameOperationId(files, id, to);
        if ('error' in result) {
          const reason = result.error.replace(/"[^"]*"/g, '"…"');
          withheld.set(reason, (withheld.get(reason) ?? 0) + 1);
          continue;
        }
        renamed++;
        const count = Object.values(result.changes).reduce((n, e) => n + e.length, 0);
        edits += count;
        if (Object.keys(result.changes).length > 1) crossFile++;
        if (count !== before.length) failures.push(`${prefix} ${id}: ${count} edits for ${before.length} occurrences`);
        const after = (file: { uri: string; text: string }) => TextDocument.applyEdits(TextDocument.create(file.uri, 'json', 0, file.text), result.changes[file.uri] ?? []);
        // The swagger: the same value, with only operationId members equal to the old id changed.
        try {
          const expected = renamedSwagger(swaggerJson, id, to);
          assert.deepEqual(parse(after(files.swagger)), expected);
        } catch (e) { failures.push(`${prefix} ${id} swagger: ${(e as Error).message.slice(0, 200)}`); }
        if (files.apiProperties) {
          try {
            const expected = renamedProperties(parse(files.apiProperties.text), id, to);
            assert.deepEqual(parse(after(files.apiProperties)), expected);
          } catch (e) { if (!(e instanceof SyntaxError)) failures.push(`${prefix} ${id} apiProperties: ${(e as Error).message.slice(0, 200)}`); }
        }
        // script.csx has no parsed oracle: its literals are counted again (another uri keeps the original cached).
        if (files.script) {
          const script = occurrencesIn('script', { uri: files.script.uri + '.renamed', text: after(files.script) });
          const was = before.filter(o => o.language === 'csharp').length;
          const now = script.filter(o => o.value === to || o.value === to.toLowerCase() || o.value === to.toUpperCase()).length;
          if (now !== was) failures.push(`${prefix} ${id}: ${was} script.csx references before, ${now} after`);
        }
      }
    }
    console.log(`operationId rename on the corpus: ${swaggers.length} swaggers (${outlines} with an outline), ${renamed} renames, ${edits} edits, ${crossFile} across files; withheld ${JSON.stringify(Object.fromEntries(withheld))}`);
    assert.deepEqual(failures, []);
    assert.ok(renamed > 500, `only ${renamed} renames`);
    // Only duplicated operationIds may withhold a rename of an id taken from the swagger itself.
    for (const reason of withheld.keys()) assert.match(reason, /operations of the swagger use the operationId|No operation of the swagger has/);
  });
});
