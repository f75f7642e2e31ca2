// The package.json contributions behind the preview and the first-run experience: commands with their menus, and
// a walkthrough whose steps link to contributed commands and whose media files exist and stay small.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const contributes = manifest.contributes;
const commandIds = new Set<string>(contributes.commands.map((c: { command: string }) => c.command));

test('preview and new-file commands are contributed, with the preview in the editor title and context menu', () => {
  const byId = (id: string) => contributes.commands.find((c: { command: string }) => c.command === id);
  assert.equal(byId('ppConnector.previewConnectionDialog').title, 'Preview Connection Dialog');
  assert.equal(byId('ppConnector.newConnectorProperties').title, 'New Connector Properties File');
  const when = 'editorLangId == apiproperties';
  for (const menu of ['editor/title', 'editor/context']) {
    const entry = contributes.menus[menu].find((m: { command: string }) => m.command === 'ppConnector.previewConnectionDialog');
    assert.equal(entry?.when, when, menu);
  }
  assert.ok(contributes.menus['file/newFile'].some((m: { command: string }) => m.command === 'ppConnector.newConnectorProperties'));
});

test('the walkthrough has three steps linking to contributed commands, with existing small media', () => {
  const walkthrough = contributes.walkthroughs.find((w: { id: string }) => w.id === 'ppConnector.gettingStarted');
  assert.deepEqual(walkthrough.steps.map((s: { id: string }) => s.id), ['openProperties', 'addAuthentication', 'previewDialog']);
  for (const step of walkthrough.steps) {
    const linked = [...step.description.matchAll(/\(command:([\w.]+)\)/g)].map(m => m[1]);
    assert.equal(linked.length, 1, step.id);
    assert.ok(commandIds.has(linked[0]), `${step.id} links to ${linked[0]}, which is not contributed`);
    for (const event of step.completionEvents.filter((e: string) => e.startsWith('onCommand:'))) {
      assert.ok(commandIds.has(event.slice('onCommand:'.length)), `${step.id}: ${event}`);
    }
    const media = step.media.markdown ?? step.media.svg ?? step.media.image;
    assert.ok(existsSync(join(ROOT, media)), media);
    assert.ok(statSync(join(ROOT, media)).size < 64_000, `${media} should stay small`);
    if (step.media.markdown) {
      for (const m of readFileSync(join(ROOT, media), 'utf8').matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) {
        assert.ok(existsSync(join(ROOT, media, '..', m[1])), `${media} links to missing ${m[1]}`);
      }
    }
  }
});
