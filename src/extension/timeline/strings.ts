import * as vscode from 'vscode';
import type { TimelineStrings } from '../../shared/timeline-protocol';

/**
 * The webview's texts in the user's language, sent with every `data` message. One literal
 * `vscode.l10n.t` call per message so `@vscode/l10n-dev export` can collect them; the English
 * must equal `DEFAULT_TIMELINE_STRINGS` (a unit test compares them). A function: the bundle is
 * read when the panel posts, not at module load.
 */
export function timelineStrings(): TimelineStrings {
  return {
    loading: vscode.l10n.t('Loading the timeline…'),
    statusReported: vscode.l10n.t('Reported'),
    statusOngoing: vscode.l10n.t('Ongoing'),
    statusFuture: vscode.l10n.t('Future'),
    statusSpeculative: vscode.l10n.t('Speculative'),
    helpReported: vscode.l10n.t('solid: it happened, as reported'),
    helpOngoing: vscode.l10n.t('striped: still going on'),
    helpFuture: vscode.l10n.t('outlined: planned or expected'),
    helpSpeculative: vscode.l10n.t('dashed: may happen, speculation'),
    statusLegendItem: vscode.l10n.t({ message: '{0}: {1}', comment: ['{0} is a status ("Reported"), {1} how the timeline draws it'] }),
    filterEntity: vscode.l10n.t('Filter by entity'),
    filterDoc: vscode.l10n.t('Filter by source document'),
    showStatuses: vscode.l10n.t('Show statuses'),
    zoomOut: vscode.l10n.t('Zoom out (-)'),
    zoomIn: vscode.l10n.t('Zoom in (+)'),
    fitAllLabel: vscode.l10n.t('Fit all events (0)'),
    fitAll: vscode.l10n.t('Fit all'),
    clearFilters: vscode.l10n.t('Clear filters'),
    toolbar: vscode.l10n.t('Timeline filters and zoom'),
    entityField: vscode.l10n.t('Entity'),
    sourceField: vscode.l10n.t('Source'),
    legendSources: vscode.l10n.t('Sources'),
    legendStatuses: vscode.l10n.t('Status styles'),
    shapeDay: vscode.l10n.t('a day'),
    shapePeriod: vscode.l10n.t('a week, month or year'),
    shapeRange: vscode.l10n.t('a range'),
    shapeOpen: vscode.l10n.t('open-ended'),
    shapeConflict: vscode.l10n.t('sources disagree'),
    eventsList: vscode.l10n.t('Events in chronological order. Left and Right arrows move between events, Enter shows the sentence.'),
    hint: vscode.l10n.t('Keys: ←/→ previous/next event · Home/End first/last · Enter show sentence · Shift+←/→ pan · +/− zoom · 0 fit all. Mouse: wheel zooms, drag pans, double-click opens the sentence.'),
    allEntities: vscode.l10n.t({ message: 'All entities ({0})', comment: ['{0} is the number of entities'] }),
    entityWithoutEvents: vscode.l10n.t({ message: '{0} (no dated events)', comment: ['{0} is an entity name'] }),
    allSources: vscode.l10n.t({ message: 'All sources ({0})', comment: ['{0} is the number of source documents'] }),
    sourceButton: vscode.l10n.t({ message: 'Source {0}: {1}. Click to show only this source.', comment: ['{0} is the short source name ("AP"), {1} the document title'] }),
    sourceButtonPublished: vscode.l10n.t({ message: 'Source {0}: {1}, published {2}. Click to show only this source.', comment: ['{0} is the short source name ("AP"), {1} the document title, {2} its publication date (YYYY-MM-DD)'] }),
    eventDescription: vscode.l10n.t({ message: '{0}, {1}, {2}: {3}', comment: ['Screen-reader text of an event: {0} status, {1} date, {2} source, {3} what happened'] }),
    conflictUnknown: vscode.l10n.t('Sources disagree on the date'),
    eventCountOne: vscode.l10n.t({ message: '{0} of {1} events', comment: ['{0} events shown of {1} in all, when {1} is 1'] }),
    eventCount: vscode.l10n.t({ message: '{0} of {1} events', comment: ['{0} events shown of {1} in all'] }),
    noEvents: vscode.l10n.t('No dated events in these documents yet.'),
    noMatch: vscode.l10n.t('No events match the filters.'),
    undated: vscode.l10n.t({ message: 'Not on the calendar ({0})', comment: ['{0} is the number of events without a calendar date'] }),
    anchorQuote: vscode.l10n.t({ message: '(“{0}”)', comment: ['{0} is the words of the article that date the event ("on Friday")'] }),
  };
}
