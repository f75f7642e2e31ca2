// The preview and the outline over every real connector in the corpus: nothing throws, each field and option
// points at its own definition, every set becomes one option, and the page never carries remote content.
// Skips when the corpus is absent (../shared/corpus or PP_CONNECTOR_CORPUS).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConnectorService } from '../../../server/src/engine';
import { buildDialogModel } from '../../../server/src/engine/preview/dialogModel';
import { renderDialogHtml } from '../../../server/src/engine/preview/renderHtml';

const CORPUS = process.env.PP_CONNECTOR_CORPUS ?? resolve(__dirname, '..', '..', '..', '..', 'shared', 'corpus');
const skip = existsSync(CORPUS) ? false : `corpus folder not found at ${CORPUS} (set PP_CONNECTOR_CORPUS)`;

test('preview and outline over the corpus', { skip }, () => {
  const files = readdirSync(CORPUS).filter(f => f.endsWith('apiProperties.json')).sort();
  assert.ok(files.length > 100, `only ${files.length} files`);
  const service = new ConnectorService();
  const kinds: Record<string, number> = {};
  const warnings: Record<string, number> = {};
  for (const file of files) {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    const doc = TextDocument.create(`file:///corpus/${encodeURIComponent(file)}`, 'apiproperties', 1, text);
    const model = service.analyze(doc).model;
    let valid = true;
    try { JSON.parse(text); } catch { valid = false; } // 3 corpus files are broken JSON; their spans are best effort
    const view = buildDialogModel(model);
    kinds[view.kind] = (kinds[view.kind] ?? 0) + 1;
    for (const w of view.warnings) warnings[w.code] = (warnings[w.code] ?? 0) + 1;
    if (view.kind === 'multi') assert.equal(view.sets.length, model.parameterSets!.sets.length, file);
    for (const set of view.sets) {
      for (const item of [...set.fields, ...set.omitted]) {
        const source = text.slice(item.span.offset, item.span.offset + item.span.length);
        assert.ok(source.startsWith(JSON.stringify(item.name)), `${file}: ${item.name} -> ${source.slice(0, 40)}`);
        if (valid) assert.ok(JSON.parse(`{${source}}`), `${file}: ${item.name} span is one whole property`);
      }
    }
    const html = renderDialogHtml(view, { nonce: 'corpus' });
    const options = html.match(/<option value="\d+" data-offset=/g)?.length ?? 0;
    assert.equal(options, view.kind === 'multi' ? view.sets.length : 0, file);
    assert.equal(/<(img|iframe|link|object|embed)\b/i.test(html), false, file);
    assert.deepEqual(html.match(/<script\b[^>]*>/g), ['<script nonce="corpus">'], file);
    const symbols = service.documentSymbols(doc);
    assert.ok(symbols.length > 0, file);
  }
  // Calibration figures, printed for the record (the corpus has 9-10 multi-auth files).
  console.log(`# preview over ${files.length} corpus files: ${JSON.stringify(kinds)}; warnings ${JSON.stringify(warnings)}`);
  assert.ok((kinds.multi ?? 0) >= 9, JSON.stringify(kinds));
});
