// Trace output (ppConnector.trace.server = verbose) echoes every message, including the full text of the open
// apiProperties.json, and users paste it into bug reports. Secret values are masked before anything is written
// to the output channel. Pure text functions here; no VS Code import beyond types, so node tests can load it.
//
// Two layers: the engine's knowledge of where secrets are (engine/secrets.ts, from the document model) and, under
// it, a mask by key name for text that is no document at all. The engine layer follows each document through the
// traced didOpen / didChange messages themselves (the channel sees exactly what the server sees), so it knows
// when an incremental change's text lands inside a secret (a pasted secret carries no key), and it masks the
// values it has seen wherever a later message echoes them (hover, formatting edits, results).
import type { OutputChannel } from 'vscode';
import { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { maskSecrets, SecretSpan, secretSpansOfText } from '../../server/src/common';

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

/** Text of an open document the trace has not shown yet (the trace was turned on after the document opened). */
export type DocumentTextSource = (uri: string) => string | undefined;

interface TrackedDocument {
  document: TextDocument;
  /** Secret values as the text spells them and decoded, each with its JSON-escaped forms (a trace nests them). */
  forms: string[];
}

// A traced message: `Params: {...}` / `Result: {...}` (text format) or one JSON object per line (json format).
const TEXT_DATA = /^(?:Params|Result|Error data): /;
/**
 * Shorter secret values are masked where the document model puts them, not wherever they occur (a secure default
 * of `true` must not blank every `true` of the trace).
 */
const MIN_ECHO_LENGTH = 6;
const MAX_DOCUMENTS = 100;

export class TraceRedactor {
  private readonly documents = new Map<string, TrackedDocument>();

  constructor(private readonly documentText: DocumentTextSource = () => undefined) {}

  redact(text: string): string {
    try {
      return redactSecrets(this.maskEchoes(this.maskMessage(text)));
    } catch {
      // Never throw into the language client's tracer (the message would not be sent), and never show what was
      // not checked.
      return '[pp-connector: trace text withheld: it could not be checked for secrets]';
    }
  }

  /** Parses a traced message, follows the documents it syncs and masks the secrets inside their texts. */
  private maskMessage(text: string): string {
    const prefix = TEXT_DATA.exec(text)?.[0] ?? '';
    if (!prefix && !text.startsWith('{')) return text;
    const body = text.trimEnd().slice(prefix.length);
    let value: unknown;
    try { value = JSON.parse(body); } catch { return text; }
    if (!this.visit(value)) return text;
    // As vscode-jsonrpc wrote it: indented by 4 in verbose mode, compact otherwise.
    return prefix + JSON.stringify(value, null, body.includes('\n') ? 4 : undefined) + text.slice(prefix.length + body.length);
  }

  /** True when something was masked. */
  private visit(value: unknown): boolean {
    if (!value || typeof value !== 'object') return false;
    let changed = false;
    if (Array.isArray(value)) {
      for (const v of value) changed = this.visit(v) || changed;
      return changed;
    }
    const obj = value as Record<string, unknown>;
    const td = obj.textDocument as { uri?: unknown; text?: unknown; version?: unknown } | undefined;
    if (td && typeof td.uri === 'string') {
      if (typeof td.text === 'string') {
        const spans = this.track(td.uri, td.text);
        if (spans.length) { td.text = maskSecrets(td.text, spans); changed = true; }
      } else if (Array.isArray(obj.contentChanges)) {
        changed = this.applyChanges(td.uri, obj.contentChanges) || changed;
      } else if (!this.documents.has(td.uri)) {
        const current = this.documentText(td.uri);
        if (current !== undefined) this.track(td.uri, current);
      }
    }
    for (const [k, v] of Object.entries(obj)) if (k !== 'textDocument' && k !== 'contentChanges') changed = this.visit(v) || changed;
    return changed;
  }

  private applyChanges(uri: string, changes: unknown[]): boolean {
    let doc = this.documents.get(uri)?.document;
    // Not seen opening (the trace was turned on later): the editor's text already holds this change; locate it there.
    const replay = !!doc;
    if (!doc) {
      const current = this.documentText(uri);
      if (current === undefined) return false;
      doc = TextDocument.create(uri, 'apiproperties', 0, current);
    }
    let changed = false;
    for (const c of changes as TextDocumentContentChangeEvent[]) {
      if (!c || typeof c.text !== 'string') continue;
      const start = 'range' in c && c.range ? doc.offsetAt(c.range.start) : 0;
      if (replay) doc = TextDocument.update(doc, [c], doc.version + 1);
      // The change's text sits at [start, start + length) of the new text: mask what of it falls inside a secret
      // slot, even one that still reads as a placeholder (the first characters of a secret being typed).
      const slots = secretSpansOfText(doc.getText(), { placeholders: true });
      const end = start + c.text.length;
      const inside = slots.filter(s => s.offset < end && s.offset + s.length > start)
        .map(s => ({ offset: Math.max(s.offset, start) - start, length: Math.min(s.offset + s.length, end) - Math.max(s.offset, start) }));
      if (inside.length) { c.text = maskSecrets(c.text, inside); changed = true; }
    }
    this.track(uri, doc.getText(), undefined, doc);
    return changed;
  }

  /** Remembers the document's text and its secret values; returns its secret spans. */
  private track(uri: string, text: string, spans = secretSpansOfText(text), document?: TextDocument): SecretSpan[] {
    const forms = new Set<string>();
    for (const s of spans) {
      const raw = text.slice(s.offset, s.offset + s.length);
      let decoded = raw;
      try { decoded = JSON.parse(`"${raw}"`) as string; } catch { /* a whole non-string value, or broken escapes */ }
      for (let form of new Set([raw, decoded])) {
        for (let depth = 0; depth < 4 && form.length >= MIN_ECHO_LENGTH; depth++) {
          forms.add(form);
          form = JSON.stringify(form).slice(1, -1);
        }
      }
    }
    this.documents.delete(uri);
    this.documents.set(uri, { document: document ?? TextDocument.create(uri, 'apiproperties', 0, text), forms: [...forms].sort((a, b) => b.length - a.length) });
    if (this.documents.size > MAX_DOCUMENTS) this.documents.delete(this.documents.keys().next().value as string);
    return spans;
  }

  /** Every secret value seen in a document, wherever a message repeats it. */
  private maskEchoes(text: string): string {
    for (const d of this.documents.values()) {
      for (const form of d.forms) if (text.includes(form)) text = text.split(form).join(REDACTED);
    }
    return text;
  }
}

/** The channel with every written text passed through a TraceRedactor. */
export function redactingOutputChannel(channel: OutputChannel, documentText?: DocumentTextSource): OutputChannel {
  const redactor = new TraceRedactor(documentText);
  return new Proxy(channel, {
    get(target, prop, receiver) {
      if (prop === 'append' || prop === 'appendLine' || prop === 'replace') {
        return (value: string) => target[prop](redactor.redact(String(value)));
      }
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}
