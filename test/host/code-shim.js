#!/usr/bin/env node
// Stand-in for the "VS Code executable" that @vscode/test-electron's runTests() launches, because this
// machine cannot download VS Code. It takes the same arguments:
//   --extensionDevelopmentPath=DIR (repeatable) --extensionTestsPath=FILE [--user-data-dir=DIR]
//   [--extensions-dir=DIR] [FOLDER]        (other flags, e.g. --disable-extensions, are ignored)
// and runs the tests in a real VS Code 1.100.3: the VS Code server from the code-server npm package
// (lib/vscode/out/server-main.js, with its Node.js extension host) plus its web workbench loaded in
// headless Chromium. The workbench gets the extension and the test module through the "payload" URL
// parameter that VS Code's own web integration tests use, and reports the tests' exit code through
// window.codeAutomationExit. The shim exits 0 when the tests passed, 1 otherwise, and prints one line
// `e2e: N passed, N failed` (from the E2E-STATS line written by test/e2e/suite/index.js).
//
// Web extensions (a manifest with "browser" and no "main", as test/e2e-web/runTest.js stages ours) run in the
// workbench's web-worker extension host, as in VS Code for the web: loaded from a vscode-remote:// location they could
// not start Web Workers, so they are served to the browser over http (page routing) and handed to the workbench as
// developmentOptions. Used by test/e2e/runTest.js and test/e2e-web/runTest.js (recipe: ../shared/e2e and ../shared/e2e/web).
//
// Env: E2E_TIMEOUT_MS (default 900000), E2E_VERBOSE=1 (server, browser and [devext] logs), E2E_KEEP_TMP=1,
//      CHROMIUM_PATH (default /usr/bin/chromium).
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');

const args = process.argv.slice(2);
const valuesOf = (flag) => args.filter((a) => a.startsWith(`--${flag}=`)).map((a) => a.slice(flag.length + 3));
const developmentPaths = valuesOf('extensionDevelopmentPath').map((p) => path.resolve(p));
const testsPath = valuesOf('extensionTestsPath')[0];
const folder = path.resolve(args.find((a) => !a.startsWith('-')) || process.cwd());
// The whole suite; generous, since a loaded 2-core machine runs it several times slower than a quiet one.
const timeoutMs = Number(process.env.E2E_TIMEOUT_MS || 900000);
const verbose = Boolean(process.env.E2E_VERBOSE);

if (developmentPaths.length === 0 || !testsPath) {
  console.error('code-shim: expected --extensionDevelopmentPath=DIR and --extensionTestsPath=FILE');
  process.exit(2);
}

let codeServerDir;
try {
  codeServerDir = path.dirname(require.resolve('code-server/package.json'));
} catch {
  console.error('code-shim: the test host is not installed; run `npm run e2e:install` (test/host/install.sh)');
  process.exit(2);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-connector-e2e-'));
const dataDir = path.resolve(valuesOf('user-data-dir')[0] || path.join(tmp, 'data'));
const extensionsDir = path.resolve(valuesOf('extensions-dir')[0] || path.join(tmp, 'extensions'));
fs.mkdirSync(extensionsDir, { recursive: true });
// Machine settings of the remote side: no update checks, telemetry or git scanning during tests.
const machineSettings = path.join(dataDir, 'data', 'Machine', 'settings.json');
if (!fs.existsSync(machineSettings)) {
  fs.mkdirSync(path.dirname(machineSettings), { recursive: true });
  fs.writeFileSync(machineSettings, JSON.stringify({
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'workbench.enableExperiments': false,
    'git.enabled': false,
  }, null, 1));
}

// A built VS Code honours the test payload only with --enable-smoke-test-driver. code-server's own CLI
// rejects that flag (and --extensionDevelopmentPath), so the bundled server is started directly.
const serverMain = path.join(codeServerDir, 'lib', 'vscode', 'out', 'server-main.js');
const server = spawn(process.execPath, [serverMain,
  '--host', '127.0.0.1', '--port', '0', '--without-connection-token', '--accept-server-license-terms',
  '--enable-smoke-test-driver', '--disable-telemetry', '--disable-workspace-trust',
  '--server-data-dir', dataDir, '--user-data-dir', dataDir, '--extensions-dir', extensionsDir,
], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });

