// Regenerates the README table of all diagnostics (built-in codes and rules) from the registry, between
// `<!-- section:rules -->` and `<!-- /section:rules -->`. `--check` only reports whether the README is current.
//   node --import tsx scripts/rules-table.ts [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../server/src/engine/rules/registry';
import { BUILTIN_META } from '../server/src/engine/rules/builtins';
import type { RuleMeta } from '../server/src/engine/rules/types';

export const README = path.resolve(__dirname, '..', 'README.md');
const START = '<!-- section:rules -->';
const END = '<!-- /section:rules -->';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function rulesTable(rules: readonly RuleMeta[] = [...BUILTIN_META, ...RULES]): string {
  const lines = [
    `${rules.length} checks. Every diagnostic carries its id as \`code\` and links to its page under [docs/rules](docs/rules).`,
    'Change a severity or turn a check off with `ppConnector.rules` (e.g. `{ "template-id-casing": "off" }`); profile-dependent',
    'rules run only for the profiles listed (`ppConnector.profile`, `auto` detects certified and Independent Publisher folders).',
    '',
    '| id | category | default | description | fix | profiles |',
    '|---|---|---|---|---|---|',
  ];
  for (const r of rules) {
    lines.push(`| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.category} | ${r.severity} | ${cell(r.description)} | ${r.fixable ? 'yes' : ''} | ${r.profiles?.join(', ') ?? 'all'} |`);
  }
  lines.push(
    '',
    '**Error** means "this will not work": it is reserved for a documented platform requirement or a failure seen in practice',
    '(the file cannot be loaded, sign-in cannot work, a value is silently lost), such as invalid JSON, a key given twice with',
    'different values, sign-in without settings, a policy without its required parameters, an Independent Publisher colour other',
    'than #da3b01. What only the official schema or the habits of shipped connectors justify is a warning that says the platform',
    'tolerates it. Schema findings get their severity per constraint (`x-severity` and `x-why` in the schema). Every error-level',
    'constraint, its reason and source, and what changed are in [docs/severity-audit.md](docs/severity-audit.md).',
    'The corpus gate (`test/corpus/corpus-gate.test.ts`) fails on any error outside the reviewed list `test/data/corpus-reviewed.json`,',
    'which holds only files that cannot work as written, each with its evidence, and prints per-rule counts',
    '(`PP_CONNECTOR_CORPUS_REPORT=1` also prints them to the console).',
  );
  return lines.join('\n');
}

/** The README text with the rules section replaced by `table`. */
export function withTable(readme: string, table: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README has no ${START} ... ${END} section`);
  return readme.slice(0, start + START.length) + '\n' + table + '\n' + readme.slice(end);
}

/** The current table in the README (between the markers), for the consistency test. */
export function currentTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README has no ${START} ... ${END} section`);
  return readme.slice(start + START.length, end).trim();
}

if (require.main === module) {
  const readme = readFileSync(README, 'utf8');
  const next = withTable(readme, rulesTable());
  if (process.argv.includes('--check')) {
    if (next !== readme) { console.error('README rules table is out of date: run `npm run rules:table`.'); process.exit(1); }
    console.log('README rules table is current.');
  } else if (next !== readme) {
    writeFileSync(README, next);
    console.log(`README rules table updated (${[...BUILTIN_META, ...RULES].length} rows).`);
  } else {
    console.log('README rules table is current.');
  }
}
