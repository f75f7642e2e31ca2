// Quick fixes for the built-in strict-JSON findings: trailing comma, comment, BOM. Full documents before/after.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { SETTINGS, actionsAt, applyAt, assertFixAllIdempotent, assertRepaired, doc, fixAll, lines, service, titles } from './support';

describe('strict-JSON quick fixes', () => {
  it('removes a trailing comma and nothing else', async () => {
    const before = lines('{', '  "properties": {', '    "iconBrandColor":   "#123456",', '    "capabilities": [ ],|', '  }', '}');
    const after = await applyAt(before, 'Remove trailing comma');
    assert.equal(after, lines('{', '  "properties": {', '    "iconBrandColor":   "#123456",', '    "capabilities": [ ]', '  }', '}'));
    await assertRepaired(before.replace('|', ''), after, 'strict-json');
  });

  it('removes a comment on its own line together with the line', async () => {
    const before = lines('{', '  "properties": {', '    // the brand |colour', '    "iconBrandColor": "#123456"', '  }', '}');
    const after = await applyAt(before, 'Remove comment');
    assert.equal(after, lines('{', '  "properties": {', '    "iconBrandColor": "#123456"', '  }', '}'));
    await assertRepaired(before.replace('|', ''), after, 'strict-json');
  });

  it('removes a comment at the end of a line, keeping the line and its CRLF', async () => {
    const before = ['{', '  "properties": {', '    "iconBrandColor": "#123456" /* brand| */', '  }', '}'].join('\r\n');
    const after = await applyAt(before, 'Remove comment');
    assert.equal(after, ['{', '  "properties": {', '    "iconBrandColor": "#123456"', '  }', '}'].join('\r\n'));
    await assertRepaired(before.replace('|', ''), after, 'strict-json');
  });

  it('removes a comment between tokens on one line', async () => {
    const before = '{"properties": {/*|x*/"iconBrandColor": "#123456"}}';
    const after = await applyAt(before, 'Remove comment');
    assert.equal(after, '{"properties": {"iconBrandColor": "#123456"}}');
    await assertRepaired(before.replace('|', ''), after, 'strict-json');
  });

  it('removes the byte order mark', async () => {
    const before = '\uFEFF|{\n  "properties": {\n    "iconBrandColor": "#123456"\n  }\n}\n';
    const after = await applyAt(before, 'Remove the byte order mark (BOM)');
    assert.equal(after, '{\n  "properties": {\n    "iconBrandColor": "#123456"\n  }\n}\n');
    await assertRepaired(before.replace('|', ''), after, 'strict-json');
  });

  it('still offers the fix when the same version is validated again (no stale codes from cached parse errors)', async () => {
    const document = doc('{\n  "properties": {\n    "iconBrandColor": "#123456",\n  }\n}');
    await service.validate(document, { settings: SETTINGS });
    const again = (await service.validate(document, { settings: SETTINGS })).filter(d => d.source === 'pp-connector');
    assert.deepEqual(again.map(d => [d.code, (d.data as { kind?: string }).kind]), [['strict-json', 'trailing-comma']]);
    const actions = await service.codeActions(document, again[0].range, { diagnostics: again, only: ['quickfix'] }, { settings: SETTINGS });
    assert.deepEqual(titles(actions), ['Remove trailing comma']);
  });

  it('offers nothing at a place without a finding', async () => {
    const { actions } = await actionsAt(lines('{', '  "properties": {', '    "iconBrandColor": "#1234|56"', '  }', '}'), { only: ['quickfix'] });
    assert.deepEqual(titles(actions), []);
  });

  it('fix-all removes the BOM, every comment and every trailing comma in one edit, and is idempotent', async () => {
    const before = '\uFEFF{\n  // header\n  "properties": {\n    "iconBrandColor": "#123456", // brand\n    "capabilities": [\n      "actions",\n    ],\n  },\n}\n';
    const once = await assertFixAllIdempotent(before);
    assert.equal(once, '{\n  "properties": {\n    "iconBrandColor": "#123456",\n    "capabilities": [\n      "actions"\n    ]\n  }\n}\n');
    assert.doesNotThrow(() => JSON.parse(once));
    assert.equal(await fixAll(once), once);
  });
});
