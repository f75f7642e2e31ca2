// Shared by the preview tests (the engine harness is test/support/engine.ts): a readable form of source spans (the first line of the text a
// span covers, plus its last character), so expected view models show *what* a click would select.
import type { SourceSpan } from '../../../server/src/engine/preview/dialogModel';

export { dialogFor } from '../../support/engine';
export { previewFixture as fixtureText } from '../../support/fixtures';

/** Replaces every `span` by `line: first line … last char` of the source it covers (1-based line). */
export function readable(view: unknown, text: string): unknown {
  return JSON.parse(JSON.stringify(view, (key, value) => {
    if (key === 'span' && value && typeof value.offset === 'number') return describeSpan(value as SourceSpan, text);
    return value;
  }));
}

export function describeSpan(span: SourceSpan, text: string): string {
  const covered = text.slice(span.offset, span.offset + span.length);
  const first = covered.split('\n')[0].trim();
  const line = text.slice(0, span.offset).split('\n').length;
  return `${line}: ` + (covered.includes('\n') ? `${first} … ${covered.trimEnd().slice(-1)}` : first);
}
