// The bundled checker on a connector folder with custom code: script.csx is reported as a file of its own, checked
// against the folder's swagger and scriptOperations; scriptOperations without a script is reported on apiProperties.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const PAIRED = path.join(ROOT, 'test/fixtures/swagger/paired');

function connector(script?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-cli-script-'));
  for (const f of fs.readdirSync(PAIRED)) fs.copyFileSync(path.join(PAIRED, f), path.join(dir, f));
  if (script !== undefined) fs.writeFileSync(path.join(dir, 'script.csx'), script);
  return dir;
}

function json(dir: string) {
  const r = spawnSync(process.execPath, [CLI, '-f', 'json', '.'], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, report: JSON.parse(r.stdout), stderr: r.stderr };
}

const SCRIPT = `public class Script : ScriptBase
{
    public override async Task<HttpResponseMessage> ExecuteAsync()
    {
        if (this.Context.OperationId == "ListWidget") { }
        if (this.Context.OperationId == "GetWidget") { }
        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken);
    }
}
`;

describe('cli: script.csx (dist/cli.js)', () => {
  it('reports the script as its own file: an unknown operation id with did-you-mean, an operation scriptOperations does not list', () => {
    const dir = connector(SCRIPT);
    try {
      const { report } = json(dir);
      const script = report.files.find((f: { path: string }) => f.path.endsWith('script.csx'));
      assert.ok(script, JSON.stringify(report.files.map((f: { path: string }) => f.path)));
      assert.deepEqual(script.messages.map((m: { ruleId: string; line: number; column: number; severity: string }) => `${m.ruleId} ${m.severity} ${m.line}:${m.column}`), [
        // The misspelt comparison leaves ListWidgets, which scriptOperations routes to the code, unhandled.
        'script-operation-not-handled information 1:14',
        'script-code-operation-unknown warning 5:41',
        'script-code-operation-not-listed warning 6:41',
      ]);
      assert.match(script.messages[1].message, /Did you mean "ListWidgets"\?/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a broken script is an error; scriptOperations without a script is a warning on apiProperties', () => {
    const broken = connector(SCRIPT.replace(/}\n$/, ''));
    const missing = connector();
    try {
      const b = json(broken);
      assert.equal(b.code, 1);
      const script = b.report.files.find((f: { path: string }) => f.path.endsWith('script.csx'));
      assert.deepEqual(script.messages.filter((m: { severity: string }) => m.severity === 'error').map((m: { ruleId: string }) => m.ruleId), ['script-syntax']);
      const m = json(missing);
      const props = m.report.files.find((f: { path: string }) => f.path.endsWith('apiProperties.json'));
      assert.deepEqual(props.messages.filter((x: { ruleId: string }) => x.ruleId === 'script-missing').map((x: { severity: string; line: number }) => `${x.severity} ${x.line}`), ['warning 72']);
    } finally {
      fs.rmSync(broken, { recursive: true, force: true });
      fs.rmSync(missing, { recursive: true, force: true });
    }
  });
});
