// Test module loaded by VS Code's extension host (the @vscode/test-electron contract: export run()).
'use strict';
const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');

exports.run = function run() {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000 });
  const grep = process.env.E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} e2e tests failed`)) : resolve()));
    runner.on('end', () => {
      // Machine-readable totals; test/host/code-shim.js turns them into "e2e: N passed, N failed".
      const { passes, failures, pending } = runner.stats;
      console.log('E2E-STATS ' + JSON.stringify({ passes, failures, pending }));
    });
  });
};
