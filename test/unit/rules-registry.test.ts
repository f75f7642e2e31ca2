// The registry is the single source of truth: every rule file is registered, ids are unique kebab-case, every code
// has a doc page, and the README table is exactly what scripts/rules-table.ts generates from the registry.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES, BUILTIN_CODES, allCodes } from '../../server/src/engine/rules/registry';
import { BUILTIN_META } from '../../server/src/engine/rules/builtins';
import { README, currentTable, rulesTable } from '../../scripts/rules-table';

const ROOT = path.resolve(__dirname, '..', '..');
const RULES_DIR = path.join(ROOT, 'server', 'src', 'engine', 'rules');
/** Helper modules in the rules folder that are not rules. */
const NOT_RULES = new Set(['registry', 'types', 'facts', 'util', 'fixes', 'builtins', 'certification']);

describe('rule registry', () => {
  it('has unique kebab-case ids, including the built-in codes', () => {
    const ids = [...BUILTIN_CODES, ...RULES.map(r => r.id)];
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'duplicate ids');
    assert.deepEqual(ids.filter(id => !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)), [], 'ids that are not kebab-case');
    assert.deepEqual(BUILTIN_META.map(m => m.id), [...BUILTIN_CODES]);
  });

  it('keeps every code family apart: apiProperties, swagger, breaking-change, script.csx, settings.json and folder ids never collide', async () => {
    const { SWAGGER_RULES } = await import('../../server/src/engine/swaggerRules/registry');
    const { BREAKING_RULES, BASE_MISSING_CODE } = await import('../../server/src/engine/breaking/types');
    const { SCRIPT_RULES, SCRIPT_MISSING_CODE } = await import('../../server/src/engine/csharp/scriptChecks');
    const { SETTINGS_RULES } = await import('../../server/src/engine/paconnSettings/rules');
    const { FOLDER_RULES } = await import('../../server/src/engine/folder/rules');
    const ids = [...BUILTIN_CODES, ...RULES.map(r => r.id), ...SWAGGER_RULES.map(r => r.id), ...Object.keys(BREAKING_RULES), BASE_MISSING_CODE, ...Object.keys(SCRIPT_RULES), SCRIPT_MISSING_CODE,
      ...Object.keys(SETTINGS_RULES), ...Object.keys(FOLDER_RULES)];
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
    assert.equal(allCodes().size, ids.length);
  });

  it('registers every rule file, under its own id', () => {
    const files = readdirSync(RULES_DIR).filter(f => f.endsWith('.ts')).map(f => f.slice(0, -3)).filter(f => !NOT_RULES.has(f));
    const registered = new Set(RULES.map(r => r.id));
    assert.deepEqual(files.filter(f => !registered.has(f)), [], 'rule files missing from registry.ts (or helper modules to add to NOT_RULES)');
    assert.deepEqual(RULES.map(r => r.id).filter(id => !files.includes(id)), [], 'registered ids without a file of that name');
    for (const f of files) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(path.join(RULES_DIR, f));
      assert.equal(mod.rule?.id, f, `${f}.ts must export \`rule\` with id "${f}"`);
    }
  });

  it('gives every rule a description, a category and a default severity', () => {
    for (const r of RULES) {
      assert.ok(r.description.length > 10, `${r.id}: description`);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(r.severity), `${r.id}: severity`);
      assert.ok(r.category, `${r.id}: category`);
    }
  });

  it('has a doc page with the sections what, why and an example for every code', () => {
    for (const id of [...BUILTIN_CODES, ...RULES.map(r => r.id)]) {
      const file = path.join(ROOT, 'docs', 'rules', `${id}.md`);
      assert.ok(existsSync(file), `docs/rules/${id}.md is missing`);
      const text = readFileSync(file, 'utf8');
      assert.ok(text.startsWith(`# \`${id}\``), `docs/rules/${id}.md must start with its id as title`);
      assert.match(text, /## (What|Why)/, `docs/rules/${id}.md needs what/why sections`);
      assert.match(text, /```/, `docs/rules/${id}.md needs an example`);
    }
  });

  it('states each rule\'s default severity in its doc page', () => {
    for (const r of [...BUILTIN_META, ...RULES.filter(r => r.category !== 'swagger')]) {
      const text = readFileSync(path.join(ROOT, 'docs', 'rules', `${r.id}.md`), 'utf8');
      assert.ok(text.includes(`**Default severity:** ${r.severity}`), `docs/rules/${r.id}.md states another default severity than ${r.severity}`);
    }
  });

  it('has a test file for every connector rule (swagger rules are tested with the swagger module)', () => {
    const missing = RULES.filter(r => r.category !== 'swagger' && !existsSync(path.join(ROOT, 'test', 'unit', 'rules', `${r.id}.test.ts`)));
    assert.deepEqual(missing.map(r => r.id), []);
  });

  it('matches the README table (regenerate with `npm run rules:table`)', () => {
    assert.equal(currentTable(readFileSync(README, 'utf8')), rulesTable());
  });
});
