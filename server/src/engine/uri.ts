// Document uris come from the client as they are: a malformed percent-escape (`%E0%A4%A`, a lone `%`) is possible,
// and decodeURIComponent throws a URIError on it. Every decode of a uri goes through here, so one bad name costs a
// literal `%` in a message, never the document's diagnostics.

/** `decodeURIComponent`, keeping any escape sequence that does not decode as it was written. */
export function decodeUriSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // Decode run by run: a run of escapes that is not valid UTF-8 stays literal, the others decode.
    return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, run => {
      try { return decodeURIComponent(run); } catch { return run; }
    });
  }
}

/** The decoded last path segment of a uri (`apiDefinition.swagger.json`), or '' for none. */
export function uriFileName(uri: string): string {
  return decodeUriSafe(uri.slice(uri.lastIndexOf('/') + 1));
}
