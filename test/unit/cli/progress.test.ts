import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { cli, FIXTURES } from '../../support/cli';

describe('cli progress counter', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-progress-'));
  const text = fs.readFileSync(path.join(FIXTURES, 'clean/northwind/apiProperties.json'), 'utf8');
  for (let i = 0; i < 25; i++) fs.writeFileSync(path.join(dir, `c${String(i).padStart(2, '0')}.apiProperties.json`), text);

  it('counts on stderr when it is a terminal, and clears the line at the end', async () => {
    const r = await cli(['--no-swagger', '.'], { cwd: dir, stderrTTY: true });
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '\rChecked 10/25\rChecked 20/25\rChecked 25/25\r\u001b[K');
    assert.equal(r.stdout, '✔ No problems (25 files checked).\n');
  });

  it('says nothing on stderr when it is not a terminal', async () => {
    const r = await cli(['--no-swagger', '.'], { cwd: dir, stderrTTY: false });
    assert.equal(r.stderr, '');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
