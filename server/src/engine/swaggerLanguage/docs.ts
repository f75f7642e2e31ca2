// The markdown of completion documentation and hovers, built from the catalogue (our text) and, where a name or a
// value comes from the file, escaped (markdown.ts).
import { codeSpan } from '../markdown';
import { docLink, ExtensionFact, Keyword, PLACE_NAMES, ValueDoc } from './catalogue';

const valueText = (v: ValueDoc['value']) => typeof v === 'string' ? JSON.stringify(v) : String(v);

function learnLink(extension: ExtensionFact): string[] {
  const link = docLink(extension);
  return link ? [`[Learn: ${extension.name}](${link})`] : [];
}

/** An extension: what it does, where it goes, its values, the Learn section. */
export function extensionMarkdown(f: ExtensionFact): string {
  const parts = [`**${codeSpan(f.name)}**: ${f.doc}`];
  if (f.places.length) parts.push(`Goes on ${f.places.map(p => PLACE_NAMES[p]).join(', ')}.`);
  const values = f.values?.filter(v => v.doc);
  if (values?.length) parts.push(values.map(v => `- ${codeSpan(valueText(v.value))}: ${v.doc}`).join('\n'));
  if (f.members?.length) parts.push(`Members: ${f.members.map(m => codeSpan(m.name)).join(', ')}.`);
  parts.push(...learnLink(f));
  return parts.join('\n\n');
}

/** A member of an extension's value (`operationId` of `x-ms-dynamic-values`, ...). */
export function memberMarkdown(m: Keyword, extension: ExtensionFact): string {
  const parts = [`**${codeSpan(m.name)}** (in ${codeSpan(extension.name)}): ${m.doc}`];
  if (m.members?.length) parts.push(`Members: ${m.members.map(k => codeSpan(k.name)).join(', ')}.`);
  parts.push(...learnLink(extension));
  return parts.join('\n\n');
}

/** One value of an enumerated extension or member. */
export function valueMarkdown(value: ValueDoc, keyword: Keyword, extension: ExtensionFact): string {
  const head = `**${codeSpan(valueText(value.value))}** (${codeSpan(keyword.name)})`;
  return [value.doc ? `${head}: ${value.doc}` : head, ...learnLink(extension)].join('\n\n');
}

export function keywordMarkdown(k: Keyword, extension: ExtensionFact): string {
  return k === extension ? extensionMarkdown(extension) : memberMarkdown(k, extension);
}
