// Code actions over real connectors: converting every single-auth file to multi-auth, adding authentication sets
// and fix-all must never add an error or warning that was not there before, and fix-all must be idempotent.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-json-languageservice';
import { ConnectorService, EngineSettings } from '../../server/src/engine';
import { authSetEdit } from '../../server/src/engine/codeActions/authSets';
import { convertedText } from '../../server/src/engine/codeActions/convert';
import { fixAllText } from '../../server/src/engine/codeActions/fixAll';
import { applyOffsetEdits } from '../../server/src/engine/codeActions/textEdits';

const REPO = path.resolve(__dirname, '..', '..');
const CORPUS = process.env.PP_CONNECTOR_CORPUS ?? path.resolve(REPO, '..', 'shared', 'corpus');
// Cross-file checks are not what is measured here; the profile is fixed so the files are judged alike.
const SETTINGS: EngineSettings = { validate: true, rules: { 'swagger-unavailable': 'off' }, profile: 'custom' };
// Adding a set beside single-auth parameters, or two sets with the same tab order, are expected informations.
const EXPECTED_AFTER_INSERT = new Set(['legacy-and-sets', 'tab-index-duplicate']);

/** Errors and warnings of `after` beyond those of `before` (compared by severity and code, counted). */
function added(before: Diagnostic[], after: Diagnostic[], allowed = new Set<string>()): string[] {
  const left = new Map<string, number>();
  const key = (d: Diagnostic) => `${d.severity} ${d.code}`;
  for (const d of before) left.set(key(d), (left.get(key(d)) ?? 0) + 1);
  const out: string[] = [];
  for (const d of after) {
    if ((d.severity ?? 1) > 2 || allowed.has(String(d.code))) continue;
    const n = left.get(key(d)) ?? 0;
    if (n > 0) left.set(key(d), n - 1);
    else out.push(`${key(d)} ${d.message}`);
  }
  return out;
}

describe('code actions on the corpus', () => {
  const present = existsSync(CORPUS);
  it('conversion, set insertion and fix-all add no error or warning, and fix-all is idempotent', { skip: present ? false : `corpus folder not found at ${CORPUS} (set PP_CONNECTOR_CORPUS)` }, async t => {
    const files = readdirSync(CORPUS).filter(f => f.endsWith('.apiProperties.json')).sort();
    assert.ok(files.length > 0);
    const service = new ConnectorService();
    const failures: string[] = [];
    let version = 1;
    const counts = { converted: 0, inserted: 0, fixedAll: 0 };
    for (const file of files) {
      const text = readFileSync(path.join(CORPUS, file), 'utf8');
      const uri = 'file:///corpus/' + encodeURIComponent(file);
      const doc = TextDocument.create(uri, 'apiproperties', version++, text);
      const before = await service.validate(doc, { settings: SETTINGS });
      const check = async (what: string, next: string, allowed?: Set<string>) => {
        const after = await service.validate(TextDocument.create(uri, 'apiproperties', version++, next), { settings: SETTINGS });
        for (const a of added(before, after, allowed)) failures.push(`${file}: ${what}: ${a}`);
      };
      const converted = convertedText(service.analyze(doc), { keep: false });
      if (converted !== undefined) { counts.converted++; await check('convert', converted); }
      for (const kind of ['apiKey', 'aadServicePrincipal']) {
        const e = authSetEdit(service.analyze(doc), kind);
        if (e) { counts.inserted++; await check(`add ${kind}`, applyOffsetEdits(text, [e.edit]), EXPECTED_AFTER_INSERT); }
      }
      if (before.length) {
        const validate = (d: TextDocument) => service.validate(d, { settings: SETTINGS });
        const once = await fixAllText(doc, validate);
        if (once !== text) {
          counts.fixedAll++;
          await check('fix-all', once);
          const twice = await fixAllText(TextDocument.create(uri, 'apiproperties', version++, once), validate);
          if (twice !== once) failures.push(`${file}: fix-all is not idempotent`);
        }
      }
      service.forget(uri);
    }
    t.diagnostic(`${files.length} files: ${counts.converted} converted, ${counts.inserted} set insertions, ${counts.fixedAll} changed by fix-all`);
    assert.ok(counts.converted > 0 && counts.inserted > 0);
    assert.deepEqual(failures.slice(0, 20), []);
  });
});
