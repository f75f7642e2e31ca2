// Severity per schema constraint (server/src/engine/schemaSeverity.ts, docs/severity-audit.md): an error only where
// the schema annotates the constraint with `x-severity: error` and its reason; every other schema finding is a
// warning that says the platform tolerates it.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { diagnostics, summarize } from '../support/engine';
import { keywordOf } from '../../server/src/engine/schemaSeverity';
import { AUDIT, constraintTable, withConstraints } from '../../scripts/severity-audit';

const schemaOnly = async (text: string) => summarize(await diagnostics(text)).filter(l => /^\S+ \S+ (schema|json-syntax) /.test(l));
const wrap = (params: string) => `{\n  "properties": {\n    "iconBrandColor": "#da3b01",\n    "connectionParameters": ${params}\n  }\n}`;
const TOLERATED = 'The platform tolerates this, but it is non-standard.';

describe('schema severity per constraint', () => {
  for (const name of ['api-key', 'API key', 'x-Auth-Email']) {
    it(`a connection parameter named ${JSON.stringify(name)} is a warning that says it is tolerated`, async () => {
      const lines = await schemaOnly(wrap(`{ ${JSON.stringify(name)}: { "type": "securestring" } }`));
      assert.equal(lines.length, 1, lines.join('\n'));
      assert.match(lines[0], /^4:31-4:\d+ warning schema Non-standard connection parameter name: .*The platform tolerates other characters/);
    });
  }

  it('a parameter name in a multi-auth set is a warning too', async () => {
    const text = '{"properties": {"iconBrandColor": "#da3b01", "connectionParameterSets": {"values": [{"name": "k", "parameters": {"api-key": {"type": "securestring", "uiDefinition": {"constraints": {"required": "true"}}}}}]}}}';
    const lines = await schemaOnly(text);
    assert.deepEqual(lines.map(l => l.split(' ').slice(1, 3).join(' ')), ['warning schema'], lines.join('\n'));
  });

  it('an array redirectUrl is a warning, not an error', async () => {
    const lines = await schemaOnly(wrap('{ "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "aad", "redirectMode": "GlobalPerConnector", "redirectUrl": ["https://a.example/redirect", "https://b.example/redirect"], "customParameters": { "resourceUri": { "value": "https://r.example" } } } } }'));
    assert.deepEqual(lines, [`4:165-4:225 warning schema Incorrect type. Expected "string". ${TOLERATED}`]);
  });

  it('an unknown member of properties is a warning (the platform ignores it)', async () => {
    const lines = await schemaOnly('{"properties": {"iconBrandColor": "#da3b01", "website": "https://contoso.example"}}');
    assert.deepEqual(lines, [`1:46-1:55 warning schema Property website is not allowed here. Remove it, or fix its spelling (completion lists the keys allowed at this place). ${TOLERATED}`]);
  });

  it('keeps errors where the constraint is annotated: a root member other than properties, a missing properties', async () => {
    assert.deepEqual(await schemaOnly('{"properties": {"iconBrandColor": "#da3b01"}, "connectionParameters": {}}'), [
      '1:47-1:69 error schema Property connectionParameters is not allowed here. Remove it, or fix its spelling (completion lists the keys allowed at this place).',
    ]);
    assert.deepEqual(await schemaOnly('{}'), ['1:1-1:2 error schema Missing property "properties". Add it (completion inserts it).']);
  });

  it('keeps errors for an unknown parameter type and a parameter without type', async () => {
    const lines = await schemaOnly(wrap('{ "a": { "type": "clientCertificate" }, "b": { "uiDefinition": {} } }'));
    assert.deepEqual(lines.map(l => l.split(' ').slice(0, 3).join(' ')), ['4:46-4:65 error schema', '4:69-4:72 error schema'], lines.join('\n'));
  });

  it('keeps an error for a policy template without its required parameter (array item: no key to report at)', async () => {
    const text = '{"properties": {"iconBrandColor": "#da3b01", "policyTemplateInstances": [{"templateId": "setheader", "title": "t", "parameters": {"x-ms-apimTemplateParameter.name": "h"}}]}}';
    const ds = (await diagnostics(text)).filter(d => d.code === 'schema' || d.code === 'template-parameters');
    assert.ok(ds.length > 0 && ds.every(d => d.severity === 1), JSON.stringify(ds));
  });

  it('keeps an error for a missing templateId inside policyTemplateInstances (reported at the object)', async () => {
    const lines = await schemaOnly('{"properties": {"iconBrandColor": "#da3b01", "policyTemplateInstances": [{"title": "t", "parameters": {}}]}}');
    assert.deepEqual(lines, ['1:74-1:75 error schema Missing property "templateId". Add it (completion inserts it).']);
  });

  it('truncated JSON is still an error', async () => {
    const lines = summarize(await diagnostics('{\n  "properties": {\n    "iconBrandColor": "#da3b01",\n    "connectionParameters": {'));
    assert.ok(lines.some(l => / error json-syntax /.test(l)), lines.join('\n'));
    assert.ok(lines.filter(l => / json-syntax /.test(l)).every(l => / error /.test(l)), lines.join('\n'));
  });

  it('a user setting for `schema` still overrides every constraint', async () => {
    const ds = await diagnostics('{}', { settings: { validate: true, rules: { schema: 'information' }, profile: 'custom' } });
    assert.deepEqual(ds.filter(d => d.code === 'schema').map(d => d.severity), [3]);
  });

  it('maps each message shape of the JSON service to its keyword', () => {
    assert.equal(keywordOf('Missing property "type".'), 'required');
    assert.equal(keywordOf('Property website is not allowed.'), 'additionalProperties');
    assert.equal(keywordOf('Incorrect type. Expected "string".'), 'type');
    assert.equal(keywordOf('Incorrect type. Expected one of string, null.'), 'type');
    assert.equal(keywordOf('Value is not accepted. Valid values: "a".'), 'enum');
    assert.equal(keywordOf('Value must be "x".'), 'const');
    assert.equal(keywordOf('String does not match the pattern of "^a$".'), 'pattern');
    assert.equal(keywordOf('Matches a schema that is not allowed.'), 'not');
  });

  it('every error-level constraint of the schema states why, and is listed in docs/severity-audit.md', () => {
    const root = path.resolve(__dirname, '..', '..');
    const schema = JSON.parse(readFileSync(path.join(root, 'schemas', 'apiProperties.schema.json'), 'utf8'));
    const audit = readFileSync(path.join(root, 'docs', 'severity-audit.md'), 'utf8');
    const found: string[] = [];
    const visit = (node: unknown, pointer: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      const levels = n['x-severity'] as Record<string, string> | undefined;
      const why = n['x-why'] as Record<string, string> | undefined;
      for (const [keyword, level] of Object.entries(levels ?? {})) {
        found.push(`${pointer} ${keyword}`);
        assert.ok(['error', 'warning', 'information'].includes(level), `${pointer}: x-severity.${keyword} = ${level}`);
        assert.ok(keyword in n || keyword === 'type' && 'type' in n, `${pointer}: x-severity names ${keyword}, which this node does not have`);
        assert.ok((why?.[keyword]?.length ?? 0) > 30, `${pointer}: x-why.${keyword} missing`);
        assert.ok(audit.includes(`\`${pointer}\``), `${pointer} is not in docs/severity-audit.md`);
      }
      for (const [k, v] of Object.entries(n)) if (k !== 'x-why') visit(v, `${pointer}/${k}`);
    };
    visit(schema, '#');
    assert.ok(found.length >= 20, found.join('\n'));
  });

  it('the constraint inventory in docs/severity-audit.md is what scripts/severity-audit.ts generates from the schema', () => {
    const doc = readFileSync(AUDIT, 'utf8');
    assert.equal(withConstraints(doc, constraintTable()), doc, 'run `node --import tsx scripts/severity-audit.ts`');
  });
});
