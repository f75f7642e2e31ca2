// Placeholders travel through the JSON edit helpers as sentinel strings, so the value is laid out like the rest of
// the file; afterwards each sentinel becomes a snippet tab stop or its plain default text.
import { Template, materialize } from '../authKinds';

const SENTINEL = /__ppc_tabstop_(\d+)__/g;

export interface SentinelValue {
  value: unknown;
  defaults: Map<number, string>;
}

export function withSentinels(template: Template): SentinelValue {
  const defaults = new Map<number, string>();
  const value = materialize(template, (p, index) => {
    defaults.set(index, p.text);
    return `__ppc_tabstop_${index}__`;
  });
  return { value, defaults };
}

/** Escapes text for the TextMate snippet syntax (`$`, `}` and `\` are special). */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

/** The inside of a JSON string literal for `text` (without the quotes). */
function jsonInner(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

/** Replaces the sentinels in serialised JSON: `${n:default}` tab stops for a snippet, the defaults for plain text. */
export function resolveSentinels(text: string, defaults: Map<number, string>, snippet: boolean): string {
  if (!snippet) return text.replace(SENTINEL, (_, n: string) => jsonInner(defaults.get(Number(n)) ?? ''));
  // Outside a placeholder only `$` and `\` are special; `}` is literal there, so JSON braces stay readable.
  return text.replace(/[\\$]/g, '\\$&')
    .replace(SENTINEL, (_, n: string) => `\${${n}:${escapeSnippet(jsonInner(defaults.get(Number(n)) ?? ''))}}`);
}
