// Where the secret values of an apiProperties.json are: the one definition that every output uses to mask them
// (CLI fix previews and change lists, the extension's trace channel, the preview's dialog model). Pure: no I/O.
//
// A secret value is
//  - the value of a `clientSecret` (or `client_secret`) key, wherever it sits;
//  - the `defaultValue` of a `securestring` / `secureobject` parameter;
//  - the literal `x-ms-apimTemplateParameter.value` of a setheader / setqueryparameter policy when the header or
//    query parameter is a credential (its name says key, token, secret, auth ...) or the value is shaped like a key
//    (16+ characters of letters and digits); a value that takes the key from the connection
//    (`@connectionParameters('api_key')`) is not a secret;
//  - a credential in a URL query string (`?code=...`, `&api_key=...`, `&sig=...`) in any string value;
// unless the value is clearly a placeholder (empty, bracketed, a template, one repeated character).
//
// The walk covers the whole tree, not only the model's effective copies: a value in a shadowed duplicate key
// (`connectionParameters` twice after a merge) is still in the text, so it is still masked.
import { getLanguageService, LanguageService } from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ASTNode, ObjectASTNode, PropertyASTNode, walk } from './ast';
import { analyze } from './document';
import type { ConnectorModel } from './model';
import { TEMPLATE_PARAMETER_PREFIX } from './rules/facts';

/** A secret's characters in the document text: inside the quotes of a string value, or a whole non-string value. */
export interface SecretSpan {
  offset: number;
  length: number;
}

export const SECRET_MASK = '***';

