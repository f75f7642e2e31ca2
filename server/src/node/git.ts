// Runs the `git` executable: never through a shell, with a time limit and an output cap, and never throwing; a
// missing git is exit code 127 with a readable message, so callers tell "no git" from "git said no".
import { execFile } from 'child_process';

export interface GitResult { code: number; stdout: string; stderr: string }
export type GitRunner = (args: string[], cwd: string) => Promise<GitResult>;

export const GIT_NOT_FOUND = 127;

export interface GitOptions {
  timeoutMs?: number;
  maxBytes?: number;
  /** The executable (tests name a missing one). */
  command?: string;
}

export function gitRunner(options: GitOptions = {}): GitRunner {
  const { timeoutMs = 20_000, maxBytes = 64 * 1024 * 1024, command = 'git' } = options;
  return (args, cwd) => new Promise(resolve => {
    execFile(command, args, { cwd, timeout: timeoutMs, maxBuffer: maxBytes, encoding: 'utf8', windowsHide: true }, (error, stdout, stderr) => {
      const code = (error as { code?: unknown } | null)?.code;
      if (code === 'ENOENT') resolve({ code: GIT_NOT_FOUND, stdout: '', stderr: 'git is not installed (or not on PATH)' });
      else resolve({ code: error ? (typeof code === 'number' ? code : 1) : 0, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}
