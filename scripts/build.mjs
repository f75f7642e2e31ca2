// Bundles the client (VS Code extension), the language server and the command-line checker with esbuild.
// `--production` minifies (what the .vsix ships) and writes the source maps beside the bundles without linking them:
// the .vsix leaves them out (.vscodeignore), a release can attach them. Development builds link their maps.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? 'external' : true,
  minify: production,
  logLevel: 'warning',
  // vscode-json-languageservice ships UMD + ESM; prefer the ESM build so esbuild can bundle it statically.
  mainFields: ['module', 'main'],
};

// VS Code for the web (package.json "browser"): the client for the web-worker extension host (CommonJS, `vscode`
// provided) and the language server as a plain Web Worker script. platform 'browser' fails the build on any Node
// built-in reached from these entries.
const web = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  outdir: 'dist/web',
};

const builds = [
  { ...common, entryPoints: { client: 'client/src/node/extensionMain.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...web, entryPoints: { client: 'client/src/browser/extensionMain.ts' }, format: 'cjs', external: ['vscode'] },
  { ...web, entryPoints: { server: 'server/src/browser/serverMain.ts' }, format: 'iife' },
  { ...common, entryPoints: { server: 'server/src/node/serverMain.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { cli: 'server/src/cli/cliMain.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  // `pp-connector-language-server`: a few lines that answer --version/--help, then load dist/server.js beside it.
  { ...common, entryPoints: { languageServer: 'server/src/node/languageServerBin.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' }, external: ['./server.js'] },
];

const present = (await import('node:fs')).existsSync;
const active = builds.filter(b => present(Object.values(b.entryPoints)[0]));
if (watch) {
  for (const b of active) (await esbuild.context(b)).watch();
} else {
  await Promise.all(active.map(b => esbuild.build(b)));
}
