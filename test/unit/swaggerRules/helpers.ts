// The swagger-rule tests use the shared engine harness (test/support/engine.ts): the swagger validation (every rule,
// as users get it), one code's diagnostics as `line:col-line:col severity code [covered text] message` (1-based), a
// finding's fix applied to the text. Here: their test data.
export {
  applySwaggerFix as applyFix, swaggerCovered as covered, swaggerDiagnostics as diagnose, swaggerFindings as findings,
  swaggerFixesOf as fixesOf,
} from '../../support/engine';

/** A swagger with `paths` (and any other root members), pretty-printed with two spaces. */
export function swagger(paths: Record<string, unknown>, root: Record<string, unknown> = {}): string {
  return JSON.stringify({ swagger: '2.0', info: { title: 'Contoso', version: '1.0' }, host: 'api.contoso.com', basePath: '/', schemes: ['https'], paths, ...root }, null, 2) + '\n';
}

/** A minimal operation with a 200 response. */
export function op(operationId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { operationId, summary: 'Do it', responses: { 200: { description: 'OK' } }, ...extra };
}

export const pathParam = (name: string, extra: Record<string, unknown> = {}) =>
  ({ name, in: 'path', required: true, type: 'string', 'x-ms-url-encoding': 'single', ...extra });
