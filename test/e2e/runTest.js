// Standard @vscode/test-electron runner, except that VS Code is the offline host in test/host
// (code-shim.js runs VS Code 1.100.3 from code-server + headless Chromium; see test/host/install.sh).
// Before the launch it makes `workspace/git-connector` a git repository of its own with the swagger fixture
// committed (the breaking-changes test compares the buffer with that commit); it is removed afterwards.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { runTests } = require('@vscode/test-electron');

const repoRoot = path.resolve(__dirname, '..', '..');
const workspace = path.resolve(__dirname, 'workspace');
const gitConnector = path.join(workspace, 'git-connector');

function createGitConnector() {
  fs.rmSync(gitConnector, { recursive: true, force: true });
  fs.mkdirSync(gitConnector);
  for (const name of ['apiProperties.json', 'apiDefinition.swagger.json']) {
    fs.copyFileSync(path.join(workspace, 'swagger', name), path.join(gitConnector, name));
  }
  const git = (...args) => execFileSync('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: gitConnector, stdio: 'pipe' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'published');
}

async function main() {
  try {
    createGitConnector();
    await runTests({
      vscodeExecutablePath: path.resolve(repoRoot, 'test', 'host', 'code-shim.js'),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.resolve(__dirname, 'suite', 'index.js'),
      launchArgs: [workspace],
    });
  } catch (err) {
    console.error('e2e run failed:', err && err.message ? err.message : err);
    process.exitCode = 1;
  } finally {
    fs.rmSync(gitConnector, { recursive: true, force: true });
  }
}

main();
