// The catalogue's places against the real connectors: every x-ms-* key the merged swaggers hold is classified by the
// same path classifier completion uses; a proposed extension must sit, in practice, where completion proposes it, and
// hover must document every extension key the corpus holds under a known name.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { getNodePath } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { swaggerHover } from '../../server/src/engine';
import { buildSwaggerModel } from '../../server/src/engine/swaggerRules/model';
import { EXTENSION_FACTS } from '../../server/src/engine/swaggerLanguage/catalogue';
import { targetOf } from '../../server/src/engine/swaggerLanguage/places';

const REPO = path.resolve(__dirname, '..', '..');
const CORPUS = process.env.PP_CONNECTOR_CORPUS ?? path.resolve(REPO, '..', 'shared', 'corpus');

describe('x-ms-* places on the corpus', () => {
  const present = existsSync(CORPUS);
  it('completion proposes each extension where merged swaggers put it; hover documents every known one', { skip: present ? false : `corpus folder not found at ${CORPUS}` }, t => {
    const files = readdirSync(CORPUS).filter(f => f.endsWith('.swagger.json')).sort();
    const counts = new Map<string, { at: number; elsewhere: number }>();
    let hovered = 0;
    const undocumented: string[] = [];
    for (const file of files) {
      const text = readFileSync(path.join(CORPUS, file), 'utf8');
      const { model } = buildSwaggerModel(text);
      if (!model) continue;
      const document = TextDocument.create('file:///corpus/' + encodeURIComponent(file), 'json', 1, text);
      // Hover parses the file again: every fourth file keeps the run short.
      let hoveredHere = files.indexOf(file) % 4 === 0 ? 0 : Infinity;
      for (const x of model.extensionKeys) {
        const fact = EXTENSION_FACTS.get(x.name);
        if (!fact) continue;
        // Hover on the first 20 known keys of the file: the doc of that very extension.
        if (hoveredHere < 20) {
          hoveredHere++;
          hovered++;
          const h = swaggerHover(document, document.positionAt(x.key.offset + 1));
          const value = h && (h.contents as { value: string }).value;
          if (!value?.startsWith(`**\`${x.name}\`**`)) undocumented.push(`${file}: ${x.name}`);
        }
        if (!fact.places.length) continue;
        const target = targetOf(getNodePath(x.owner));
        const c = counts.get(x.name) ?? { at: 0, elsewhere: 0 };
        if (target.kind === 'place' && fact.places.includes(target.place)) c.at++; else c.elsewhere++;
        counts.set(x.name, c);
      }
    }
    assert.deepEqual(undocumented, []);
    let at = 0;
    let all = 0;
    const lines: string[] = [];
    for (const [name, c] of [...counts].sort((a, b) => b[1].at - a[1].at)) {
      at += c.at;
      all += c.at + c.elsewhere;
      lines.push(`${name}: ${c.at} where proposed, ${c.elsewhere} elsewhere`);
      // x-ms-api-annotation also sits in `info` of 65 merged swaggers, a place no source describes: 80% leaves room.
      if (c.at + c.elsewhere >= 50) assert.ok(c.at / (c.at + c.elsewhere) >= 0.8, `${name} is mostly written where completion does not propose it: ${c.at}/${c.at + c.elsewhere}`);
    }
    t.diagnostic(`${all} extension keys in ${files.length} swaggers, ${(100 * at / all).toFixed(2)}% where completion proposes them; ${hovered} hovers\n` + lines.join('\n'));
    assert.ok(at / all >= 0.99, `only ${at}/${all} extension keys sit where completion proposes them`);
  });
});
