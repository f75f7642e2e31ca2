// Swagger corpus gate: every swagger rule over the real connectors' apiDefinition.swagger.json. Each was accepted by
// the certification Swagger Validator when merged, so an error there must be a real defect listed with its evidence in
// test/data/swagger-corpus-reviewed.json; anything else fails (doubt the rule first). Prints per-rule counts
// (PP_CONNECTOR_CORPUS_REPORT=1 also prints them to the console).
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveProfile } from '../../server/src/engine';
import { SWAGGER_RULES } from '../../server/src/engine/swaggerRules/registry';
import { validateSwaggerText } from '../../server/src/engine/swaggerRules/validate';

const REPO = path.resolve(__dirname, '..', '..');
const CORPUS = process.env.PP_CONNECTOR_CORPUS ?? path.resolve(REPO, '..', 'shared', 'corpus');
const REVIEWED = path.join(REPO, 'test', 'data', 'swagger-corpus-reviewed.json');

interface Entry { file: string; code: string; reason: string }

/**
 * Each swagger's path in microsoft/PowerPlatformConnectors, from the corpus MANIFEST (certified-connectors/...,
 * independent-publisher-connectors/...), so each is checked with its connector's profile as `auto` resolves it and the
 * certification-only rules are calibrated on the certified and independent-publisher swaggers.
 */
function sourcePaths(): Map<string, string> {
  const out = new Map<string, string>();
  const manifest = path.join(CORPUS, 'MANIFEST.json');
  if (!existsSync(manifest)) return out;
  for (const f of (JSON.parse(readFileSync(manifest, 'utf8')) as { files: { prefix: string; swagger?: string }[] }).files) {
    if (f.swagger) out.set(`${f.prefix}.apiDefinition.swagger.json`, f.swagger);
  }
  return out;
}

describe('swagger corpus gate', () => {
  const present = existsSync(CORPUS);
  it('runs every swagger rule over the corpus without crashes, bad ranges or unreviewed errors', { skip: present ? false : `corpus folder not found at ${CORPUS} (set PP_CONNECTOR_CORPUS to a folder of *.swagger.json files)` }, t => {
    const files = readdirSync(CORPUS).filter(f => f.endsWith('.swagger.json')).sort();
    assert.ok(files.length > 0, `no *.swagger.json files in ${CORPUS}`);
    const reviewed: Entry[] = JSON.parse(readFileSync(REVIEWED, 'utf8')).entries;
    for (const e of reviewed) assert.ok(e.reason && e.reason.length > 20, `reviewed entry ${e.file} [${e.code}] needs evidence in its reason`);
    const reviewedKeys = new Set(reviewed.map(e => `${e.file}\u0000${e.code}`));
    const usedKeys = new Set<string>();
    const ids = new Set(SWAGGER_RULES.map(r => r.id));
    const sources = sourcePaths();
    const profiles = new Map<string, number>();
    const counts = new Map<string, number[]>();
    const filesPerCode = new Map<string, Set<string>>();
    const problems: string[] = [];
    let total = 0;
    let unparsed = 0;
    for (const file of files) {
      const text = readFileSync(path.join(CORPUS, file), 'utf8');
      const uri = pathToFileURL(path.join(CORPUS, file)).href;
      const ruleErrors: string[] = [];
      const profile = resolveProfile('auto', sources.get(file) ?? file);
      profiles.set(profile, (profiles.get(profile) ?? 0) + 1);
      const result = validateSwaggerText(uri, text, {
        settings: { validate: true, rules: {}, profile: 'auto' },
        profile,
        onRuleError: (id, e) => ruleErrors.push(`${id}: ${(e as Error)?.stack ?? e}`),
      });
      if (ruleErrors.length) problems.push(`${file}: rule crashed: ${ruleErrors.join('\n')}`);
      if (result.problem) unparsed++;
      const document = TextDocument.create(uri, 'json', 1, text);
      for (const d of result.diagnostics) {
        total++;
        const code = String(d.code);
        const start = document.offsetAt(d.range.start);
        const end = document.offsetAt(d.range.end);
        const exact = document.positionAt(start).line === d.range.start.line && document.positionAt(start).character === d.range.start.character
          && document.positionAt(end).line === d.range.end.line && document.positionAt(end).character === d.range.end.character;
        if (!exact || end < start || end > text.length || !d.message || d.source !== 'pp-connector' || !ids.has(code)) problems.push(`${file}: malformed diagnostic ${JSON.stringify(d)}`);
        if (!d.codeDescription?.href.endsWith(`/${code}.md`)) problems.push(`${file}: [${code}] has no link to its doc page`);
        if ((d.data as { ruleId?: string } | undefined)?.ruleId !== code) problems.push(`${file}: [${code}] data.ruleId missing`);
        const row = counts.get(code) ?? [0, 0, 0, 0, 0];
        row[d.severity ?? 1]++;
        counts.set(code, row);
        (filesPerCode.get(code) ?? filesPerCode.set(code, new Set()).get(code)!).add(file);
        if (d.severity === 1) {
          const k = `${file}\u0000${code}`;
          if (reviewedKeys.has(k)) usedKeys.add(k);
          else problems.push(`${file}: unreviewed error [${code}] line ${d.range.start.line + 1}: ${d.message}`);
        }
      }
    }
    const lines = [`${files.length} swaggers (${[...profiles].map(([p, n]) => `${n} ${p}`).join(', ')}; ${unparsed} not analysed: not a JSON object or not valid JSON), ${total} diagnostics; code: errors/warnings/info/hints (files)`];
    for (const [code, row] of [...counts].sort()) lines.push(`  ${code}: ${row.slice(1).join('/')} (files ${filesPerCode.get(code)!.size})`);
    const stale = reviewed.filter(e => files.includes(e.file) && !usedKeys.has(`${e.file}\u0000${e.code}`));
    for (const e of stale) problems.push(`${e.file}: reviewed entry [${e.code}] no longer matches an error; remove it from swagger-corpus-reviewed.json`);
    lines.push(`reviewed entries: ${reviewed.length}, used: ${usedKeys.size}`);
    t.diagnostic(lines.join('\n'));
    if (process.env.PP_CONNECTOR_CORPUS_REPORT) console.log(lines.join('\n'));
    assert.deepEqual(problems, [], `${problems.length} swagger corpus problems:\n${problems.slice(0, 50).join('\n')}`);
  });
});
