// The messages between the extension and the preview's webview script, typed once for both sides.

import type { CableModelResult } from '../../../server/src/protocol';

/** Extension → webview. */
export type ToWebview =
  | { type: 'render'; model: CableModelResult }
  | { type: 'scrollToLine'; line: number }
  | { type: 'error'; message: string };

/** Webview → extension. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'revealLine'; line: number }
  | { type: 'scrolled'; line: number }
  | { type: 'openCable'; uri: string };

/** What the webview keeps across reloads (getState / setState), also used by the serializer. */
export interface PreviewState {
  uri: string;
  line?: number;
}
