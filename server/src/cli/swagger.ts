// The paired swagger of each checked file, found by the engine's SwaggerStore exactly as the language server does
// (sibling apiDefinition.swagger.json, paconn settings.json, the corpus `<prefix>.` naming, ...). The command line
// also validates every swagger it pairs, so each swagger text is parsed once (SwaggerParses): the validator's model
// serves the swagger's own rules, and the pairing context is derived from it.
import { URI } from 'vscode-uri';
import { SwaggerStore } from '../engine/swagger/store';
import { swaggerContextFromModel } from '../engine/swagger/fromModel';
import { parseSwagger } from '../engine/swagger/swaggerModel';
import type { SwaggerContext } from '../engine/swagger/types';
import { buildSwaggerModel, ParseResult } from '../engine/swaggerRules/model';
import { fileUri, nodeFileSystem, swaggerContextForPath } from '../node/nodeFileSystem';

export type SwaggerLookup = (file: string) => Promise<{ context?: SwaggerContext; path?: string }>;

/** Parses held for a second user; the pairing and the check of one swagger come a few files apart at most. */
const HELD_PARSES = 8;

/**
 * One parse per swagger text for the two users of a run: the swagger's check and the pairing of its apiProperties.json
 * (in either order: folders list apiDefinition.swagger.json first, a swagger named by settings.json comes after).
 * A parse is dropped once both have had it, and the oldest when more than HELD_PARSES wait, so memory stays flat.
 */
export class SwaggerParses {
  private readonly held = new Map<string, { text: string; parsed: ParseResult }>();
  /** Parses made (for tests and the bench). */
  count = 0;

  parse(uri: string, text: string): ParseResult {
    const key = normalise(uri);
    const hit = this.held.get(key);
    if (hit && hit.text === text) {
      this.held.delete(key);
      return hit.parsed;
    }
    const parsed = buildSwaggerModel(text);
    this.count++;
    this.held.delete(key);
    this.held.set(key, { text, parsed });
    for (const [k] of this.held) {
      if (this.held.size <= HELD_PARSES) break;
      this.held.delete(k);
    }
    return parsed;
  }
}

export function createSwaggerLookup(parses = new SwaggerParses()): SwaggerLookup {
  const store = new SwaggerStore(nodeFileSystem, {
    parse: (uri, text, pairedBy) => {
      const parsed = parses.parse(uri, text);
      // Text the rules cannot read: parseSwagger says why, in the words of the swagger-unavailable note.
      return parsed.model ? swaggerContextFromModel(uri, parsed.model, pairedBy) : parseSwagger(uri, text, pairedBy);
    },
  });
  return async file => {
    const context = await swaggerContextForPath(file, store);
    // Each swagger is needed once per run: drop the store's copy so memory (and GC time) stays flat on big trees.
    if (context.uri) store.invalidate(context.uri);
    store.forget(fileUri(file));
    return { context, ...(context.uri ? { path: URI.parse(context.uri).fsPath } : {}) };
  };
}

function normalise(uri: string): string {
  try {
    return URI.parse(uri).toString();
  } catch {
    return uri;
  }
}
