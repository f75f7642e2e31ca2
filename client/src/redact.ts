// Trace output (ppConnector.trace.server = verbose) echoes every message, including the full text of the open
// apiProperties.json, and users paste it into bug reports. Secret values are masked before anything is written
// to the output channel. Pure text functions here; no VS Code import beyond types, so node tests can load it.
import type { OutputChannel } from 'vscode';

const SECRET_KEYS = ['clientSecret', 'client_secret', 'secret', 'password', 'apiKey', 'api_key', 'accessToken',
  'access_token', 'refreshToken', 'refresh_token', 'x-api-key'];

// "key": "value" at any JSON-escaping depth (a document's text inside a traced message is a JSON string, so its
// quotes appear as \" and deeper as \\\"): the same run of backslashes, and no more, precedes every quote of the
// pair, so a quote escaped inside the value (more backslashes) does not end it.
const QUOTE = '(?<!\\\\)\\1"';
const SECRET_PAIR = new RegExp(
  `(\\\\*)"(${SECRET_KEYS.join('|')})${QUOTE}((?:\\s|\\\\[nrt])*:(?:\\s|\\\\[nrt])*)${QUOTE}(?:(?!${QUOTE}).)*${QUOTE}`, 'gi');

export const REDACTED = '***';

export function redactSecrets(text: string): string {
  return text.replace(SECRET_PAIR, (_m, q: string, key: string, sep: string) => `${q}"${key}${q}"${sep}${q}"${REDACTED}${q}"`);
}

/** The channel with every written text passed through redactSecrets. */
export function redactingOutputChannel(channel: OutputChannel): OutputChannel {
  return new Proxy(channel, {
    get(target, prop, receiver) {
      if (prop === 'append' || prop === 'appendLine' || prop === 'replace') {
        return (value: string) => target[prop](redactSecrets(String(value)));
      }
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}
