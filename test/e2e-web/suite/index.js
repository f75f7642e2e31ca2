// Test module of the web layer, run by VS Code's web-worker extension host (the @vscode/test-electron contract:
// export run()). Bundled by runTest.js with esbuild for the browser: mocha's browser build, the tests beside it.
'use strict';
require('mocha/mocha'); // defines globalThis.mocha

exports.run = function run() {
  return new Promise((resolve, reject) => {
    mocha.setup({ ui: 'tdd', color: false, timeout: 60000, reporter: 'spec' });
    require('./web.test.js');
    const runner = mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} web e2e tests failed`)) : resolve()));
    runner.on('end', () => {
      // Machine-readable totals; test/host/code-shim.js turns them into "e2e: N passed, N failed".
      const { passes, failures, pending } = runner.stats;
      console.log('E2E-STATS ' + JSON.stringify({ passes, failures, pending }));
    });
  });
};
