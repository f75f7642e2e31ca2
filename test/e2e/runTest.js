// Standard @vscode/test-electron runner, except that VS Code is the offline host in test/host
// (code-shim.js runs VS Code 1.100.3 from code-server + headless Chromium; see test/host/install.sh).
'use strict';
const path = require('path');
const { runTests } = require('@vscode/test-electron');

const repoRoot = path.resolve(__dirname, '..', '..');

async function main() {
  try {
    await runTests({
      vscodeExecutablePath: path.resolve(repoRoot, 'test', 'host', 'code-shim.js'),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.resolve(__dirname, 'suite', 'index.js'),
      launchArgs: [path.resolve(__dirname, 'workspace')],
    });
  } catch (err) {
    console.error('e2e run failed:', err && err.message ? err.message : err);
    process.exit(1);
  }
}

main();
