// The platform fills x-ms-notification-url into the request body of a webhook registration: on a query, header, path
// or form parameter (or on a body parameter object instead of its schema) the marker is never honoured.
// Positions outside the inputs (a response schema reusing the registration's definition) are left alone: two merged
// connectors (AtBot Admin, Tikit) return the registration body with the marker in it.
import type { Node } from 'jsonc-parser';
import { val } from '../model';
import type { SwaggerRule } from '../types';
import { describeOperation, removeFix, shortValue } from '../helpers';
import { webhookFacts } from '../webhooks';

export const rule: SwaggerRule = {
  id: 'notification-url-not-allowed-in-this-position',
  validatorName: 'NotificationUrlNotAllowedInThisPosition',
  severity: 'error',
  category: 'swagger-validator',
  description: '`"x-ms-notification-url": true` is on an input other than a property of a body parameter\'s schema (a query, header, path or formData parameter, or the body parameter object itself).',
  fixable: true,
  check(model, ctx) {
    const sites = webhookFacts(model).sites;
    if (!sites.length) return;
    const byOwner = new Map<Node, (typeof sites)[number]>(sites.map(s => [s.owner, s]));
    const reported = new Set<Node>();
    for (const op of model.operations) {
      for (const p of op.parameters) {
        // The parameter object itself, then (not in the body) the `items` of an array parameter, level by level.
        const places: Node[] = [p.node];
        if (p.in !== 'body') for (let items = val(p.node, 'items'); items?.type === 'object' && places.length < 64; items = val(items, 'items')) places.push(items);
        for (const place of places) {
          const site = byOwner.get(place);
          if (!site || reported.has(site.key)) continue;
          reported.add(site.key);
          ctx.report({
            node: site.key,
            message: `Parameter ${shortValue(p.name ?? "(unnamed)")} of ${describeOperation(op)} is ${p.in === 'body' ? 'the body parameter itself' : `in "${p.in ?? '(none)'}"`}; "x-ms-notification-url" is honoured only on a property of the body parameter's schema, where the platform fills in its callback URL. Move it to that property.`,
            fixes: [removeFix(site.value, 'Remove "x-ms-notification-url"')],
          });
        }
      }
    }
  },
};
