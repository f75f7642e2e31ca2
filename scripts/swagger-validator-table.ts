// Regenerates the table of docs/swagger-validator.md (between `<!-- section:validator -->` and
// `<!-- /section:validator -->`) from the validator catalog and the swagger rule registry. `--check` only reports.
//   node --import tsx scripts/swagger-validator-table.ts [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { VALIDATOR_ERRORS, validatorRuleId } from '../server/src/engine/swaggerRules/catalog';
import { SWAGGER_RULES } from '../server/src/engine/swaggerRules/registry';

export const DOC = path.resolve(__dirname, '..', 'docs', 'swagger-validator.md');
const START = '<!-- section:validator -->';
const END = '<!-- /section:validator -->';

const DECIDABLE: Record<string, string> = {
  swagger: 'swagger',
  limit: 'swagger, limit not published',
  heuristic: 'judgement',
  service: 'service only',
};

export function validatorTable(): string {
  const byName = new Map(SWAGGER_RULES.filter(r => r.validatorName).map(r => [r.validatorName!, r]));
  const implemented = VALIDATOR_ERRORS.filter(e => byName.has(e.name)).length;
  const lines = [
    `${VALIDATOR_ERRORS.length} validator errors; ${implemented} implemented. Level: ours for implemented rules (see each rule's page for`,
    'the evidence); the Learn page lists every entry as an error and states no levels.',
    '',
    '| validator error | group | rule id | level | decidable from | status | note |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const e of VALIDATOR_ERRORS) {
    const rule = byName.get(e.name);
    const id = validatorRuleId(e.name);
    const idCell = rule ? `[\`${id}\`](rules/${id}.md)` : `\`${id}\``;
    const status = rule ? 'implemented' : e.decidable === 'service' ? 'not decidable offline' : 'planned';
    lines.push(`| ${e.name} | ${e.group} | ${idCell} | ${rule ? rule.severity : '—'} | ${DECIDABLE[e.decidable]} | ${status} | ${(e.note ?? '').replace(/\|/g, '\\|')} |`);
  }
  const own = SWAGGER_RULES.filter(r => !r.validatorName);
  if (own.length) {
    lines.push('', 'Our own swagger checks (the validator does not report these):', '', '| rule id | level | description |', '|---|---|---|');
    for (const r of own) lines.push(`| [\`${r.id}\`](rules/${r.id}.md) | ${r.severity} | ${r.description.replace(/\|/g, '\\|')} |`);
  }
  return lines.join('\n');
}

export function currentValidatorTable(doc: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/swagger-validator.md has no ${START} ... ${END} section`);
  return doc.slice(start + START.length, end).trim();
}

if (require.main === module) {
  const doc = readFileSync(DOC, 'utf8');
  const table = validatorTable();
  if (process.argv.includes('--check')) {
    const ok = currentValidatorTable(doc) === table;
    console.log(ok ? 'docs/swagger-validator.md is current' : 'docs/swagger-validator.md is stale: run `node --import tsx scripts/swagger-validator-table.ts`');
    process.exit(ok ? 0 : 1);
  }
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  writeFileSync(DOC, doc.slice(0, start + START.length) + '\n' + table + '\n' + doc.slice(end));
  console.log('docs/swagger-validator.md updated');
}
