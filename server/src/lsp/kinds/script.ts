// script.csx (opened by VS Code as `csharp`; the C# extension keeps formatting and its own features): the operationId
// rename across the connector folder starts here too. (Its checks, hover, definition and completion are the script
// engine's, wired by their own change.)
import { connectorNavigation as nav } from '../connectorNavigation';
import type { KindFeatures } from './types';

export const scriptFeatures: KindFeatures = {
  async validate() {
    return [];
  },
  prepareRename: (doc, position) => nav.prepareRename('script', doc, position),
  rename: (doc, position, newName, ctx) => nav.rename('script', doc, position, newName, ctx),
};
