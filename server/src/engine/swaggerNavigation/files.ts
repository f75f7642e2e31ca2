// The connector files the swagger navigation and the operationId rename read: each given as its uri and text (the
// server reads open buffers first, then the disk), parsed once per text and kept while the text is the same, so a
// rename or a references request on a megabyte swagger costs one parse however often it is asked.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'vscode-json-languageservice';
import type { Range } from 'vscode-json-languageservice';
import { analyze } from '../document';
import type { ConnectorModel } from '../model';
import type { SwaggerModel } from '../swaggerRules/model';
import { swaggerParseOf } from '../swaggerRules/sharedParse';
import { buildScriptModel, ScriptModel } from '../csharp/scriptModel';

export interface SourceFile { uri: string; text: string }

/** The files of one connector folder that can name an operation: the swagger, and optionally the others. */
export interface ConnectorFiles {
  swagger: SourceFile;
  apiProperties?: SourceFile;
  script?: SourceFile;
}

export type NavigationFileKind = 'swagger' | 'apiProperties' | 'script';

/** A small cache of the latest results per key, compared by text (the same string object is a pointer check). */
class TextCache<T> {
  private readonly entries = new Map<string, { text: string; value: T }>();
  constructor(private readonly build: (text: string, key: string) => T, private readonly max = 4) {}
  get(key: string, text: string): T {
    const hit = this.entries.get(key);
    if (hit && hit.text === text) return hit.value;
    const value = this.build(text, key);
    this.entries.delete(key);
    this.entries.set(key, { text, value });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}

const documents = new TextCache((text, uri) => TextDocument.create(uri, 'json', 0, text), 6);
const scripts = new TextCache(text => buildScriptModel(text), 2);
// Only the parser of the JSON service is used (no schema), with the limits every apiProperties analysis has.
const plainJson = getLanguageService({});
const apiProperties = new TextCache((text, uri) => analyze(plainJson, TextDocument.create(uri, 'apiproperties', 0, text)), 2);

export function rangeOf(file: SourceFile, offset: number, length: number): Range {
  const doc = documents.get(file.uri, file.text);
  return { start: doc.positionAt(offset), end: doc.positionAt(offset + length) };
}

/** The swagger's model, or undefined when the text is not a whole JSON object (navigation waits for valid JSON). */
export function swaggerModelOf(file: SourceFile): SwaggerModel | undefined {
  // The analysis of the same version has usually parsed it already.
  return swaggerParseOf(file.uri, file.text).model;
}

export function apiPropertiesModelOf(file: SourceFile): ConnectorModel {
  return apiProperties.get(file.uri, file.text).model;
}

export function scriptModelOf(file: SourceFile): ScriptModel {
  return scripts.get(file.uri, file.text);
}
