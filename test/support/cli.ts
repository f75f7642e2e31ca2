// The CLI harness: runs the CLI in process against the fixture folders, capturing stdout, stderr and the exit code.
import * as path from 'path';
import { runCli } from '../../server/src/cli/cliMain';

export const FIXTURES = path.resolve(__dirname, '../fixtures/cli');

export interface CliRun { code: number; stdout: string; stderr: string }

export async function cli(args: string[], options: { cwd?: string; stderrTTY?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd: options.cwd ?? FIXTURES,
    stdout: { write: (s: string) => { stdout += s; }, isTTY: false },
    stderr: { write: (s: string) => { stderr += s; }, isTTY: options.stderrTTY ?? false },
    env: {},
  });
  return { code, stdout, stderr };
}
