// The swagger rule registry: every rule file registered under its id, the id is the kebab-case of the validator's error
// name, no id collides with an apiProperties code, every rule has a doc page naming its validator error and level, and
// docs/swagger-validator.md is what scripts/swagger-validator-table.ts generates.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { SWAGGER_RULES } from '../../../server/src/engine/swaggerRules/registry';
import { VALIDATOR_ERRORS, validatorRuleId } from '../../../server/src/engine/swaggerRules/catalog';
import { BUILTIN_CODES, RULES, allCodes } from '../../../server/src/engine/rules/registry';
import { DOC, currentValidatorTable, validatorTable } from '../../../scripts/swagger-validator-table';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const RULES_DIR = path.join(ROOT, 'server', 'src', 'engine', 'swaggerRules', 'rules');

describe('swagger rule registry', () => {
  it('names rules after the validator error: kebab-case, "OAuth" as one word', () => {
    assert.equal(validatorRuleId('OperationIdNotUnique'), 'operation-id-not-unique');
    assert.equal(validatorRuleId('OAuthSecurityRequirementValueMustBeScopeName'), 'oauth-security-requirement-value-must-be-scope-name');
    assert.equal(validatorRuleId('DiscriminatorMustBeARequiredStringProperty'), 'discriminator-must-be-a-required-string-property');
    assert.equal(validatorRuleId('PathItemRefNotSuppored'), 'path-item-ref-not-suppored');
    for (const r of SWAGGER_RULES) if (r.validatorName) assert.equal(r.id, validatorRuleId(r.validatorName), r.validatorName);
  });

  it('registers every rule file under its own id, once, without colliding with apiProperties codes', () => {
    const files = readdirSync(RULES_DIR).filter(f => f.endsWith('.ts')).map(f => f.slice(0, -3)).sort();
    assert.deepEqual(SWAGGER_RULES.map(r => r.id).sort(), files);
    for (const f of files) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      assert.equal(require(path.join(RULES_DIR, f)).rule?.id, f);
    }
    const apiIds = new Set<string>([...BUILTIN_CODES, ...RULES.map(r => r.id)]);
    assert.deepEqual(SWAGGER_RULES.filter(r => apiIds.has(r.id)).map(r => r.id), []);
    for (const r of SWAGGER_RULES) assert.ok(allCodes().has(r.id), `${r.id} must be accepted in settings`);
  });

  it('takes validator names from the catalog, which has no duplicates', () => {
    const names = VALIDATOR_ERRORS.map(e => e.name);
    assert.deepEqual(names.filter((n, i) => names.indexOf(n) !== i), []);
    assert.ok(names.length >= 140, `${names.length} names`);
    for (const r of SWAGGER_RULES) if (r.validatorName) assert.ok(names.includes(r.validatorName), `${r.validatorName} is not in the catalog`);
  });

  it('has a doc page per rule with its validator name, default severity, what, why and an example', () => {
    for (const r of SWAGGER_RULES) {
      const file = path.join(ROOT, 'docs', 'rules', `${r.id}.md`);
      assert.ok(existsSync(file), `docs/rules/${r.id}.md is missing`);
      const text = readFileSync(file, 'utf8');
      assert.ok(text.startsWith(`# \`${r.id}\``), r.id);
      assert.ok(text.includes(`**Default severity:** ${r.severity}`), `${r.id}: severity`);
      if (r.validatorName) assert.ok(text.includes(`\`${r.validatorName}\``), `${r.id}: validator name`);
      assert.match(text, /## What it reports/);
      assert.match(text, /## Why/);
      assert.match(text, /```json/);
      assert.ok(r.description.length > 10 && ['error', 'warning', 'information', 'hint'].includes(r.severity), r.id);
    }
  });

  it('docs/swagger-validator.md is current (regenerate with `node --import tsx scripts/swagger-validator-table.ts`)', () => {
    assert.equal(currentValidatorTable(readFileSync(DOC, 'utf8')), validatorTable());
  });
});