const SECRET_KEYS = /^client_?secret$/i;
const SECURE_TYPES = ['securestring', 'secureobject'];
const HEADER_POLICIES = ['setheader', 'setqueryparameter'];
const CREDENTIAL_NAME = /key|token|secret|auth|passw|pwd|signature|^sig$|credential|session|cookie|bearer|^code$/i;
/** `?code=...` / `&api_key=...`: group 1 is the value. Values that are templates (`{...}`, `@...`) are not secrets. */
const URL_CREDENTIAL = /[?&](?:code|key|api[-_]?key|apikey|sig|signature|token|access_token|client_secret|secret|password|subscription-key)=([^&#\s"{}@\\]+)/gi;

/**
 * A value that cannot be a credential: empty, a bracketed or templated placeholder, one repeated character. (A space
 * does not make one: `Bearer 0123abcd` is a credential.)
 */
export function isPlaceholderValue(value: string): boolean {
  const v = value.trim();
  return v === '' || /[\[\]<>{}$%]/.test(v) || /^(.)\1*$/.test(v);
}

/** A literal policy value shaped like a key or token: long, no spaces, letters and digits, not a URL or host name. */
function keyShaped(value: string): boolean {
  return value.length >= 16 && !/\s/.test(value) && /[a-z]/i.test(value) && /\d/.test(value) && !value.includes('://')
    && !/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(value);
}

/** Whether a parameter's `defaultValue` is a secret: the parameter's type is secure. */
export function isSecureType(type: string | undefined): boolean {
  return type !== undefined && SECURE_TYPES.includes(type.toLowerCase());
}

export interface SecretOptions {
  /**
   * Also the values of secret slots that are placeholders for now: text typed into a `clientSecret` one character
   * at a time is a placeholder ("a", "aa") before it is a secret, and a trace must not show those first characters.
   */
  placeholders?: boolean;
}

/** Every secret value of the document, in text order, without overlaps. */
export function secretSpans(model: ConnectorModel, text: string, options: SecretOptions = {}): SecretSpan[] {
  const spans: SecretSpan[] = [];
  const secret = (value: string) => options.placeholders || !isPlaceholderValue(value);
  const addValue = (node: ASTNode | undefined) => {
    if (!node) return;
    if (node.type === 'string') {
      if (secret(node.value)) spans.push(inner(node, text));
    } else if (node.type !== 'null') {
      spans.push({ offset: node.offset, length: node.length });
    }
  };
  walk(model.root, node => {
    if (node.type === 'string' && isValue(node) && node.value.includes('=')) {
      const raw = text.substring(node.offset, node.offset + node.length);
      URL_CREDENTIAL.lastIndex = 0;
      for (let m; (m = URL_CREDENTIAL.exec(raw));) {
        if (secret(m[1])) spans.push({ offset: node.offset + m.index + m[0].length - m[1].length, length: m[1].length });
      }
    }
    if (node.type !== 'object') return;
    for (const p of node.properties) if (SECRET_KEYS.test(p.keyNode.value) && p.valueNode?.type === 'string') addValue(p.valueNode);
    const type = stringValue(node, 'type');
    if (isSecureType(type)) for (const p of properties(node, 'defaultValue')) addValue(p.valueNode);
    const templateId = stringValue(node, 'templateId')?.toLowerCase();
    if (templateId && HEADER_POLICIES.includes(templateId)) {
      for (const params of properties(node, 'parameters')) {
        if (params.valueNode?.type !== 'object') continue;
        const name = stringValue(params.valueNode, TEMPLATE_PARAMETER_PREFIX + 'name') ?? '';
        for (const p of properties(params.valueNode, TEMPLATE_PARAMETER_PREFIX + 'value')) {
          const v = p.valueNode;
          if (v?.type !== 'string' || /@\w+\s*\(/.test(v.value)) continue;
          if (CREDENTIAL_NAME.test(name) || keyShaped(v.value)) addValue(v);
        }
      }
    }
  });
  return merge(spans);
}

/** The text with every span's characters replaced by `***` (line breaks inside a span are kept, so lines stay put). */
export function maskSecrets(text: string, spans: readonly SecretSpan[]): string {
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const s of merge([...spans])) {
    if (s.offset < at) continue;
    out += text.slice(at, s.offset) + SECRET_MASK + text.slice(s.offset, s.offset + s.length).replace(/[^\r\n]/g, '');
    at = s.offset + s.length;
  }
  return out + text.slice(at);
}

let parser: LanguageService | undefined;

/** The secret spans of a text that has no analysis at hand (the CLI's fixed text, a traced document). */
export function secretSpansOfText(text: string, options: SecretOptions = {}): SecretSpan[] {
  parser ??= getLanguageService({});
  const analysis = analyze(parser, TextDocument.create('secrets://text', 'apiproperties', 0, text));
  return secretSpans(analysis.model, text, options);
}

/** The text with its secret values masked. */
export function maskSecretsInText(text: string): string {
  return maskSecrets(text, secretSpansOfText(text));
}

function inner(node: ASTNode, text: string): SecretSpan {
  // An unterminated string (broken JSON) has no closing quote.
  const closed = node.length >= 2 && text.charCodeAt(node.offset + node.length - 1) === 0x22;
  return { offset: node.offset + 1, length: Math.max(0, node.length - (closed ? 2 : 1)) };
}

function isValue(node: ASTNode): boolean {
  return !(node.parent?.type === 'property' && node.parent.keyNode === node);
}

/** Every property with this key (duplicates included: each copy is in the text). */
function properties(obj: ObjectASTNode, key: string): PropertyASTNode[] {
  return obj.properties.filter(p => p.keyNode.value === key);
}

function stringValue(obj: ObjectASTNode, key: string): string | undefined {
  const p = properties(obj, key).pop();
  return p?.valueNode?.type === 'string' ? p.valueNode.value : undefined;
}

function merge(spans: SecretSpan[]): SecretSpan[] {
  spans.sort((a, b) => a.offset - b.offset);
  const out: SecretSpan[] = [];
  for (const s of spans) {
    if (!s.length) continue;
    const last = out[out.length - 1];
    if (last && s.offset <= last.offset + last.length) last.length = Math.max(last.length, s.offset + s.length - last.offset);
    else out.push({ ...s });
  }
  return out;
}
