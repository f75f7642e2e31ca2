// The web layer of the e2e tests: the extension as VS Code for the web runs it (vscode.dev, github.dev), in the
// web-worker extension host of VS Code 1.100.3's web build (test/host/code-shim.js, headless Chromium).
//   1. stages the extension as the web sees it: package.json without "main" (a browser only ever loads "browser"),
//      the web bundles and the manifest's contributions, plus this layer's test module bundled for the browser;
//   2. copies the node e2e layer's fixtures (test/e2e/workspace) to a temporary workspace the tests may write to;
//   3. runs @vscode/test-electron's runTests with the shim as "VS Code", which prints "e2e: N passed, N failed".
// Needs `npm run build` first (npm test builds). E2E_VERBOSE=1 shows server, browser and worker logs.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const repoRoot = path.resolve(__dirname, '..', '..');
const SHIM = path.join(repoRoot, 'test', 'host', 'code-shim.js');
// What the manifest's contributions point at (grammar, snippets, language configuration, walkthrough media, schema).
const CONTRIBUTED = ['syntaxes', 'snippets', 'media', 'schemas', 'docs', 'language-configuration.json', 'README.md', 'LICENSE'];

async function main() {
  for (const bundle of ['dist/web/client.js', 'dist/web/server.js']) {
    if (!fs.existsSync(path.join(repoRoot, bundle))) throw new Error(`${bundle} is missing; run \`npm run build\``);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-connector-e2e-web-'));
  try {
    const extension = path.join(tmp, 'extension');
    fs.mkdirSync(path.join(extension, 'dist'), { recursive: true });
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    delete manifest.main;
    fs.writeFileSync(path.join(extension, 'package.json'), JSON.stringify(manifest, null, 2));
    fs.cpSync(path.join(repoRoot, 'dist', 'web'), path.join(extension, 'dist', 'web'), { recursive: true });
    for (const name of CONTRIBUTED) {
      if (fs.existsSync(path.join(repoRoot, name))) fs.symlinkSync(path.join(repoRoot, name), path.join(extension, name));
    }
    const testsPath = path.join(extension, 'test', 'suite.js');
    await require('esbuild').build({
      entryPoints: [path.join(__dirname, 'suite', 'index.js')],
      outfile: testsPath,
      bundle: true,
      platform: 'browser',
      format: 'cjs',
      target: 'es2022',
      external: ['vscode'],
      define: { global: 'globalThis' },
      logLevel: 'warning',
    });
    const workspace = path.join(tmp, 'workspace');
    fs.cpSync(path.join(repoRoot, 'test', 'e2e', 'workspace'), workspace, { recursive: true });

    const { runTests } = require('@vscode/test-electron');
    await runTests({ vscodeExecutablePath: SHIM, extensionDevelopmentPath: extension, extensionTestsPath: testsPath, launchArgs: [workspace] });
  } finally {
    if (!process.env.E2E_KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error('web e2e run failed:', err && err.message ? err.message : err);
  process.exit(1);
});
