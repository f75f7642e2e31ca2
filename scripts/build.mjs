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

const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
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
