// The root "tags" list defines each tag once.
import { str, val } from '../model';
import type { SwaggerRule } from '../types';

export const rule: SwaggerRule = {
  id: 'tag-redefined',
  validatorName: 'TagRedefined',
  severity: 'error',
  category: 'swagger-validator',
  description: 'The root `tags` list defines the same tag name twice.',
  check(model, ctx) {
    const tags = val(model.root, 'tags');
    if (tags?.type !== 'array') return;
    const seen = new Set<string>();
    for (const tag of tags.children ?? []) {
      const nameNode = val(tag, 'name');
      const name = str(nameNode);
      if (name === undefined || !nameNode) continue;
      if (!seen.has(name)) { seen.add(name); continue; }
      ctx.report({ node: nameNode, message: `The tag "${name}" is already defined in "tags". Remove or merge this entry.` });
    }
  },
};
