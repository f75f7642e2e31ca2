// Entry of the command-line checker (`pp-connector`, bundled as dist/cli.js). User mistakes (bad option, missing
// path) end with exit code 2 and one line on stderr, never a stack trace.
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_DOCS_BASE } from '../engine/validation';
import { CliOptions, HELP, parseArgs, UsageError } from './args';
import { addBreakingChanges } from './breaking';
import { checkFiles } from './check';
import { describeFsError, discoverFiles, InputError } from './discover';
import { addScripts } from './script';
import { addFolderFiles, isFolderFilePath } from './folderFiles';
import { terminalSafe } from './terminalText';
import { formatGithub } from './formatters/github';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatStylish, summaryLine } from './formatters/stylish';
import { countReport, RunReport } from './report';
import { SettingsResolver } from './settingsResolver';
import { createSwaggerLookup, SwaggerParses } from './swagger';
import { tuneCommandLine } from '../node/v8Tuning';
import { version as packageVersion } from '../../../package.json';

export interface CliIo {
  cwd: string;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (e) {
    return fail(io, e);
  }
  if (options.help) { io.stdout.write(HELP + '\n'); return 0; }
  if (options.version) { io.stdout.write(packageVersion + '\n'); return 0; }

  let report: RunReport;
  try {
    const discovery = discoverFiles(options.paths, io.cwd);
    if (discovery.emptyFolders.length && options.errorOnUnmatched) {
      throw new InputError(`No apiProperties.json or apiDefinition.swagger.json files found in "${discovery.emptyFolders[0]}".`);
    }
    const resolver = new SettingsResolver(options, io.cwd, undefined, discovery.inputOf);
    const progress = io.stderr.isTTY && !io.env.CI && discovery.files.length > 20;
    // One parse per swagger: its check and its pairing share it.
    const swaggerParses = options.swagger ? new SwaggerParses() : undefined;
    const swaggerFor = swaggerParses && createSwaggerLookup(swaggerParses);
    // settings.json, icon.png and readme.md given by path are checked with their folder, not as apiProperties.json.
    const folderFiles = discovery.files.filter(isFolderFilePath);
    report = await checkFiles(discovery.files.filter(f => !isFolderFilePath(f)), {
      cwd: io.cwd,
      quiet: options.quiet,
      fix: options.fix ? 'write' : options.fixDryRun ? 'dry-run' : 'off',
      settingsFor: file => resolver.forFile(file),
      swaggerFor,
      swaggerParses,
      inputOf: discovery.inputOf,
      fixSymlinks: options.fixSymlinks,
      toolVersion: packageVersion,
      docsBase: DEFAULT_DOCS_BASE,
      onProgress: progress ? (done, total) => {
        if (done % 10 === 0 || done === total) io.stderr.write(`\rChecked ${done}/${total}${done === total ? '\r\u001b[K' : ''}`);
      } : undefined,
    });
    await addScripts(report, {
      cwd: io.cwd, quiet: options.quiet, docsBase: DEFAULT_DOCS_BASE,
      settingsFor: file => resolver.forFile(file).settings, swaggerFor,
    });
    if (options.base !== undefined) {
      await addBreakingChanges(report, {
        base: options.base, cwd: io.cwd, quiet: options.quiet, docsBase: DEFAULT_DOCS_BASE,
        settingsFor: file => resolver.forFile(file).settings, swaggerFor,
      });
    }
    // After the breaking-change comparison, which compares apiProperties.json and swagger files only.
    await addFolderFiles(report, folderFiles, {
      cwd: io.cwd, quiet: options.quiet, docsBase: DEFAULT_DOCS_BASE, settingsFor: file => resolver.forFile(file),
    });
    report.unreadable.unshift(...discovery.problems);
    for (const p of resolver.problems) io.stderr.write(`pp-connector: warning: ${terminalSafe(p)}\n`);
  } catch (e) {
    return fail(io, e);
  }

  const output = render(report, options, io);
  if (options.outputFile) {
    try {
      const target = path.resolve(io.cwd, options.outputFile);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, output, 'utf8');
    } catch (e) {
      return fail(io, new InputError(`Cannot write "${options.outputFile}": ${describeFsError(e)}.`));
    }
    // Keep the console useful when the report goes to a file (the usual SARIF setup in CI).
    io.stdout.write(summaryLine(report) + '\n');
  } else {
    io.stdout.write(output);
  }
  for (const u of report.unreadable) io.stderr.write(`pp-connector: ${terminalSafe(u.displayPath)}: ${terminalSafe(u.message)}\n`);
  return exitCode(report, options, io);
}

function render(report: RunReport, options: CliOptions, io: CliIo): string {
  switch (options.format) {
    case 'json': return formatJson(report);
    case 'sarif': return formatSarif(report, io.cwd);
    case 'github': return formatGithub(report);
    default: return formatStylish(report, { color: !options.outputFile && !!io.stdout.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb' });
  }
}

export function exitCode(report: RunReport, options: Pick<CliOptions, 'maxWarnings'>, io?: CliIo): number {
  if (report.unreadable.length) return 2;
  const n = countReport(report);
  if (n.error > 0) return 1;
  if (options.maxWarnings !== undefined && n.warning > options.maxWarnings) {
    io?.stderr.write(`pp-connector: too many warnings (${n.warning}); at most ${options.maxWarnings} allowed (--max-warnings).\n`);
    return 1;
  }
  return 0;
}

function fail(io: CliIo, e: unknown): number {
  if (e instanceof UsageError || e instanceof InputError) {
    io.stderr.write(`pp-connector: ${terminalSafe(e.message)}\n`);
  } else {
    // A stack has several lines, ours: only the message part can carry text from a file or an argument.
    io.stderr.write(`pp-connector: internal error: ${e instanceof Error ? terminalSafe(e.message) + (e.stack ? '\n' + e.stack.split('\n').slice(1).map(terminalSafe).join('\n') : '') : terminalSafe(String(e))}\n`);
  }
  return 2;
}

if (require.main === module) {
  tuneCommandLine();
  runCli(process.argv.slice(2), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env })
    .then(code => { process.exitCode = code; }, e => { process.exitCode = fail({ cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env }, e); });
}
