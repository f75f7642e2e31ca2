// An operation that sends a body or form fields needs a request content type: without a supported one in `consumes`
// the platform does not know how to encode the request.
import { str, val } from '../model';
import type { SwaggerRule } from '../types';
import { LISTED_MIME_TYPES, effectiveConsumes, hasListedType } from '../mediaTypes';
import { addFix, describeOperation, setFix } from '../helpers';

export const rule: SwaggerRule = {
  id: 'consumes-missing',
  validatorName: 'ConsumesMissing',
  severity: 'warning',
  category: 'swagger-validator',
  description: 'An operation with a `body` or `formData` parameter has no supported MIME type in its `consumes` (or the swagger\'s).',
  fixable: true,
  check(model, ctx) {
    for (const op of model.operations) {
      const body = op.parameters.some(p => p.in === 'body');
      const form = op.parameters.filter(p => p.in === 'formData');
      if (!body && !form.length) continue;
      const consumes = effectiveConsumes(model, op);
      if (hasListedType(consumes)) continue;
      // A form with a file goes as multipart; other forms as url-encoded; a body as JSON. Offered only when no list exists.
      const type = form.length ? (form.some(p => str(val(p.node, 'type')) === 'file') ? 'multipart/form-data' : 'application/x-www-form-urlencoded') : 'application/json';
      const list = consumes.key?.parent?.children?.[1];
      const title = `Set "consumes": ["${type}"]`;
      const fixes = !consumes.key ? [addFix(op.node, 'consumes', [type], title)]
        : consumes.own && list?.type === 'array' && !list.children?.length ? [setFix(list, [type], title)] : undefined;
      ctx.report({
        // A body without a listed type goes out as JSON (473 operations of merged connectors have "consumes": []);
        // form fields have no such default.
        severity: form.length ? undefined : 'information',
        node: consumes.own && consumes.key ? consumes.key : op.methodKey,
        message: `Operation ${describeOperation(op)} sends a ${body ? 'body' : 'form'} but ${consumes.key ? `its "consumes" lists none of ${LISTED_MIME_TYPES.map(t => `"${t}"`).join(', ')}` : 'has no "consumes"'}: add "${type}" to the operation's "consumes".`,
        fixes,
      });
    }
  },
};
