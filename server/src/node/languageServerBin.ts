// `pp-connector-language-server`: the language server as a command for any LSP editor. Answers --version and --help
// itself, refuses a call without a transport (the LSP library would otherwise fail with a stack trace), and hands
// everything else to the bundled server (dist/server.js, the same bundle the VS Code extension runs).
import { version } from '../../../package.json';

const NAME = 'pp-connector-language-server';
const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];

export const USAGE = `Usage: ${NAME} --stdio | --node-ipc | --socket=<port> | --pipe=<name>

The language server for Power Platform custom-connector files (apiProperties.json): diagnostics, completion, hover,
outline, formatting, quick fixes and refactors over the Language Server Protocol.

  --stdio           talk LSP over stdin/stdout (what most editors use)
  --node-ipc        talk LSP over Node IPC (a parent Node process)
  --socket=<port>   talk LSP over a socket on localhost
  --pipe=<name>     talk LSP over a named pipe
  -v, --version     print the version
  -h, --help        print this help
`;

/** What to do with the command line: print and exit, or start the server. */
export function parseCommandLine(args: readonly string[]): { exit: number; stdout?: string; stderr?: string } | 'serve' {
  if (args.includes('--help') || args.includes('-h')) return { exit: 0, stdout: USAGE };
  if (args.includes('--version') || args.includes('-v')) return { exit: 0, stdout: version + '\n' };
  if (!args.some(a => TRANSPORTS.includes(a.split('=')[0]))) {
    return { exit: 2, stderr: `${NAME}: no transport given. Start it from an editor with --stdio (--help for the options).\n` };
  }
  return 'serve';
}

if (require.main === module) {
  const action = parseCommandLine(process.argv.slice(2));
  if (action === 'serve') {
    // Kept external by the build: the server bundle sits beside this file in dist/.
    require('./server.js');
  } else {
    if (action.stdout) process.stdout.write(action.stdout);
    if (action.stderr) process.stderr.write(action.stderr);
    process.exitCode = action.exit;
  }
}
