// One parse per swagger version for everything the editor asks of it: the analysis after an edit, then the outline
// (document symbols, asked after every edit), go-to-definition, references and rename on the same text share the
// model. Kept per uri while the text is the same (the same string object is a pointer check), a few swaggers at most.
import { buildSwaggerModel, ParseResult } from './model';

/** Swaggers held: the one being edited and a couple that navigation reads beside it. */
const HELD = 3;
const latest = new Map<string, { text: string; parsed: ParseResult }>();

/** buildSwaggerModel(text), shared with the other users of the same uri and text. */
export function swaggerParseOf(uri: string, text: string): ParseResult {
  const hit = latest.get(uri);
  if (hit && hit.text === text) {
    latest.delete(uri);
    latest.set(uri, hit);
    return hit.parsed;
  }
  const parsed = buildSwaggerModel(text);
  latest.delete(uri);
  latest.set(uri, { text, parsed });
  if (latest.size > HELD) latest.delete(latest.keys().next().value as string);
  return parsed;
}
