// The paired swagger of each checked file, for the cross-file checks. (Filled in once the engine's swagger module
// lands; until then the CLI checks apiProperties.json alone.)
import type { SwaggerContext } from '../engine/swagger/types';

export type SwaggerLookup = (file: string) => Promise<{ context?: SwaggerContext; path?: string }>;

export function createSwaggerLookup(): SwaggerLookup {
  return async () => ({});
}
