// paconn/pac set these from the swagger and the upload; in the file they are ignored or overwritten.
import { SERVICE_MANAGED_MEMBERS } from './facts';
import type { Rule } from './types';
import { removeFix } from './util';

const SOURCE: Record<string, string> = {
  displayName: 'the swagger info.title',
  description: 'the swagger info.description',
  backendService: 'the swagger host and basePath',
  iconUri: 'the uploaded icon',
  scriptDefinitionUrl: 'the uploaded script',
  openApiDefinition: 'the uploaded swagger',
  environment: 'the target environment',
};

export const rule: Rule = {
  id: 'service-managed-member',
  severity: 'warning',
  category: 'branding',
  description: 'A member the service manages (`displayName`, `description`, `iconUri`, `backendService`, ...) is in the file.',
  fixable: true,
  check(model, ctx) {
    for (const p of model.properties?.properties ?? []) {
      const key = p.keyNode.value;
      if (!(SERVICE_MANAGED_MEMBERS as readonly string[]).includes(key)) continue;
      ctx.report({
        node: p.keyNode,
        message: `"${key}" is managed by the service: paconn and pac set it from ${SOURCE[key]} on upload, so the value here is ignored or overwritten. Remove it${key === 'displayName' || key === 'description' ? ` and edit ${SOURCE[key]} instead` : ''}.`,
        fixes: [removeFix(p, `Remove "${key}"`)],
      });
    }
  },
};
