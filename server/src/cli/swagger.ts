// The paired swagger of each checked file, found and parsed by the engine's SwaggerStore exactly as the language
// server does (sibling apiDefinition.swagger.json, paconn settings.json, the corpus `<prefix>.` naming, ...).
import { URI } from 'vscode-uri';
import { SwaggerStore } from '../engine/swagger/store';
import type { SwaggerContext } from '../engine/swagger/types';
import { fileUri, nodeFileSystem, swaggerContextForPath } from '../node/nodeFileSystem';

export type SwaggerLookup = (file: string) => Promise<{ context?: SwaggerContext; path?: string }>;

export function createSwaggerLookup(): SwaggerLookup {
  const store = new SwaggerStore(nodeFileSystem);
  return async file => {
    const context = await swaggerContextForPath(file, store);
    // Each swagger is needed once per run: drop the store's copy so memory (and GC time) stays flat on big trees.
    if (context.uri) store.invalidate(context.uri);
    store.forget(fileUri(file));
    return { context, ...(context.uri ? { path: URI.parse(context.uri).fsPath } : {}) };
  };
}
