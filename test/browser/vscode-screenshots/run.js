#!/usr/bin/env node
// Screenshots of the real VS Code (1.100.3 from the offline e2e host in test/host: the VS Code server from
// code-server plus its web workbench in headless Chromium) with this extension loaded: completion, hover, a
// diagnostic with its quick fixes, and the connection-dialog preview. Written to docs/images/vscode-*.png for the
// README. On the way it checks, in the real VS Code, that clicking a field in the preview selects its definition.
//
//   node test/browser/vscode-screenshots/run.js      (after `npm run build` and `npm run e2e:install`)
//
// The steps run inside the extension host (driver.js, loaded like an extension test module); before each
// screenshot the driver logs `PP-SHOT <name>` and waits until this process has written the file.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const outDir = process.env.PP_SCREENSHOT_DIR || path.join(repoRoot, 'docs', 'images');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

let codeServerDir;
try {
  codeServerDir = path.dirname(require.resolve('code-server/package.json', { paths: [path.join(repoRoot, 'test', 'host')] }));
} catch {
  console.error('vscode-screenshots: the test host is not installed; run `npm run e2e:install`');
  process.exit(2);
}
if (!fs.existsSync(path.join(repoRoot, 'dist', 'client.js'))) {
  console.error('vscode-screenshots: dist/client.js is missing; run `npm run build`');
  process.exit(2);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-connector-shots-'));
const dataDir = path.join(tmp, 'data');
const workspace = path.join(tmp, 'workspace');
const doneDir = path.join(tmp, 'done');
fs.mkdirSync(doneDir, { recursive: true });
// The workspace: our preview fixtures, each as the apiProperties.json of its own connector folder.
for (const name of ['multi-auth', 'pitfalls']) {
  fs.mkdirSync(path.join(workspace, name), { recursive: true });
  fs.copyFileSync(path.join(repoRoot, 'test', 'fixtures', 'preview', `${name}.apiProperties.json`), path.join(workspace, name, 'apiProperties.json'));
}
const userSettings = path.join(dataDir, 'data', 'Machine', 'settings.json');
fs.mkdirSync(path.dirname(userSettings), { recursive: true });
fs.writeFileSync(userSettings, JSON.stringify({
  'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'telemetry.telemetryLevel': 'off',
  'update.mode': 'none', 'workbench.enableExperiments': false, 'git.enabled': false,
  'workbench.startupEditor': 'none', 'editor.minimap.enabled': false, 'workbench.tips.enabled': false,
  'window.commandCenter': false, 'workbench.layoutControl.enabled': false, 'chat.commandCenter.enabled': false,
}, null, 1));

const server = spawn(process.execPath, [path.join(codeServerDir, 'lib', 'vscode', 'out', 'server-main.js'),
  '--host', '127.0.0.1', '--port', '0', '--without-connection-token', '--accept-server-license-terms',
  '--enable-smoke-test-driver', '--disable-telemetry', '--disable-workspace-trust',
  '--server-data-dir', dataDir, '--user-data-dir', dataDir, '--extensions-dir', path.join(tmp, 'extensions'),
], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PP_SHOT_DONE_DIR: doneDir, PP_SHOT_WORKSPACE: workspace } });
const stopServer = () => { try { process.kill(-server.pid, 'SIGTERM'); } catch { /* gone */ } };
process.on('exit', stopServer);
let serverLog = '';
server.stdout.on('data', d => { serverLog += d; });
server.stderr.on('data', d => { serverLog += d; });

function serverPort() {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('VS Code server did not start:\n' + serverLog)), 60000);
    const poll = setInterval(() => {
      const m = /Extension host agent listening on (\d+)/.exec(serverLog);
      if (m) { clearInterval(poll); clearTimeout(timer); resolve(Number(m[1])); }
    }, 100);
  });
}

async function main() {
  const { chromium } = require('playwright-core');
  const port = await serverPort();
  const authority = `127.0.0.1:${port}`;
  const remote = p => `vscode-remote://${authority}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(repoRoot)],
    ['extensionTestsPath', remote(path.join(__dirname, 'driver.js'))],
    ['skipWelcome', 'true'], ['skipReleaseNotes', 'true'],
  ];
  const browser = await chromium.launch({
    executablePath: chromiumPath, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage({ viewport: { width: 1100, height: 640 }, deviceScaleFactor: 1 });
  const shots = [];
  let failure;
  await page.exposeFunction('codeAutomationLog', async (_type, args) => {
    const text = util.format(...args);
    const click = /PP-CLICK ([\w:-]+)/.exec(text);
    if (click) {
      // The preview is a webview: an iframe in an iframe of the workbench page. Click the field wherever it is.
      let clicked = 0;
      for (const frame of page.frames()) {
        const el = await frame.$(`[data-field="${click[1]}"]`).catch(() => null);
        if (el) { await el.click(); clicked++; }
      }
      fs.writeFileSync(path.join(doneDir, `click-${click[1]}`), String(clicked));
      return;
    }
    const m = /PP-SHOT ([a-z-]+)/.exec(text);
    if (m) {
      const file = path.join(outDir, `vscode-${m[1]}.png`);
      await page.screenshot({ path: file });
      shots.push(file);
      fs.writeFileSync(path.join(doneDir, m[1]), '');
    } else if (/PP-SHOT-ERROR/.test(text)) {
      failure = text;
    }
  });
  const exited = new Promise(resolve => page.exposeFunction('codeAutomationExit', code => resolve(code)));
  fs.mkdirSync(outDir, { recursive: true });
  await page.goto(`http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  const code = await Promise.race([exited, new Promise(r => setTimeout(() => r('timeout'), 240000))]);
  await browser.close();
  stopServer();
  fs.rmSync(tmp, { recursive: true, force: true });
  for (const s of shots) console.log(`wrote ${path.relative(repoRoot, s)} (${fs.statSync(s).size} bytes)`);
  if (failure || code !== 0) {
    console.error(`vscode-screenshots: failed (${failure || `exit ${code}`})`);
    process.exit(1);
  }
}

main().catch(e => { console.error(e && e.stack || e); stopServer(); process.exit(1); });
