// The rule tests use the shared engine harness (test/support/engine.ts): the whole engine (schema + every rule, as
// users get it) on a document, one code's diagnostics written out as `line:col-line:col severity code [covered text]
// message` (1-based). Here: their test data.
export { codes, diagnose, findings, fixesOf } from '../../support/engine';

/** A minimal valid file with `members` (JSON text, each line indented by the caller) under `properties`. */
export function file(...members: string[]): string {
  return ['{', '  "properties": {', '    "iconBrandColor": "#123456"' + (members.length ? ',' : ''), members.join(',\n'), '  }', '}', ''].filter(l => l !== '').join('\n') + '\n';
}
