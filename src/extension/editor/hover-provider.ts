import * as vscode from 'vscode';
import type { Entity, MentionRef, Timex } from '../../core/model';
import { formatDate } from '../../shared/dates';
import { Cmd, HOVER_COMMANDS } from '../commands/ids';
import { config } from '../corpus/config';
import type { CorpusStore } from '../corpus/corpus-store';
import { commandLink, trustedMarkdown } from '../util/command-uri';
import { escapeMarkdown as esc, truncate } from '../util/markdown';
import * as count from '../util/counts';
import { typeLook } from '../util/entity-types';

const CO_MENTIONS = 5;
const EVENTS = 5;

/**
 * Hover cards: who a name is and where else it appears, or what date an expression resolves to
 * and why. Every piece of document text is escaped (markdown and HTML); links may run only
 * Dossier's own commands.
 */
export class DossierHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: CorpusStore) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!config.hoverEnabled()) return undefined;
    const docId = this.store.currentDocId(document);
    if (docId === undefined) return undefined;
    const offset = document.offsetAt(position);
    const hit = this.store.index.entityAt(docId, offset);
    if (hit) {
      const range = new vscode.Range(document.positionAt(hit.mention.start), document.positionAt(hit.mention.end));
      return new vscode.Hover(this.entityCard(hit.entity), range);
    }
    const timex = this.store.index.timexAt(docId, offset);
    if (timex) {
      const range = new vscode.Range(document.positionAt(timex.start), document.positionAt(timex.end));
      return new vscode.Hover(dateCard(timex, this.store.index.document(docId)?.published.date ?? null), range);
    }
    return undefined;
  }

  entityCard(e: Entity): vscode.MarkdownString {
    const index = this.store.index;
    const look = typeLook(e.type);
    const md = trustedMarkdown(HOVER_COMMANDS);
    md.appendMarkdown(`$(${look.codicon}) **${esc(e.name)}** · ${look.label}`);
    if (e.role) md.appendMarkdown(` · *${esc(e.role)}*`);
    md.appendMarkdown('\n\n');
    const aliases = e.aliases.filter((a) => a !== e.name);
    if (aliases.length) md.appendMarkdown(`${vscode.l10n.t('Also: {0}', aliases.slice(0, 8).map(esc).join(', '))}\n\n`);
    md.appendMarkdown(`${count.mentionsInDocuments(e.mentions.length, e.docs.length)}\n\n`);

    const first = e.mentions[0];
    const sentence = first && this.sentenceText(first);
    if (first && sentence) {
      const title = index.document(first.doc)?.title || first.doc;
      md.appendMarkdown(`> ${esc(truncate(sentence, 280))}\n>\n> — `);
      md.appendMarkdown(commandLink(esc(truncate(title, 60)), Cmd.openLocation, [first.doc, first.start, first.end], vscode.l10n.t('Go to the first mention')));
      md.appendMarkdown('\n\n');
    }

    const co = index.coMentioned(e.id, CO_MENTIONS)
      .map((c) => index.entity(c.entity))
      .filter((x): x is Entity => !!x);
    if (co.length) {
      const links = co.map((x) => commandLink(esc(x.name), Cmd.goToEntity, [x.id], vscode.l10n.t('Go to {0}', typeLook(x.type).label.toLowerCase()))).join(' · ');
      md.appendMarkdown(`**${vscode.l10n.t('Appears with:')}** ${links}\n\n`);
    }

    const events = index.eventsOfEntity(e.id);
    if (events.length) {
      md.appendMarkdown(`**${vscode.l10n.t('Events:')}**\n\n`);
      for (const ev of events.slice(0, EVENTS)) {
        const label = `${esc(formatDate(ev.date))} — ${esc(truncate(ev.summary, 100))}`;
        md.appendMarkdown(`- ${commandLink(label, Cmd.openLocation, [ev.doc, ev.sentence.start, ev.sentence.end], vscode.l10n.t('Go to the sentence'))}${ev.status !== 'reported' ? ` *(${ev.status})*` : ''}\n`);
      }
      if (events.length > EVENTS) md.appendMarkdown(`- ${vscode.l10n.t('…and {0} more', events.length - EVENTS)}\n`);
      md.appendMarkdown('\n');
    }

    md.appendMarkdown([
      commandLink(`$(eye) ${vscode.l10n.t('Reveal in Dossier')}`, Cmd.revealEntity, [e.id]),
      commandLink(`$(references) ${vscode.l10n.t('Show All Mentions')}`, Cmd.showAllMentions, [e.id]),
      commandLink(`$(history) ${vscode.l10n.t('Show in Timeline')}`, Cmd.showInTimeline, [e.id]),
    ].join(' · '));
    return md;
  }

  private sentenceText(m: MentionRef): string | undefined {
    const s = this.store.index.document(m.doc)?.sentences[m.sentence];
    return s && this.store.textOf(m.doc)?.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
  }
}

export function dateCard(t: Timex, published: string | null): vscode.MarkdownString {
  const md = trustedMarkdown([]);
  // Said as a reader would ("Jul 2023", "since Nov 2022"), then the exact days it covers.
  const interval = t.earliest
    ? `${formatDate(t)} (${t.latest && t.latest !== t.earliest ? `${t.earliest} – ${t.latest}` : t.earliest})`
    : vscode.l10n.t('not placed on the calendar');
  md.appendMarkdown(`$(calendar) **${esc(t.text)}** → ${esc(interval)}\n\n`);
  md.appendMarkdown(`${vscode.l10n.t('{0} · precision {1} · value {2}', esc(t.type), esc(t.precision), `\`${t.value.replace(/`/g, '')}\``)}\n\n`);
  if (t.reasoning) md.appendMarkdown(`${esc(t.reasoning)}\n\n`);
  md.appendMarkdown(published
    ? vscode.l10n.t('Publication date: {0}', esc(published))
    : `$(warning) ${vscode.l10n.t('No publication date: relative dates are guesses. Use *Dossier: Set Publication Date…*')}`);
  return md;
}
