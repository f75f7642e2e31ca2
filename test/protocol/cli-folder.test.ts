// The bundled checker on whole connector folders: settings.json, icon.png and readme.md are reported as files of their
// own, in every format, beside apiProperties.json and the swagger; a folder with only some files is fine; the
// certification checks follow the folder's profile (certified-connectors/, independent-publisher-connectors/).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const PAIRED = path.join(ROOT, 'test/fixtures/swagger/paired');

function png(width: number, height: number): Buffer {
  const b = Buffer.alloc(45);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).copy(b);
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  return b;
}

const README = '# Contoso\nOrders.\n\n## Publisher: Contoso\n## Prerequisites\n## Supported Operations\n## Obtaining Credentials\n## Known Issues and Limitations\n## Deployment Instructions\n';

/** A tree: certified-connectors/{Full,Partial}, independent-publisher-connectors/Ip, and a custom connector with a .vscode folder. */
function tree(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-cli-folder-'));
  const connector = (rel: string, files: Record<string, string | Buffer>) => {
    const dir = path.join(root, rel);
    fs.mkdirSync(dir, { recursive: true });
    for (const f of fs.readdirSync(PAIRED)) fs.copyFileSync(path.join(PAIRED, f), path.join(dir, f));
    for (const [name, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), content);
    }
  };
  connector('certified-connectors/Full', {
    'settings.json': JSON.stringify({ environment: 'not-a-guid', apiProperties: 'apiProperties.json', apiDefinition: 'apiDefinition.swagger.json', icon: 'icon.png', script: 'script.csx' }, null, 2),
    'icon.png': png(230, 200),
    'Readme.md': README.replace('## Prerequisites\n', ''),
  });
  connector('certified-connectors/Partial', {});
  connector('independent-publisher-connectors/Ip', { 'icon.png': png(230, 230), 'readme.md': README });
  connector('custom/Plain', {
    'settings.json': '{ "apiDefinition": "apiDefinition.swagger.json" }',
    '.vscode/settings.json': '{ "editor.tabSize": 2, "apiDefinition": 1 }',
    'icon.png': Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  });
  return root;
}

function run(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
}

type Message = { ruleId: string; severity: string; line: number; column: number; message: string };
const OURS = /^(settings-|icon-(format|dimensions|independent-publisher)$|readme-|strict-json|json-syntax|duplicate-key)/;

