// icon.png and readme.md checks: PNG signature and header, dimensions, the Independent Publisher rule, readme
// sections; each per profile, with the exact diagnostics.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-json-languageservice';
import { iconFacts } from '../../../server/src/engine/folder/icon';
import { headings } from '../../../server/src/engine/folder/readme';
import { iconDiagnostics, readmeDiagnostics, readmeMissingDiagnostic } from '../../../server/src/engine/folder/diagnostics';
import { FOLDER_RULES } from '../../../server/src/engine/folder/rules';
import { allCodes } from '../../../server/src/engine/rules/registry';
import type { Profile } from '../../../server/src/engine/settings';

/** The first bytes of a PNG file of the given size: signature, then the IHDR chunk. */
export function png(width: number, height: number): Uint8Array {
  const b = new Uint8Array(33);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(b.buffer).setUint32(16, width);
  new DataView(b.buffer).setUint32(20, height);
  b.set([8, 6, 0, 0, 0], 24);
  return b;
}

const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];
const show = (ds: Diagnostic[]) => ds.map(d => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${SEVERITY[d.severity ?? 1]}: ${d.message}`);
const icon = (bytes: Uint8Array, profile: Profile, rules = {}) => show(iconDiagnostics(bytes, { profile, settings: { validate: true, profile, rules } }));

describe('icon.png', () => {
  it('reads the PNG header, and says what other bytes are', () => {
    assert.deepEqual(iconFacts(png(230, 230)), { isPng: true, width: 230, height: 230 });
    assert.deepEqual(iconFacts(png(70000, 1)), { isPng: true, width: 70000, height: 1 });
    assert.deepEqual(iconFacts(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])), { isPng: false, looksLike: 'a JPEG image' });
    assert.deepEqual(iconFacts(png(230, 230).slice(0, 12)), { isPng: false, looksLike: 'a PNG signature without an image header (a truncated or damaged file)' });
    assert.deepEqual(iconFacts(new TextEncoder().encode('<!DOCTYPE html><html>')), { isPng: false, looksLike: 'an HTML page (a download that saved an error page?)' });
    assert.deepEqual(iconFacts(new TextEncoder().encode('version https://git-lfs.github.com/spec/v1')), { isPng: false, looksLike: 'a Git LFS pointer (the image itself was not checked out)' });
    assert.deepEqual(iconFacts(new Uint8Array()), { isPng: false, looksLike: 'an empty file' });
  });

  it('certified: a 230 × 230 PNG passes; not PNG, not square, another size are reported', () => {
    assert.deepEqual(icon(png(230, 230), 'certified'), []);
    assert.deepEqual(icon(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]), 'certified'), [
      '0:0-0:0 icon-format warning: icon.png is not a PNG image (its bytes show a GIF image); certification takes the icon in PNG format as icon.png. Save the icon as PNG.',
    ]);
    assert.deepEqual(icon(png(230, 200), 'certified'), [
      '0:0-0:0 icon-dimensions warning: The icon is 230 × 200 pixels, not square; certification documents a square of about 230 × 230 pixels with the logo inside. Make it square.',
    ]);
    assert.deepEqual(icon(png(512, 512), 'certified'), [
      '0:0-0:0 icon-dimensions information: The icon is 512 × 512 pixels; certification documents a square of about 230 × 230 pixels (a logo of about 160 × 160 inside it).',
    ]);
    assert.deepEqual(icon(png(512, 512), 'certified', { 'icon-dimensions': 'warning' }).map(l => l.split(': ')[0]), ['0:0-0:0 icon-dimensions warning']);
    assert.deepEqual(icon(png(230, 200), 'certified', { 'icon-dimensions': 'off' }), []);
  });

  it('Independent Publisher: any icon is reported; a custom connector gets nothing', () => {
    assert.deepEqual(icon(png(230, 230), 'independent-publisher'), [
      '0:0-0:0 icon-independent-publisher warning: An Independent Publisher connector must not ship an icon: the platform applies a generic icon to it, and the submission checklist asks to leave icon.png out. Delete icon.png from the folder.',
    ]);
    assert.deepEqual(icon(new Uint8Array([1, 2, 3]), 'custom'), []);
    assert.deepEqual(icon(png(10, 20), 'custom'), []);
  });
});

const FULL = `# Contoso
Contoso tracks orders.

## Publisher: Contoso Ltd
## Prerequisites
## Supported Operations
### Create order
## Obtaining Credentials
## Known Issues and Limitations
## Deployment Instructions
`;

describe('readme.md', () => {
  const readme = (text: string, profile: Profile) => show(readmeDiagnostics(text, { profile }));

  it('headings outside code fences only', () => {
    assert.deepEqual(headings('# A\n```\n# not\n```\n  ## B ##\n#C'), [{ level: 1, text: 'A', line: 0 }, { level: 2, text: 'B', line: 4 }]);
  });

  it('the template\'s required sections pass for both profiles; a custom connector is not checked', () => {
    assert.deepEqual(readme(FULL, 'certified'), []);
    assert.deepEqual(readme(FULL, 'independent-publisher'), []);
    assert.deepEqual(readme('nothing', 'custom'), []);
  });

  it('missing sections in one finding on the title line; Deployment Instructions only for certified', () => {
    const text = FULL.replace('## Prerequisites\n', '').replace('## Deployment Instructions\n', '').replace('## Known Issues and Limitations', '## Known issues');
    assert.deepEqual(readme(text, 'certified'), [
      '0:0-0:9 readme-sections warning: readme.md lacks "Prerequisites" and "Deployment Instructions", which the certification readme template (templates/certified-connectors/readme.md in microsoft/PowerPlatformConnectors) marks as required. Add them.',
    ]);
    assert.deepEqual(readme(text, 'independent-publisher'), [
      '0:0-0:9 readme-sections warning: readme.md lacks "Prerequisites", which the certification readme template (templates/Independent Publisher/readme.md in microsoft/PowerPlatformConnectors) marks as required. Add it.',
    ]);
    assert.deepEqual(readme('Just text.\n```\n## Publisher\n```', 'independent-publisher'), [
      '0:0-0:10 readme-sections warning: readme.md lacks a title (a "# " heading), "Publisher", "Prerequisites", "Supported Operations", "Obtaining Credentials" and "Known Issues and Limitations", which the certification readme template (templates/Independent Publisher/readme.md in microsoft/PowerPlatformConnectors) marks as required. Add them.',
    ]);
  });

  it('readme-missing: for certified and Independent Publisher folders only, at the first character', () => {
    assert.deepEqual(show([readmeMissingDiagnostic({ profile: 'certified' })!]), [
      '0:0-0:1 readme-missing warning: The connector folder has no readme.md: certification requires one from verified and independent publishers, documenting the connector (publisher, prerequisites, operations, credentials, known issues). Add readme.md from the certification template.',
    ]);
    assert.ok(readmeMissingDiagnostic({ profile: 'independent-publisher' }));
    assert.equal(readmeMissingDiagnostic({ profile: 'custom' }), undefined);
    assert.equal(readmeMissingDiagnostic({ profile: 'certified', settings: { validate: true, profile: 'certified', rules: { 'readme-missing': 'off' } } }), undefined);
  });

  it('ids are setting codes with a doc page stating the default severity and the profiles', async () => {
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    for (const [id, meta] of Object.entries(FOLDER_RULES)) {
      assert.ok(allCodes().has(id), id);
      const page = readFileSync(path.resolve(__dirname, '..', '..', '..', 'docs', 'rules', `${id}.md`), 'utf8');
      assert.ok(page.startsWith(`# \`${id}\``) && page.includes(`**Default severity:** ${meta.severity}`), id);
      assert.ok(page.includes(`**Profiles:** ${meta.profiles.join(', ')}`), id);
    }
  });
});

