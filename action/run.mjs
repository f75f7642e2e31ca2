// Entry of the GitHub Action (action.yml): runs the pp-connector checker on the workspace twice, once for the
// pull-request annotations (--format github, on stdout, where the runner reads workflow commands) and once for the
// SARIF report that the next step uploads; writes the step outputs; exits with the checker's code.
// Inputs come as PP_INPUT_* environment variables (action.yml maps them); GITHUB_* variables are the runner's.
// The action's repository has no build output: the first run in a job builds dist/ (npm ci, then the esbuild bundles).
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const env = process.env;
const actionRoot = env.GITHUB_ACTION_PATH || path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const workspace = env.GITHUB_WORKSPACE || process.cwd();
const cli = path.join(actionRoot, 'dist', 'cli.js');

function fail(message) {
  process.stdout.write(`::error title=pp-connector action::${message.replace(/[\r\n]+/g, ' ')}\n`);
  process.exit(2);
}

function step(title, cmd, args, cwd) {
  process.stdout.write(`::group::${title}\n`);
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  process.stdout.write('::endgroup::\n');
  if (r.status !== 0) fail(`${title} failed (${r.error ? r.error.message : `exit ${r.status}`})`);
}

if (Number(process.versions.node.split('.')[0]) < 20) fail(`Node.js 20 or later is needed (this runner has ${process.version}); add actions/setup-node before this step.`);
if (!existsSync(cli)) {
  if (!existsSync(path.join(actionRoot, 'node_modules'))) step('Install the checker (npm ci)', 'npm', ['ci', '--no-audit', '--no-fund'], actionRoot);
  step('Build the checker', process.execPath, [path.join(actionRoot, 'scripts', 'build.mjs')], actionRoot);
}

const paths = (env.PP_INPUT_PATH || '.').split(/\s+/).filter(Boolean);
const sarifFile = path.resolve(workspace, env.PP_INPUT_SARIF_FILE || 'pp-connector.sarif');
const options = [];
if (env.PP_INPUT_MAX_WARNINGS) {
  if (!/^\d+$/.test(env.PP_INPUT_MAX_WARNINGS)) fail(`max-warnings must be a whole number, not "${env.PP_INPUT_MAX_WARNINGS}".`);
  options.push('--max-warnings', env.PP_INPUT_MAX_WARNINGS);
}
if (env.PP_INPUT_PROFILE) options.push('--profile', env.PP_INPUT_PROFILE);

const check = spawnSync(process.execPath, [cli, '--format', 'github', ...options, '--', ...paths], { cwd: workspace, stdio: 'inherit' });
const sarif = spawnSync(process.execPath, [cli, '--format', 'sarif', '--output-file', sarifFile, ...options, '--', ...paths], { cwd: workspace, stdio: ['ignore', 'ignore', 'inherit'] });
const code = check.status ?? 2;
const outputs = [`exit-code=${code}`];
if (sarif.status !== 2 && existsSync(sarifFile)) outputs.push(`sarif-file=${sarifFile}`);
if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, outputs.join('\n') + '\n');
process.exit(code);
