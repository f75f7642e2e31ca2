// Parsed documents, cached by uri and version: one parse per version, shared by validation, completion, hover,
// symbols, code actions and the rules' model.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { JSONDocument, LanguageService } from 'vscode-json-languageservice';
import { buildModel, ConnectorModel } from './model';
import { assessDocument, DocumentLimits } from './limits';

const BOM = '\uFEFF';

export interface Analysis {
  uri: string;
  version: number;
  /** The document as the user has it. */
  document: TextDocument;
  /**
   * The document handed to the JSON parser: identical except that a leading BOM is replaced by a space, so the
   * parser does not trip on it and every offset stays the same. (The BOM itself is reported by the strict-JSON check.)
   */
  parseDocument: TextDocument;
  jsonDocument: JSONDocument;
  hasBom: boolean;
  /** How much analysis this document gets (size, depth, binary content); see limits.ts. */
  limits: DocumentLimits;
  /** Built on first use. */
  readonly model: ConnectorModel;
}

export function analyze(service: LanguageService, document: TextDocument): Analysis {
  const text = document.getText();
  const hasBom = text.startsWith(BOM);
  const limits = assessDocument(text);
  // A document that is not parsed is analysed as an empty one: every feature answers, with nothing.
  const parseDocument = limits.level === 'none'
    ? TextDocument.create(document.uri, document.languageId, document.version, '')
    : hasBom
      ? TextDocument.create(document.uri, document.languageId, document.version, ' ' + text.slice(1))
      : document;
  return new ParsedDocument(document, parseDocument, service.parseJSONDocument(parseDocument), hasBom, limits, text);
}

/**
 * An Analysis as a class instance, the lazy model a getter on the prototype. Not an object literal with a `get
 * model()` of its own: V8 gives such a literal a dictionary-mode object, allocated in the old generation, and that
 * old object keeps its young parse tree alive through every minor garbage collection until the next major one. The
 * command line and the bench analyse hundreds of files in a row: every file's tree was promoted (6 to 7 MB per pass
 * over the corpus) and the minor collections did the copying.
 */
class ParsedDocument implements Analysis {
  readonly uri: string;
  readonly version: number;
  private built: ConnectorModel | undefined;

  constructor(
    readonly document: TextDocument,
    readonly parseDocument: TextDocument,
    readonly jsonDocument: JSONDocument,
    readonly hasBom: boolean,
    readonly limits: DocumentLimits,
    private readonly text: string,
  ) {
    this.uri = document.uri;
    this.version = document.version;
  }

  get model(): ConnectorModel {
    return (this.built ??= buildModel(this.jsonDocument.root, this.text));
  }
}

/** Keeps the latest analysis per uri; a new version replaces the old one, closing a document drops it. */
export class AnalysisCache {
  private readonly entries = new Map<string, Analysis>();

  constructor(private readonly service: LanguageService, private readonly maxEntries = 500) {}

  get(document: TextDocument): Analysis {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version && cached.document === document) return cached;
    const fresh = analyze(this.service, document);
    this.entries.delete(document.uri);
    this.entries.set(document.uri, fresh);
    if (this.entries.size > this.maxEntries) {
      // Oldest first: Map iteration order is insertion order.
      this.entries.delete(this.entries.keys().next().value as string);
    }
    return fresh;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  get size(): number {
    return this.entries.size;
  }
}
