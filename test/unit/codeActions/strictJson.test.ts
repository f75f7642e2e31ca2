// Quick fixes for the built-in strict-JSON findings: trailing comma, comment, BOM. Full documents before/after.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { actionsAt, applyAt, assertFixAllIdempotent, assertRepaired, fixAll, lines, titles } from './support';

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
