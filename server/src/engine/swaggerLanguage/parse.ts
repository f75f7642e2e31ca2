// The swagger as the editor features see it while the author types: a tolerant parse (the text is often incomplete),
// kept for the last version asked about, so completion and hover on a 1 MB swagger parse it once per edit, not once
// per request. Hostile nesting that overflows the recursive parser gives no tree rather than an exception.
import { getLocation, Location, Node, parseTree } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LIMITS } from '../limits';

let last: { uri: string; version: number; text: string; root: Node | undefined } | undefined;

/** The tree of `document` (undefined when it cannot be parsed at all, or is too large to parse). */
export function swaggerTree(document: TextDocument): Node | undefined {
  const text = document.getText();
  if (last && last.uri === document.uri && last.version === document.version && last.text === text) return last.root;
  let root: Node | undefined;
  if (text.length <= LIMITS.parseChars) {
    try {
      root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
    } catch {
      root = undefined; // nested too deeply for the recursive parser
    }
  }
  last = { uri: document.uri, version: document.version, text, root };
  return root;
}

/** The JSON path at `offset` and whether it is a key position (undefined for input the scanner cannot take). */
export function locationAt(text: string, offset: number): Location | undefined {
  if (text.length > LIMITS.parseChars) return undefined;
  try {
    return getLocation(text, offset);
  } catch {
    return undefined;
  }
}
