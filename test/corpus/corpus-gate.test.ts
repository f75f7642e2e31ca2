// Corpus gate: every rule over real connectors. These connectors shipped, so an error there is first a reason to doubt
// the rule (docs/severity-audit.md); only a file that cannot work as written is listed, with that evidence, in
// test/data/corpus-reviewed.json; any other error fails.
// Prints per-code counts so a reviewer can judge each rule's noise.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConnectorService, EngineSettings, RULES } from '../../server/src/engine';
import { createSwaggerLookup } from '../../server/src/cli/swagger';
import { swaggerContextForPath } from '../../server/src/node/nodeFileSystem';

const REPO = path.resolve(__dirname, '..', '..');
const CORPUS = process.env.PP_CONNECTOR_CORPUS ?? path.resolve(REPO, '..', 'shared', 'corpus');
const REVIEWED = path.join(REPO, 'test', 'data', 'corpus-reviewed.json');
const SETTINGS: EngineSettings = { validate: true, rules: {}, profile: 'auto' };

interface Entry { file: string; code: string; reason: string }

describe('corpus gate', () => {
  const present = existsSync(CORPUS);
  it('runs every rule over the corpus without crashes, bad ranges or unreviewed errors', { skip: present ? false : `corpus folder not found at ${CORPUS} (set PP_CONNECTOR_CORPUS to a folder of *.apiProperties.json files)` }, async t => {
    const files = readdirSync(CORPUS).filter(f => f.endsWith('.apiProperties.json')).sort();
    assert.ok(files.length > 0, `no *.apiProperties.json files in ${CORPUS}`);
    const reviewed: Entry[] = JSON.parse(readFileSync(REVIEWED, 'utf8')).entries;
    const reviewedKeys = new Set(reviewed.map(e => `${e.file}\u0000${e.code}`));
    const usedKeys = new Set<string>();
    const ruleErrors: string[] = [];
    const service = new ConnectorService({ onRuleError: (id, e) => ruleErrors.push(`${id}: ${(e as Error)?.stack ?? e}`) });
    // The paired swagger (corpus naming `<prefix>.apiDefinition.swagger.json`), found as the CLI finds it, so the
    // cross-file rules run too.
    const swaggerFor = createSwaggerLookup();
    const counts = new Map<string, number[]>();
    const filesPerCode = new Map<string, Set<string>>();
    const problems: string[] = [];
    const ruleIds = new Set(RULES.map(r => r.id));
    let total = 0;
    for (const file of files) {
      const text = readFileSync(path.join(CORPUS, file), 'utf8');
      const document = TextDocument.create(pathToFileURL(path.join(CORPUS, file)).href, 'apiproperties', 1, text);
      const before = ruleErrors.length;
      let diagnostics;
      try {
        // Cross-file rules: <prefix>.apiProperties.json is paired with <prefix>.apiDefinition.swagger.json.
        const swagger = await swaggerContextForPath(path.join(CORPUS, file));
        diagnostics = await service.validate(document, { settings: SETTINGS, path: file, swagger });
      } catch (e) {
        problems.push(`${file}: validation crashed: ${(e as Error).stack}`);
        continue;
      } finally {
        service.forget(document.uri);
      }
      if (ruleErrors.length > before) problems.push(`${file}: rule crashed: ${ruleErrors.slice(before).join('\n')}`);
      const end = document.offsetAt({ line: Number.MAX_SAFE_INTEGER, character: 0 });
      for (const d of diagnostics) {
        total++;
        const code = String(d.code);
        const { start, end: stop } = d.range;
        const wellFormed = [start.line, start.character, stop.line, stop.character].every(n => Number.isInteger(n) && n >= 0)
          && (start.line < stop.line || start.line === stop.line && start.character <= stop.character)
          && stop.line < document.lineCount
          && document.offsetAt(stop) <= end
          && document.positionAt(document.offsetAt(start)).character === start.character
          && document.positionAt(document.offsetAt(stop)).character === stop.character;
        if (!wellFormed || !d.message || !d.code || d.source !== 'pp-connector' || !d.severity) {
          problems.push(`${file}: malformed diagnostic ${JSON.stringify(d)}`);
        }
        if (ruleIds.has(code) && !d.codeDescription?.href.endsWith(`/${code}.md`)) {
          problems.push(`${file}: [${code}] has no link to its doc page: ${JSON.stringify(d.codeDescription)}`);
        }
        if (ruleIds.has(code) && (d.data as { ruleId?: string } | undefined)?.ruleId !== code) problems.push(`${file}: [${code}] data.ruleId missing`);
        const row = counts.get(code) ?? [0, 0, 0, 0, 0];
        row[d.severity ?? 1]++;
        counts.set(code, row);
        const key = `${code}\u0000${d.severity}`;
        (filesPerCode.get(key) ?? filesPerCode.set(key, new Set()).get(key)!).add(file);
        if (d.severity === 1) {
          const k = `${file}\u0000${code}`;
          if (reviewedKeys.has(k)) usedKeys.add(k);
          else problems.push(`${file}: unreviewed error [${code}] line ${start.line + 1}: ${d.message}`);
        }
      }
    }
    const lines = [`${files.length} files, ${total} diagnostics; code: errors/warnings/info/hints (files)`];
    for (const [code, row] of [...counts].sort()) {
      const fileCounts = [1, 2, 3, 4].map(s => filesPerCode.get(`${code}\u0000${s}`)?.size ?? 0);
      lines.push(`  ${code}: ${row.slice(1).join('/')} (files ${fileCounts.join('/')})`);
    }
    // An entry whose file is in this corpus but no longer has that error would hide a future regression: remove it.
    const stale = reviewed.filter(e => files.includes(e.file) && !usedKeys.has(`${e.file}\u0000${e.code}`));
    for (const e of stale) problems.push(`${e.file}: reviewed entry [${e.code}] no longer matches an error; remove it from corpus-reviewed.json`);
    lines.push(`reviewed entries: ${reviewed.length}, used: ${usedKeys.size}${stale.length ? `, stale: ${stale.map(e => `${e.file} [${e.code}]`).join('; ')}` : ''}`);
    t.diagnostic(lines.join('\n'));
    if (process.env.PP_CONNECTOR_CORPUS_REPORT) console.log(lines.join('\n'));
    assert.deepEqual(problems, [], `${problems.length} corpus problems:\n${problems.slice(0, 50).join('\n')}`);
  });
});
