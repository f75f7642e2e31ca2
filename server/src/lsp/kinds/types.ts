// One connector file kind's language features (see ../documentKinds.ts). server.ts dispatches each request to the
// kind of its document; only `validate` is required, a kind without a feature answers nothing for it. Results are
// in the engine's richest form: ../forClient.ts shapes them for the client.
import type {
  CodeAction, CodeActionContext, CompletionList, Diagnostic, DocumentSymbol, Hover, Location, LocationLink, Position, Range,
  TextDocuments, WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConnectorService, EngineSettings } from '../../engine';
import type { FileSystem } from '../../engine/swagger/fileSystem';
import type { LiveBreaking } from '../../engine/breaking/live';
import type { SwaggerSupport } from '../../swaggerSupport';
import type { ClientFeatures } from '../clientFeatures';

/** What every kind may use: the session's services, shared by all kinds. */
export interface KindContext {
  service: ConnectorService;
  /** The layered settings of a document (profile included). */
  settings(uri: string): Promise<EngineSettings>;
  /** The open documents: a kind reads another connector file from its buffer first, then from `fileSystem`. */
  documents: Pick<TextDocuments<TextDocument>, 'get' | 'all'>;
  /** Disk (or the client's virtual file system); undefined when the runtime has none. */
  fileSystem?: FileSystem;
  /** Pairing of an apiProperties.json with its swagger (and settings.json). */
  swagger: SwaggerSupport;
  /** Breaking changes against the published version (prepared before the analysis; never waits in it). */
  breaking: LiveBreaking;
  features: ClientFeatures;
  docsBase?: string;
  /** The client's command that inserts an authentication set as a snippet (VS Code client). */
  addSetCommand?: string;
  log: { error(message: string): void };
}

export interface KindFeatures {
  validate(doc: TextDocument, ctx: KindContext): Promise<Diagnostic[]>;
  /** After the diagnostics of `doc`'s current version were published (status notes and the like). */
  published?(doc: TextDocument, ctx: KindContext): Promise<void>;
  completion?(doc: TextDocument, position: Position, ctx: KindContext): Promise<CompletionList | null>;
  hover?(doc: TextDocument, position: Position, ctx: KindContext): Promise<Hover | null>;
  definition?(doc: TextDocument, position: Position, ctx: KindContext): Promise<Location[] | LocationLink[]>;
  references?(doc: TextDocument, position: Position, includeDeclaration: boolean, ctx: KindContext): Promise<Location[]>;
  prepareRename?(doc: TextDocument, position: Position, ctx: KindContext): Promise<Range | { range: Range; placeholder: string } | null>;
  rename?(doc: TextDocument, position: Position, newName: string, ctx: KindContext): Promise<WorkspaceEdit | null>;
  documentSymbols?(doc: TextDocument, ctx: KindContext): Promise<DocumentSymbol[]>;
  codeActions?(doc: TextDocument, range: Range, context: CodeActionContext, ctx: KindContext): Promise<CodeAction[]>;
}
