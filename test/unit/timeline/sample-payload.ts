/**
 * A hand-written timeline payload shaped like two news articles about the same parade (one
 * dates it Friday, the other Saturday), with every precision, status and open end the webview
 * draws, plus an event whose sentence carries markup. Used by the standalone webview scenario
 * (test/ui/scenarios/timeline-webview.ts) and the layout tests.
 */
import type { TimelinePayload } from '../../../src/shared/timeline-protocol';

export const INJECTION = '<img src=x onerror=alert(1)>';

export const samplePayload: TimelinePayload = {
  docs: [
    { id: 'ap.txt', title: 'Kim Jong Un hosts Chinese and Russian guests at a parade', source: 'AP', published: '2023-09-09', color: 0 },
    { id: 'afp.txt', title: 'Russian and Chinese delegations at a parade in North Korea', source: 'AFP', published: '2023-09-09', color: 1 },
    { id: 'evil.txt', title: `Notes ${INJECTION}`, source: `Evil ${INJECTION}`, published: '2023-09-12', color: 2 },
  ],
  entities: [
    { id: 'person:kim-jong-un', name: 'Kim Jong Un', type: 'person', events: 5 },
    { id: 'person:vladimir-putin', name: 'Vladimir Putin', type: 'person', events: 3 },
    { id: 'place:pyongyang', name: 'Pyongyang', type: 'place', events: 2 },
    { id: 'person:evil', name: `Evil ${INJECTION}`, type: 'person', events: 1 },
  ],
  events: [
    { id: 'ap.txt#12:10', doc: 'ap.txt', summary: 'Sanctions in force since November', sentence: 'The sanctions have been in force since November, officials said.',
      anchorText: 'since November', status: 'ongoing', date: { value: '2022-11', earliest: '2022-11-01', latest: '2023-09-09', precision: 'month', open: 'after' }, entities: ['person:kim-jong-un'] },
    { id: 'afp.txt#9:40', doc: 'afp.txt', summary: 'Second visit in six weeks by senior Chinese officials', sentence: 'This is the second visit in six weeks by senior Chinese officials, as Pyongyang relaxes its anti-Covid border controls.',
      anchorText: 'in six weeks', status: 'reported', date: { value: '2023-07-27/2023-09-08', earliest: '2023-07-27', latest: '2023-09-08', precision: 'range' }, entities: ['place:pyongyang'] },
    { id: 'ap.txt#5:0', doc: 'ap.txt', summary: 'Kim–Putin summit expected within the month', sentence: 'A summit between Kim and Putin, which Washington expects within the month.',
      anchorText: 'within the month', status: 'future', date: { value: '2023-09', earliest: '2023-09-01', latest: '2023-09-30', precision: 'month' }, entities: ['person:kim-jong-un', 'person:vladimir-putin'] },
    { id: 'afp.txt#2:30', doc: 'afp.txt', summary: 'North Korea held a paramilitary parade', sentence: 'North Korea held a paramilitary parade on Friday to mark 75 years since the establishment of North Korean rule.',
      anchorText: 'on Friday', status: 'reported', date: { value: '2023-09-08', earliest: '2023-09-08', latest: '2023-09-08', precision: 'day' }, entities: ['person:kim-jong-un', 'place:pyongyang'], group: 'parade', conflict: true },
    { id: 'ap.txt#3:0', doc: 'ap.txt', summary: 'Midnight parade in Pyongyang', sentence: 'The midnight parade in the capital, Pyongyang, which was to celebrate North Korea’s 75th founding anniversary, came amid expectations.',
      anchorText: 'Saturday', status: 'reported', date: { value: '2023-09-09', earliest: '2023-09-09', latest: '2023-09-09', precision: 'day' }, entities: ['person:kim-jong-un', 'place:pyongyang'], group: 'parade', conflict: true },
    { id: 'ap.txt#4:5', doc: 'ap.txt', summary: 'Russian officials absent ahead of the summit', sentence: 'The lack of Russian officials could be related to preparations ahead of the summit.',
      anchorText: 'ahead of', status: 'speculative', date: { value: '2023-09-09', earliest: '2023-09-09', latest: '2023-09-09', precision: 'day', open: 'before' }, entities: ['person:vladimir-putin'] },
    { id: 'ap.txt#6:60', doc: 'ap.txt', summary: 'Putin to attend a forum in Vladivostok', sentence: 'Putin is expected to attend an international forum that runs from Sunday to Wednesday in the eastern city of Vladivostok.',
      anchorText: 'from Sunday to Wednesday', status: 'future', date: { value: '2023-09-10/2023-09-13', earliest: '2023-09-10', latest: '2023-09-13', precision: 'range' }, entities: ['person:vladimir-putin'] },
    { id: 'ap.txt#5:80', doc: 'ap.txt', summary: 'Summit could happen as early as next week', sentence: 'According to some U.S. reports, it could happen as early as next week.',
      anchorText: 'next week', status: 'speculative', date: { value: '2023-W37', earliest: '2023-09-11', latest: '2023-09-17', precision: 'week' }, entities: ['person:kim-jong-un', 'person:vladimir-putin'] },
    { id: 'evil.txt#0:3', doc: 'evil.txt', summary: `Ministers met ${INJECTION}`, sentence: `On 12 September 2023 ministers met ${INJECTION} and <script>alert(2)</script> in Pyongyang.`,
      anchorText: '12 September 2023', status: 'reported', date: { value: '2023-09-12', earliest: '2023-09-12', latest: '2023-09-12', precision: 'day' }, entities: ['person:evil'] },
    { id: 'afp.txt#1:0', doc: 'afp.txt', summary: 'Currently the parade season', sentence: 'It is now the season of parades.',
      anchorText: 'now', status: 'ongoing', date: { value: 'PRESENT_REF', precision: 'unknown' }, entities: [] },
  ],
  groups: [
    { id: 'parade', events: ['afp.txt#2:30', 'ap.txt#3:0'], conflict: true, label: 'Sources disagree: 2023-09-08 (AFP) vs 2023-09-09 (AP)' },
  ],
};
