// The platform routes by path template: each `{variable}` must open and close within one segment; a lone `{` or `}`
// (not encoded as %7B / %7D) makes the template unreadable.
import { offsetInString } from '../model';
import type { SwaggerRule } from '../types';
import { shortValue } from '../helpers';

/** The first problem of a path template: where it is (index in the path, length) and what it is. */
export function templateProblem(path: string): { index: number; length: number; what: string } | undefined {
  let open = -1;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === '{') {
      if (open >= 0) return { index: open, length: i - open + 1, what: 'a "{" inside another variable' };
      open = i;
    } else if (c === '}') {
      if (open < 0) return { index: i, length: 1, what: 'a "}" that closes no variable' };
      if (i === open + 1) return { index: open, length: 2, what: 'an empty variable "{}"' };
      open = -1;
    } else if (c === '/' && open >= 0) {
      return { index: open, length: i - open + 1, what: 'a variable that spans a "/" (it must stay within one segment)' };
    }
  }
  return open >= 0 ? { index: open, length: path.length - open, what: 'a "{" that is never closed' } : undefined;
}

export const rule: SwaggerRule = {
  id: 'operation-path-template-not-valid',
  validatorName: 'OperationPathTemplateNotValid',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A key of `paths` has an unclosed, stray or nested `{`/`}`, an empty `{}`, or a variable spanning a `/`.',
  check(model, ctx) {
    for (const item of model.pathItems) {
      const problem = templateProblem(item.path);
      if (!problem) continue;
      const offset = offsetInString(model.text, item.key, problem.index);
      ctx.report({
        ...(offset !== undefined && offsetInString(model.text, item.key, problem.index + problem.length) !== undefined ? { offset, length: problem.length } : { node: item.key }),
        message: `The path ${shortValue(item.path)} is not a valid template: it has ${problem.what}. Enclose each variable name in "{" and "}" within one segment, and write a literal brace as %7B or %7D.`,
      });
    }
  },
};