describe('apiProperties.json in the editor: the folder\'s findings', () => {
  const PROPS = '{\n  "properties": {\n    "iconBrandColor": "#1f6f8b"\n  }\n}';
  const run = async (files: Record<string, string | Uint8Array>, profile: Profile, uri = 'file:///c/certified-connectors/Contoso/apiProperties.json') => {
    const { MemoryFileSystem } = await import('../../../server/src/engine/swagger/fileSystem');
    const { TextDocument } = await import('vscode-languageserver-textdocument');
    const { apiPropertiesFolderDiagnostics } = await import('../../../server/src/engine/folder/apiPropertiesFolder');
    const fs = new MemoryFileSystem().set(uri, PROPS);
    for (const [name, content] of Object.entries(files)) {
      const at = uri.replace(/[^/]+$/, name);
      if (typeof content === 'string') fs.set(at, content); else fs.setBytes(at, content);
    }
    return show(await apiPropertiesFolderDiagnostics(TextDocument.create(uri, 'apiproperties', 1, PROPS), fs, { profile }));
  };

  it('certified: readme-missing at the first character, the icon\'s findings at iconBrandColor', async () => {
    assert.deepEqual(await run({ 'icon.png': png(100, 120) }, 'certified'), [
      '0:0-0:1 readme-missing warning: The connector folder has no readme.md: certification requires one from verified and independent publishers, documenting the connector (publisher, prerequisites, operations, credentials, known issues). Add readme.md from the certification template.',
      '2:22-2:31 icon-dimensions warning: icon.png: The icon is 100 × 120 pixels, not square; certification documents a square of about 230 × 230 pixels with the logo inside. Make it square.',
    ]);
    assert.deepEqual(await run({ 'README.md': '# x', 'icon.png': png(230, 230) }, 'certified'), []);
  });

  it('the icon settings.json names; Independent Publisher; custom and flat files get nothing', async () => {
    assert.deepEqual(await run({ 'readme.md': '# x', 'settings.json': '{ "icon": "logo.png" }', 'logo.png': new Uint8Array([0xff, 0xd8, 0xff]) }, 'certified'), [
      '2:22-2:31 icon-format warning: logo.png: logo.png is not a PNG image (its bytes show a JPEG image); certification takes the icon in PNG format as icon.png. Save the icon as PNG.',
    ]);
    assert.deepEqual((await run({ 'readme.md': '# x', 'icon.png': png(230, 230) }, 'independent-publisher')).map(l => l.split(': ')[0]), ['2:22-2:31 icon-independent-publisher warning']);
    assert.deepEqual(await run({ 'icon.png': new Uint8Array([1]) }, 'custom'), []);
    assert.deepEqual(await run({}, 'certified', 'file:///c/flat/contoso.apiProperties.json'), []);
  });
});

describe('listingOnce: one listing of a folder per check', () => {
  it('lists each folder once however often it is asked, and passes reads and failures through', async () => {
    const { MemoryFileSystem, listingOnce } = await import('../../../server/src/engine/swagger/fileSystem');
    const disk = new MemoryFileSystem().set('file:///c/a/apiProperties.json', '{}').set('file:///c/a/script.csx', '').set('file:///c/b/x.json', '1');
    const calls: string[] = [];
    const counted = Object.assign(Object.create(disk), { readDirectory: (uri: string) => { calls.push(uri); return disk.readDirectory(uri); } });
    const fs = listingOnce(counted);
    const [first, second] = await Promise.all([fs.readDirectory('file:///c/a'), fs.readDirectory('file:///c/a')]);
    assert.deepEqual(first.map(e => e[0]).sort(), ['apiProperties.json', 'script.csx']);
    assert.strictEqual(second, first);
    await fs.readDirectory('file:///c/b');
    assert.deepEqual(calls, ['file:///c/a', 'file:///c/b']);
    assert.equal(await fs.readFile('file:///c/b/x.json'), '1');
    await assert.rejects(fs.readFile('file:///c/none.json'));
  });
});
