// The published version of a file, to compare with for breaking changes: the file at a git ref (read with the `git`
// executable, never through a shell), or the same file in another folder or a given old file. A file that the base
// does not have (a new connector) is `missing`, which is not an error.
import { promises as fsp } from 'fs';
import * as path from 'path';
import { GIT_NOT_FOUND, gitRunner } from './git';

export type BaseVersion =
  | { kind: 'found'; text: string; label: string }
  | { kind: 'missing'; label: string };

export class BaseError extends Error {}

const git = gitRunner();

/**
 * Where the base of `file` comes from. `base` is a path (an old file, or an old connector folder holding a file of
 * the same name) when it exists on disk, else a git ref of the repository that holds `file`.
 */
export async function readBaseVersion(file: string, base: string, cwd = process.cwd()): Promise<BaseVersion> {
  const asPath = path.resolve(cwd, base);
  const stat = await fsp.stat(asPath).catch(() => undefined);
  if (stat?.isFile()) return { kind: 'found', text: await fsp.readFile(asPath, 'utf8'), label: base };
  if (stat?.isDirectory()) {
    const candidate = path.join(asPath, path.basename(file));
    const text = await fsp.readFile(candidate, 'utf8').catch(() => undefined);
    return text === undefined ? { kind: 'missing', label: base } : { kind: 'found', text, label: base };
  }
  return readAtRef(file, base);
}

/** The file's content at a git ref; BaseError when git, the repository or the ref is not there. */
export async function readAtRef(file: string, ref: string): Promise<BaseVersion> {
  if (!ref || ref.startsWith('-') || /[\0\n]/.test(ref)) throw new BaseError(`"${ref}" is not a git ref or an existing path`);
  const dir = path.dirname(path.resolve(file));
  const top = await git(['rev-parse', '--show-toplevel'], dir);
  if (top.code === GIT_NOT_FOUND) throw new BaseError(`cannot compare with ${ref}: ${top.stderr.trim()}`);
  if (top.code !== 0) throw new BaseError(`cannot compare with ${ref}: ${dir} is not in a git repository`);
  const verify = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], dir);
  if (verify.code !== 0) throw new BaseError(`cannot compare with ${ref}: no such git ref (commit, branch or tag)`);
  const commit = verify.stdout.trim();
  // The path inside the repository, with forward slashes, as `git show <commit>:<path>` takes it.
  const root = await fsp.realpath(top.stdout.trim());
  const real = await fsp.realpath(path.resolve(file)).catch(() => path.resolve(file));
  const inRepo = path.relative(root, real).split(path.sep).join('/');
  if (inRepo.startsWith('../')) throw new BaseError(`cannot compare with ${ref}: ${file} is outside the repository`);
  const show = await git(['show', `${commit}:${inRepo}`], root);
  if (show.code !== 0) return { kind: 'missing', label: ref };
  return { kind: 'found', text: show.stdout, label: ref };
}
