import type * as vscode from 'vscode';
import type { CorpusEvent, Span } from '../../core/model';
import type { TimelineSource } from './payload';

/**
 * What the timeline needs from the extension's corpus store. The real `CorpusStore`
 * (src/extension/corpus/corpus-store.ts) satisfies it structurally; keeping the timeline on this
 * narrow interface lets it be composed without depending on the store's internals.
 */
export interface TimelineStore {
  readonly index: TimelineSource & { event(eventId: string): CorpusEvent | undefined };
  /** Fires (coalesced) when documents are analysed, removed or corrected. */
  readonly onDidChange: vscode.Event<unknown>;
  uriOf(docId: string): vscode.Uri | undefined;
  /** The text the analysis was computed on (offsets refer to it). */
  textOf(docId: string): string | undefined;
  /** The editor range of a span in the analysed text. */
  range?(docId: string, span: Span): vscode.Range | undefined;
  readonly log?: vscode.LogOutputChannel;
}
