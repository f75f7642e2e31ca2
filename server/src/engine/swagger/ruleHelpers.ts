// Shared by the cross-file (swagger) rules: naming the swagger in messages, "did you mean" over operation ids,
// and reading `{param}` references out of policy templates.
import { indexFor, SuggestionBudget } from '../suggest';
import type { SwaggerContext } from './types';
import { uriFileName } from '../uri';

/** What paconn and the docs call the swagger, named where its uri gives no file name. */
export const DEFAULT_SWAGGER_NAME = 'apiDefinition.swagger.json';

/**
 * How the swagger is named to the author, everywhere (rule messages, hovers, the status item): the decoded file
 * name of its uri, else the conventional `apiDefinition.swagger.json`.
 */
export function swaggerName(swagger: Pick<SwaggerContext, 'uri'>): string {
  return (swagger.uri ? uriFileName(swagger.uri) : '') || DEFAULT_SWAGGER_NAME;
}

/**
 * The operation id closest to `id`: a case-only difference first, then the smallest edit distance within reason.
 * The swagger's ids are indexed once per parsed swagger; `budget` bounds the far search across one document's ids.
 */
export function closestOperationId(id: string, swagger: SwaggerContext, budget?: SuggestionBudget): string | undefined {
  const ops = swagger.operations;
  return indexFor(ops, () => ops.keys(), ops.size).nearest(id, { budget });
}

export interface TemplateReference {
  name: string;
  /** Offset of the name (inside the braces) in `raw`. */
  index: number;
}

/**
 * `{param}` references in a newPath/urlTemplate, as written in the source (raw JSON string text, quotes included).
 * Policy expressions (`@{...}`, `{@body()...}`) are not operation parameters and are skipped.
 */
export function templateReferences(raw: string): TemplateReference[] {
  const out: TemplateReference[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== '{') continue;
    if (raw[i - 1] === '@') {
      // @{ expression }: skip to its closing brace, nested braces included.
      let depth = 1, j = i + 1;
      for (; j < raw.length && depth; j++) if (raw[j] === '{') depth++; else if (raw[j] === '}') depth--;
      i = j - 1;
      continue;
    }
    const end = raw.indexOf('}', i + 1);
    if (end < 0) break;
    const name = raw.slice(i + 1, end);
    if (/^[A-Za-z_$][\w$.\-]*$/.test(name)) out.push({ name, index: i + 1 });
    i = end;
  }
  return out;
}

/** "A, B and 3 more" */
export function listNames(names: string[], max = 3): string {
  const quoted = names.map(n => `"${n}"`);
  if (quoted.length <= max) return quoted.length > 1 ? quoted.slice(0, -1).join(', ') + ' and ' + quoted[quoted.length - 1] : quoted.join('');
  return quoted.slice(0, max).join(', ') + ` and ${quoted.length - max} more`;
}