describe('cli: every file of a connector folder (dist/cli.js)', () => {
  it('JSON: settings.json, the icon and the readme are files of their own; readme-missing lands on apiProperties.json', () => {
    const root = tree();
    try {
      const r = run(root, '-f', 'json', '.');
      const report = JSON.parse(r.stdout);
      const files = report.files.map((f: { path: string; messages: Message[] }) =>
        [f.path, f.messages.filter(m => OURS.test(m.ruleId)).map(m => `${m.ruleId} ${m.severity} ${m.line}:${m.column}`)]);
      assert.deepEqual(files, [
        ['certified-connectors/Full/apiDefinition.swagger.json', []],
        ['certified-connectors/Full/apiProperties.json', []],
        ['certified-connectors/Full/settings.json', ['settings-schema warning 2:18', 'settings-file-missing warning 6:13']],
        ['certified-connectors/Full/icon.png', ['icon-dimensions warning 1:1']],
        ['certified-connectors/Full/Readme.md', ['readme-sections warning 1:1']],
        ['certified-connectors/Partial/apiDefinition.swagger.json', []],
        ['certified-connectors/Partial/apiProperties.json', ['readme-missing warning 1:1']],
        ['custom/Plain/apiDefinition.swagger.json', []],
        ['custom/Plain/apiProperties.json', []],
        ['custom/Plain/settings.json', []],
        ['custom/Plain/icon.png', []],
        ['independent-publisher-connectors/Ip/apiDefinition.swagger.json', []],
        ['independent-publisher-connectors/Ip/apiProperties.json', []],
        ['independent-publisher-connectors/Ip/icon.png', ['icon-independent-publisher warning 1:1']],
        ['independent-publisher-connectors/Ip/readme.md', []],
      ]);
      const settings = report.files.find((f: { path: string }) => f.path === 'certified-connectors/Full/settings.json');
      assert.match(settings.messages[1].message, /names "script\.csx" as script \(the custom code\), but .*certified-connectors[\\/]Full[\\/]script\.csx does not exist/);
      assert.equal(report.summary.files, 15);
      assert.equal(r.stderr, '');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('stylish, SARIF and GitHub list the same files and findings', () => {
    const root = tree();
    try {
      const stylish = run(root, '.').stdout;
      for (const f of ['certified-connectors/Full/settings.json', 'certified-connectors/Full/icon.png', 'certified-connectors/Full/Readme.md', 'independent-publisher-connectors/Ip/icon.png']) {
        assert.ok(stylish.includes(f), `${f} in:\n${stylish}`);
      }
      assert.match(stylish, /icon-independent-publisher/);
      assert.doesNotMatch(stylish, /\.vscode/);

      const sarif = JSON.parse(run(root, '-f', 'sarif', '.').stdout);
      const rules = sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
      const results = sarif.runs[0].results.filter((x: { ruleId: string }) => OURS.test(x.ruleId))
        .map((x: { ruleId: string; ruleIndex: number; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
          `${x.ruleId} ${rules[x.ruleIndex]} ${x.locations[0].physicalLocation.artifactLocation.uri}`);
      assert.deepEqual(results, [
        'settings-schema settings-schema certified-connectors/Full/settings.json',
        'settings-file-missing settings-file-missing certified-connectors/Full/settings.json',
        'icon-dimensions icon-dimensions certified-connectors/Full/icon.png',
        'readme-sections readme-sections certified-connectors/Full/Readme.md',
        'readme-missing readme-missing certified-connectors/Partial/apiProperties.json',
        'icon-independent-publisher icon-independent-publisher independent-publisher-connectors/Ip/icon.png',
      ]);

      const github = run(root, '-f', 'github', '.').stdout.split('\n').filter(l => /title=(settings-|icon-(format|dimensions|independent-publisher)::|readme-)/.test(l)).map(l => l.split('::')[1]);
      assert.deepEqual(github, [
        'warning file=certified-connectors/Full/settings.json,line=2,col=18,endLine=2,endColumn=30,title=settings-schema',
        'warning file=certified-connectors/Full/settings.json,line=6,col=13,endLine=6,endColumn=25,title=settings-file-missing',
        'warning file=certified-connectors/Full/icon.png,line=1,col=1,endLine=1,endColumn=1,title=icon-dimensions',
        'warning file=certified-connectors/Full/Readme.md,line=1,col=1,endLine=1,endColumn=10,title=readme-sections',
        'warning file=certified-connectors/Partial/apiProperties.json,line=1,col=1,endLine=1,endColumn=2,title=readme-missing',
        'warning file=independent-publisher-connectors/Ip/icon.png,line=1,col=1,endLine=1,endColumn=1,title=icon-independent-publisher',
      ]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('files given by path: a paconn settings.json is checked as one; .vscode/settings.json and an icon in a custom folder get nothing', () => {
    const root = tree();
    try {
      const r = run(root, '-f', 'json', 'certified-connectors/Full/settings.json', 'custom/Plain/.vscode/settings.json', 'custom/Plain/icon.png');
      const report = JSON.parse(r.stdout);
      assert.deepEqual(report.files.map((f: { path: string; messages: Message[] }) => [f.path, f.messages.map(m => m.ruleId)]), [
        ['certified-connectors/Full/settings.json', ['settings-schema', 'settings-file-missing']],
        ['custom/Plain/icon.png', []],
      ]);
      assert.equal(r.status, 0, r.stderr);
      // A broken settings.json is an error and fails the run.
      fs.writeFileSync(path.join(root, 'custom/Plain/settings.json'), '{ "apiDefinition": "apiDefinition.swagger.json", }');
      const broken = run(root, '-f', 'json', 'custom/Plain');
      const settings = JSON.parse(broken.stdout).files.find((f: { path: string }) => f.path === 'custom/Plain/settings.json');
      assert.deepEqual(settings.messages.map((m: Message) => `${m.ruleId} ${m.severity} ${m.line}:${m.column}`), ['strict-json error 1:48']);
      assert.equal(broken.status, 1);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