// The server forks extension hosts and language servers: stop the whole process group.
const stopServer = () => {
  try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
};
process.on('exit', stopServer);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

let serverLog = '';
function onServerOutput(chunk) {
  const text = String(chunk);
  serverLog += text;
  if (verbose) {
    process.stderr.write(text.replace(/^/gm, '[server] '));
    return;
  }
  // Even when quiet, say why an extension under test was not loaded.
  for (const line of text.split('\n')) {
    if (/not compatible|Cannot find module|Error: /.test(line)) console.error('[server] ' + line);
  }
}
server.stdout.on('data', onServerOutput);
server.stderr.on('data', onServerOutput);
const serverExited = new Promise((resolve) => server.on('exit', (code) => resolve(`server exited (${code})`)));

function serverPort() {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('VS Code server did not start within 60 s:\n' + serverLog)), 60000);
    const check = () => {
      const match = /Extension host agent listening on (\d+)/.exec(serverLog);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    server.stdout.on('data', check);
    serverExited.then((why) => reject(new Error(why + ':\n' + serverLog)));
  });
}

// Workbench chatter that is expected offline (gallery unreachable, connection setup) and never about our tests.
const NOISE = /open-vsx\.org|Resolving connection token|Resolved connection token|Creating a socket|\[Service Worker\]|builtin extensions cache|ChatSessionStore|copilot-instructions|Ignoring fetching additional builtin|\[AgentHost|ChatModelSelection|AccountPolicyGate|reconnection-grace-time|Creation of workbench contribution/;

async function main() {
  const { chromium } = require('playwright-core');
  const started = Date.now();
  const port = await serverPort();
  const authority = `127.0.0.1:${port}`;
  const remoteUri = (p) => `vscode-remote://${authority}${path.resolve(p).split(path.sep).join('/')}`;
  // Web extensions ("browser" entry, no "main") run in the browser's web-worker extension host. Loaded from
  // their vscode-remote:// location they cannot create Workers ("Creating workers from remote extensions is
  // currently not supported"), so they are served to the browser over http (same origin, by page routing)
  // and handed to the workbench as developmentOptions.extensions / extensionTestsPath instead of the payload.
  const isWeb = (p) => { const m = JSON.parse(fs.readFileSync(path.join(p, 'package.json'), 'utf8')); return !!m.browser && !m.main; };
  const webPaths = developmentPaths.filter(isWeb);
  const remotePaths = developmentPaths.filter((p) => !isWeb(p));
  const devUrl = (i) => `/__devext/${i}`;
  const webTests = webPaths.findIndex((p) => path.resolve(testsPath).startsWith(p + path.sep));
  const payload = [
    ...remotePaths.map((p) => ['extensionDevelopmentPath', remoteUri(p)]),
    ...(webTests < 0 ? [['extensionTestsPath', remoteUri(testsPath)]] : []),
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  if (webPaths.length && remotePaths.length) throw new Error('code-shim: mixing web and node extensions under development is not handled');
  const developmentOptions = webPaths.length ? {
    extensions: webPaths.map((p, i) => ({ scheme: 'http', authority, path: devUrl(i) })),
    ...(webTests >= 0 ? { extensionTestsPath: { scheme: 'http', authority,
      path: devUrl(webTests) + '/' + path.relative(webPaths[webTests], path.resolve(testsPath)).split(path.sep).join('/') } } : {}),
  } : null;

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  }).catch((e) => {
    throw new Error('Chromium did not start (run test/host/install.sh): ' + e.message);
  });

  let stats = null;
  const mochaCounts = {};
  const context = await browser.newContext();
  if (developmentOptions) {
    // Serve /__devext/<i>/** from the extension folders (main page, iframe and web workers alike).
    await context.route((u) => u.host === authority && u.pathname.startsWith('/__devext/'), async (route) => {
      const u = new URL(route.request().url());
      const [, , i, ...rest] = u.pathname.split('/');
      const root = webPaths[Number(i)];
      const file = path.resolve(root, decodeURIComponent(rest.join('/')));
      if (verbose) console.log('[devext] ' + u.pathname + ' at ' + Date.now());
      if (!root || !file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return route.fulfill({ status: 404, body: 'not found' });
      const type = /\.js$/.test(file) ? 'text/javascript' : /\.json$/.test(file) ? 'application/json' : 'application/octet-stream';
      return route.fulfill({ status: 200, path: file, headers: { 'content-type': type, 'access-control-allow-origin': '*' } });
    });
    // Add developmentOptions to the workbench configuration that the server writes into the page (a meta tag
    // the workbench reads with getAttribute). Rewriting the document itself with route.fulfill() makes Chromium
    // treat the page as non-local and block its WebSocket to 127.0.0.1 (ERR_BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECKS).
    await context.addInitScript((extra) => {
      const original = Element.prototype.getAttribute;
      Element.prototype.getAttribute = function (name) {
        const value = original.call(this, name);
        if (this.id === 'vscode-workbench-web-configuration' && name === 'data-settings' && value) {
          const config = JSON.parse(value);
          config.developmentOptions = { ...(config.developmentOptions || {}), ...extra };
          return JSON.stringify(config);
        }
        return value;
      };
    }, developmentOptions);
  }
  // Offline: fail requests to other hosts (the open-vsx gallery) at once instead of waiting for DNS.
  await context.route((u) => !['127.0.0.1', 'localhost'].includes(u.hostname) && /^https?:$/.test(u.protocol), (route) => route.abort('internetdisconnected'));
  const page = await context.newPage();
  if (verbose) context.on('requestfailed', (r) => console.log(`[requestfailed] at ${Date.now()} ${r.url()} ${r.failure() && r.failure().errorText}`));
  if (verbose) page.on('console', (m) => console.log(`[browser:${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.error('[pageerror]', e.message));
  // While running extension tests the workbench forwards its console and the extension host's here.
  await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
    const text = util.format(...logArgs);
    const statsLine = /E2E-STATS (\{.*\})/.exec(text);
    if (statsLine) {
      stats = JSON.parse(statsLine[1]);
      return;
    }
    // Fallback for a mocha run that does not write E2E-STATS.
    const passing = /^\s*(\d+) passing/m.exec(text);
    const failing = /^\s*(\d+) failing/m.exec(text);
    if (passing) mochaCounts.passes = Number(passing[1]);
    if (failing) mochaCounts.failures = Number(failing[1]);
    if (!verbose && NOISE.test(text)) return;
    (type === 'error' ? console.error : console.log)(text);
  });
  const testsExited = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));

  const url = `http://${authority}/?folder=${encodeURIComponent(folder)}` +
    `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  // Only wait for the navigation to commit: the run's end is awaited below, and a busy machine loads slowly.
  await page.goto(url, { waitUntil: 'commit', timeout: 120000 });
  let timer;
  const code = await Promise.race([testsExited, serverExited,
    new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); })]);
  clearTimeout(timer);
  if (code === 'timeout') {
    const shot = path.join(os.tmpdir(), `pp-connector-e2e-timeout-${Date.now()}.png`);
    await page.screenshot({ path: shot }).catch(() => {});
    console.error(`code-shim: tests did not finish within ${timeoutMs} ms (screenshot: ${shot})`);
  }
  await browser.close();
  stopServer();

  if (!stats && mochaCounts.passes !== undefined) stats = { passes: mochaCounts.passes, failures: mochaCounts.failures || 0 };
  if (stats) console.log(`e2e: ${stats.passes} passed, ${stats.failures} failed` + (stats.pending ? `, ${stats.pending} skipped` : ''));
  else console.log('e2e: 0 passed, 1 failed (the test run did not report results)');
  console.log(`code-shim: exit ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (!process.env.E2E_KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true });
  // No stats means the suite never reported, which must not pass as success.
  process.exit(code === 0 && stats ? 0 : 1);
}

main().catch((e) => {
  console.error('code-shim:', (e && e.stack) || e);
  process.exit(1);
});
