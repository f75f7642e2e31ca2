// Connectors make HTTP requests; a WebSocket API cannot be called through one.
import { val } from '../model';
import type { SwaggerRule } from '../types';

export const rule: SwaggerRule = {
  id: 'scheme-not-supported',
  validatorName: 'SchemeNotSupported',
  severity: 'error',
  category: 'swagger-validator',
  description: 'A `schemes` entry is `ws` or `wss` (WebSocket), which connectors do not support.',
  check(model, ctx) {
    const list = val(model.root, 'schemes');
    if (list?.type !== 'array') return;
    for (const item of list.children ?? []) {
      if (item.type !== 'string' || !/^wss?$/i.test(item.value as string)) continue;
      ctx.report({ node: item, message: `WebSocket ("${item.value}") is not supported: connectors call APIs over "https" (or "http").` });
    }
  },
};
