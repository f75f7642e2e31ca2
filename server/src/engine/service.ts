// The engine's single entry point. It knows nothing of VS Code or the LSP transport: the language server, the
// command-line checker and the tests all call these methods with plain TextDocuments.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction, CodeActionContext, CompletionList, Diagnostic, DocumentSymbol, FoldingRange, FormattingOptions, Hover, JSONWorkerContribution,
  LanguageService, Location, Position, Range, SelectionRange, TextEdit,
} from 'vscode-json-languageservice';
import { ClientCapabilities } from 'vscode-json-languageservice';
import { Analysis, AnalysisCache } from './document';
import { createJsonService } from './jsonService';
import { EngineSettings, DEFAULT_SETTINGS, resolveProfile } from './settings';
import type { SwaggerContext } from './swagger/types';
import type { Rule } from './rules/types';
import { validateAnalysis, ValidationOptions } from './validation';
import { crossFileCompletions, crossFileDefinition, crossFileHover, crossFileReferences, mergeCompletions } from './navigation';
import { repairFormatEdits } from './formatWorkaround';
import { domainSymbols } from './symbols';
import { CodeActionOptions, authSetEdit, provideCodeActions } from './codeActions';
import { toTextEdit } from './codeActions/textEdits';
import { TextDocument as ScratchDocument } from 'vscode-languageserver-textdocument';
import { decodeUriSafe } from './uri';

export interface ServiceOptions {
  clientCapabilities?: ClientCapabilities;
  /** Extra completion/hover participants (operation ids from the swagger, parameter references, ...). */
  contributions?: JSONWorkerContribution[];
  docsBase?: string;
  onRuleError?: (ruleId: string, error: unknown) => void;
}

export interface ValidateRequest {
  settings?: EngineSettings;
  /** File-system path of the document, for the `auto` profile; defaults to the uri. */
  path?: string;
  swagger?: SwaggerContext;
  /** Rules to run instead of the registry (tests). */
  rules?: readonly Rule[];
}

export class ConnectorService {
  readonly json: LanguageService;
  private readonly cache: AnalysisCache;

  constructor(private readonly options: ServiceOptions = {}) {
    this.json = createJsonService(options.clientCapabilities, options.contributions);
    this.cache = new AnalysisCache(this.json);
  }

  analyze(document: TextDocument): Analysis {
    return this.cache.get(document);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  validate(document: TextDocument, request: ValidateRequest = {}): Promise<Diagnostic[]> {
    const settings = request.settings ?? DEFAULT_SETTINGS;
    const options: ValidationOptions = {
      settings,
      profile: resolveProfile(settings.profile, request.path ?? decodeUriSafe(document.uri)),
      swagger: request.swagger,
      rules: request.rules,
      docsBase: this.options.docsBase,
      onRuleError: this.options.onRuleError,
    };
    return validateAnalysis(this.json, this.analyze(document), options);
  }

  /** `swagger`: the paired swagger, for operation-id completion (see SwaggerStore.contextFor). */
  async complete(document: TextDocument, position: Position, swagger?: SwaggerContext): Promise<CompletionList | null> {
    const a = this.analyze(document);
    if (a.limits.level === 'none') return null; // not parsed: any proposal would be a guess at a wrong place
    // A position past the end of its line, or between "\r" and "\n", would give edit ranges outside the line.
    const at = clampPosition(document, position);
    return mergeCompletions(await this.json.doComplete(a.parseDocument, at, a.jsonDocument), crossFileCompletions(a, document.offsetAt(at), swagger));
  }

  async hover(document: TextDocument, position: Position, swagger?: SwaggerContext): Promise<Hover | null> {
    const a = this.analyze(document);
    const at = clampPosition(document, position);
    return crossFileHover(a, document.offsetAt(at), swagger) ?? this.json.doHover(a.parseDocument, at, a.jsonDocument);
  }

  /** Operation id -> the swagger's operationId; @connectionParameters('x') -> x's declaration(s). */
  definition(document: TextDocument, position: Position, swagger?: SwaggerContext): Location[] {
    return crossFileDefinition(this.analyze(document), document.offsetAt(position), swagger);
  }

  /** Uses of the operation id under the caret (plus its swagger declaration when asked). */
  references(document: TextDocument, position: Position, includeDeclaration: boolean, swagger?: SwaggerContext): Location[] {
    return crossFileReferences(this.analyze(document), document.offsetAt(position), includeDeclaration, swagger);
  }

  documentSymbols(document: TextDocument): DocumentSymbol[] {
    const a = this.analyze(document);
    return domainSymbols(document, a.model) ?? this.json.findDocumentSymbols2(a.parseDocument, a.jsonDocument, { resultLimit: 5000 });
  }

  foldingRanges(document: TextDocument): FoldingRange[] {
    return this.json.getFoldingRanges(this.analyze(document).parseDocument, { rangeLimit: 5000 });
  }

  selectionRanges(document: TextDocument, positions: Position[]): SelectionRange[] {
    const a = this.analyze(document);
    return this.json.getSelectionRanges(a.parseDocument, positions, a.jsonDocument);
  }

  /** Quick fixes, "add authentication type", the multi-auth conversion and (when asked for) fix-all. */
  codeActions(document: TextDocument, range: Range, context: CodeActionContext, request: ValidateRequest & CodeActionOptions = {}): Promise<CodeAction[]> {
    const path = request.path ?? decodeUriSafe(document.uri);
    // Fix-all validates intermediate texts under a scratch uri, so the open document's cached analysis stays put.
    const validate = async (d: TextDocument) => {
      if (d === document) return this.validate(d, { ...request, path });
      const scratch = ScratchDocument.create(document.uri + '#fix-all', d.languageId, d.version, d.getText());
      try { return await this.validate(scratch, { ...request, path }); } finally { this.forget(scratch.uri); }
    };
    return provideCodeActions(this.analyze(document), range, context, validate, { addSetCommand: request.addSetCommand });
  }

  /** The edit behind the "Add Authentication Type…" command; `snippet` asks for tab stops. */
  authenticationSetEdit(document: TextDocument, kind: string, position?: Position, snippet = false): { edit: TextEdit; name: string; snippet: boolean } | undefined {
    const r = authSetEdit(this.analyze(document), kind, { offset: position ? document.offsetAt(position) : undefined, snippet });
    return r && { edit: toTextEdit(document, r.edit), name: r.name, snippet: r.snippet };
  }

  /**
   * Formats as `paconn download` writes the file: 2-space indentation and `": "` separators, whatever the editor's
   * indentation setting; only the final-newline choice is taken from the editor.
   */
  format(document: TextDocument, range: Range | undefined, options: Partial<FormattingOptions> = {}): TextEdit[] {
    const a = this.analyze(document);
    if (a.limits.level === 'none') return [];
    if (a.jsonDocument.root === undefined && document.getText().trim() === '') return [];
    return repairFormatEdits(this.json.format(a.parseDocument, range, {
      tabSize: 2, insertSpaces: true, insertFinalNewline: options.insertFinalNewline ?? false, keepLines: false,
    }), a.parseDocument.getText());
  }
}

/** The nearest real position: a character past the line end, or between "\r" and "\n", moves to the end of the line. */
function clampPosition(document: TextDocument, position: Position): Position {
  return document.positionAt(document.offsetAt(position));
}
