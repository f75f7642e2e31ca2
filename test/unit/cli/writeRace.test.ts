// --fix must not overwrite a save made while the file was being checked (issue 11, item 3a). The race is made real:
// the file is rewritten on disk after checkFiles has read it and before it writes, from inside the swagger lookup,
// which runs between the two (as a slow disk or a big swagger would let a user save in between).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { checkFiles } from '../../../server/src/cli/check';
import { writeFixedFile } from '../../../server/src/cli/sourceFile';
import { DEFAULT_SETTINGS } from '../../../server/src/engine/settings';

const FIXABLE = fs.readFileSync(path.resolve(__dirname, '../../fixtures/cli/fixable/apiProperties.json'), 'utf8');

describe('cli --fix and a file saved meanwhile', () => {
  it('checkFiles skips the write, says so, and keeps the user\'s save', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-race-'));
    try {
      const file = path.join(dir, 'apiProperties.json');
      fs.writeFileSync(file, FIXABLE);
      const saved = FIXABLE.replace('"Sign in to Fixable"', '"Saved by the user meanwhile"');
      const report = await checkFiles([file], {
        cwd: dir, quiet: false, fix: 'write', toolVersion: 't', docsBase: 'https://docs.invalid/',
        settingsFor: () => ({ settings: DEFAULT_SETTINGS }),
        swaggerFor: async () => {
          await new Promise(resolve => setImmediate(resolve));
          fs.writeFileSync(file, saved);
          return {};
        },
      });
      assert.equal(fs.readFileSync(file, 'utf8'), saved, 'the save made meanwhile survives');
      const f = report.files[0];
      assert.equal(f.fixes?.written, false);
      assert.match(f.fixes?.error ?? '', /changed on disk while it was checked/);
      assert.ok(f.diagnostics.some(d => d.code === 'redirect-mode-casing'), 'the findings of the file as read stay');
      assert.deepEqual(report.unreadable.map(u => u.message), ['fixes not written: the file changed on disk while it was checked (run again)']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writeFixedFile replaces the file whole (temp file + rename), keeps a symlink a symlink, leaves no temp file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-write-'));
    try {
      const real = path.join(dir, 'real.json');
      const link = path.join(dir, 'link.json');
      fs.writeFileSync(real, 'old');
      fs.symlinkSync(real, link);
      assert.deepEqual(writeFixedFile(link, Buffer.from('old'), 'new'), { written: true });
      assert.equal(fs.readFileSync(real, 'utf8'), 'new');
      assert.ok(fs.lstatSync(link).isSymbolicLink());
      assert.deepEqual(fs.readdirSync(dir).sort(), ['link.json', 'real.json']);
      // A file with a second hard link is not replaced: the rename would leave the other name with the old text.
      fs.linkSync(real, path.join(dir, 'hard.json'));
      assert.deepEqual(writeFixedFile(real, Buffer.from('new'), 'newer'), { written: false, reason: 'the file has 2 hard links (replacing it would split them)' });
      assert.equal(fs.readFileSync(real, 'utf8'), 'new');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
