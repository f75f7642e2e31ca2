// Regenerates the inventory of schema constraints in docs/severity-audit.md (between `<!-- section:constraints -->`
// and `<!-- /section:constraints -->`): every keyword of schemas/apiProperties.schema.json that can produce a finding,
// with its severity before the audit (every schema finding was an error) and now (its `x-severity`, else warning) and
// the reason (`x-why`). `--check` only reports whether the document is current.
//   node --import tsx scripts/severity-audit.ts [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
export const AUDIT = path.join(ROOT, 'docs', 'severity-audit.md');
const SCHEMA = path.join(ROOT, 'schemas', 'apiProperties.schema.json');
const START = '<!-- section:constraints -->';
const END = '<!-- /section:constraints -->';

type Node = Record<string, unknown>;
const TOLERATED = 'only the official schema or the corpus\'s habit: the platform tolerates it (non-standard)';

/** The keywords of one schema node that can produce a finding, described briefly. */
function constraints(n: Node): [keyword: string, what: string][] {
  const out: [string, string][] = [];
  const list = (v: unknown[]) => v.length > 4 ? `${v.slice(0, 4).map(x => JSON.stringify(x)).join(', ')}, … (${v.length})` : v.map(x => JSON.stringify(x)).join(', ');
  if (n.type !== undefined) out.push(['type', `type ${JSON.stringify(n.type)}`]);
  if (Array.isArray(n.enum)) out.push(['enum', `enum ${list(n.enum)}`]);
  if (n.const !== undefined) out.push(['const', `const ${JSON.stringify(n.const)}`]);
  if (typeof n.pattern === 'string') out.push(['pattern', n.pattern.length > 60 ? 'pattern (case variants of the known values)' : `pattern \`${n.pattern}\``]);
  if (Array.isArray(n.required) && n.required.length) out.push(['required', `required ${list(n.required)}`]);
  if (n.additionalProperties === false) out.push(['additionalProperties', 'additionalProperties: false']);
  if (n.not !== undefined) out.push(['not', 'not']);
  if (n.minItems !== undefined) out.push(['other', `minItems ${n.minItems}`]);
  if (n.uniqueItems) out.push(['other', 'uniqueItems']);
  return out;
}

export function constraintTable(schema: Node = JSON.parse(readFileSync(SCHEMA, 'utf8'))): string {
  const rows: string[] = [
    '| schema node | constraint | before | now | why |',
    '|---|---|---|---|---|',
  ];
  const visit = (node: unknown, pointer: string) => {
    if (!node || typeof node !== 'object' || Array.isArray(node) && !node.length) return;
    if (Array.isArray(node)) { node.forEach((v, i) => visit(v, `${pointer}/${i}`)); return; }
    const n = node as Node;
    // `if` conditions only select a branch: their failures are never reported.
    if (!/\/if(\/|$)/.test(pointer)) {
      const levels = (n['x-severity'] ?? {}) as Record<string, string>;
      const why = (n['x-why'] ?? {}) as Record<string, string>;
      for (const [keyword, what] of constraints(n)) {
        const now = levels[keyword] ?? 'warning';
        rows.push(`| \`${pointer}\` | ${what.replace(/\|/g, '\\|')} | error | ${now} | ${(why[keyword] ?? TOLERATED).replace(/\|/g, '\\|')} |`);
      }
    }
    for (const [k, v] of Object.entries(n)) {
      if (['x-why', 'x-severity', 'enum', 'required', 'const', 'examples', 'default', 'defaultSnippets', 'markdownEnumDescriptions'].includes(k)) continue;
      visit(v, `${pointer}/${k}`);
    }
  };
  visit(schema, '#');
  return rows.join('\n');
}

export function withConstraints(doc: string, table: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/severity-audit.md has no ${START} ... ${END} section`);
  return doc.slice(0, start + START.length) + '\n' + table + '\n' + doc.slice(end);
}

if (require.main === module) {
  const doc = readFileSync(AUDIT, 'utf8');
  const next = withConstraints(doc, constraintTable());
  if (next === doc) console.log('docs/severity-audit.md constraint inventory is current.');
  else if (process.argv.includes('--check')) {
    console.error('docs/severity-audit.md constraint inventory is out of date: run `node --import tsx scripts/severity-audit.ts`.');
    process.exit(1);
  } else {
    writeFileSync(AUDIT, next);
    console.log('docs/severity-audit.md constraint inventory updated.');
  }
}
