import * as assert from 'node:assert/strict';
import type { EntityType, Mention } from '../../../src/core/model';
import type { EntityResult } from '../../../src/core/entities/extract-entities';
import { run } from './run-extract';

const find = (res: EntityResult, text: string): Mention | undefined => res.mentions.find((m) => m.text === text);

type Row = [sentence: string, expected: [text: string, type: EntityType, role?: string][], absent?: string[]];

/** Realistic wire copy: each expected name with its exact span, type and role; `absent` spans must not be mentions. */
const rows: Row[] = [
  // titles and roles stay outside the span
  ['Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday.',
    [['Russian', 'group'], ['Vladimir Putin', 'person', 'Russian President'], ['Chinese', 'group'], ['Xi Jinping', 'person', 'Chinese President'], ['Moscow', 'place']], ['Russian President Vladimir Putin', 'Tuesday']],
  ['China sent a delegation led by Vice Premier Liu Guozhong to the celebrations.', [['China', 'place'], ['Liu Guozhong', 'person', 'Vice Premier']]],
  ['Russian Defense Minister Sergei Shoigu toured the exhibition.', [['Sergei Shoigu', 'person', 'Russian Defense Minister']]],
  ['"It is likely," said analyst Andrei Lankov.', [['Andrei Lankov', 'person', 'analyst']]],
  ['Secretary of State Antony Blinken arrived in Kyiv on Wednesday.', [['Antony Blinken', 'person', 'Secretary of State'], ['Kyiv', 'place']]],
  ['Prime Minister Fumio Kishida told reporters in Tokyo that Japan would respond.', [['Fumio Kishida', 'person', 'Prime Minister'], ['Tokyo', 'place'], ['Japan', 'place']]],
  ['Former President Donald Trump said he would appeal.', [['Donald Trump', 'person']]],
  ['German Chancellor Olaf Scholz and French President Emmanuel Macron spoke by phone.', [['Olaf Scholz', 'person', 'German Chancellor'], ['Emmanuel Macron', 'person', 'French President'], ['German', 'group'], ['French', 'group']]],
  // honorifics stay inside
  ['Mr. Kim and his daughter looked on as Mr Putin waved.', [['Mr. Kim', 'person'], ['Mr Putin', 'person']]],
  ['Dr. Anthony Fauci testified before the Senate.', [['Dr. Anthony Fauci', 'person'], ['Senate', 'organization']]],
  // possessives
  ['Kim’s balcony overlooked the square, and Germany\'s envoy watched.', [['Kim', 'person'], ['Germany', 'place']]],
  ['Apple\'s shares rose after Microsoft’s report.', [['Apple', 'organization'], ['Microsoft', 'organization']]],
  // nested names keep the longest
  ['They watched the parade from Kim Il Sung Square in the capital.', [['Kim Il Sung Square', 'place']], ['Kim Il Sung', 'Kim']],
  ['Members of the Chinese Communist Party Politburo attended.', [['Chinese Communist Party Politburo', 'organization']], ['Chinese']],
  ['Millions are listed as Worker-Peasant Red Guards, a civil defense force.', [['Worker-Peasant Red Guards', 'organization']]],
  ['He is a professor at Ewha University in Seoul.', [['Ewha University', 'organization'], ['Seoul', 'place']]],
  ['The Bank of England raised interest rates on Thursday.', [['Bank of England', 'organization']]],
  ['Ships crossed the Strait of Hormuz and the Gulf of Mexico.', [['Strait of Hormuz', 'place'], ['Gulf of Mexico', 'place']]],
  ['Officials at the Democratic People\'s Republic of Korea mission declined to comment.', [['Democratic People\'s Republic of Korea', 'place']]],
  // lists and datelines split
  ['To counter cooperation between Washington, Seoul and Tokyo, Kim turned to Moscow.', [['Washington', 'place'], ['Seoul', 'place'], ['Tokyo', 'place'], ['Kim', 'person'], ['Moscow', 'place']]],
  ['SEOUL, South Korea (AP) — North Korea fired a missile.', [['SEOUL', 'place'], ['South Korea', 'place'], ['AP', 'organization'], ['North Korea', 'place']]],
  ['BEIJING (Reuters) - China\'s exports fell in August.', [['BEIJING', 'place'], ['Reuters', 'organization'], ['China', 'place']], ['August']],
  ['PARIS, Oct 3 (AFP) - France will ban the practice, officials said.', [['PARIS', 'place'], ['AFP', 'organization'], ['France', 'place']]],
  ['09/09/2023 09:19:23 - Seoul (AFP) - © 2023 AFP', [['Seoul', 'place'], ['AFP', 'organization']]],
  ['NEW YORK (Reuters) - Wall Street stocks closed higher on Friday.', [['NEW YORK', 'place'], ['Reuters', 'organization']]],
  // organizations raw compromise misses
  ['KCNA said Kim received letters from Putin.', [['KCNA', 'organization'], ['Kim', 'person'], ['Putin', 'person']]],
  ['Drained by the Kremlin\'s war on Ukraine, reserves are low.', [['Kremlin', 'organization'], ['Ukraine', 'place']], ['the Kremlin']],
  ['President Xi skipped the G20 summit in India.', [['Xi', 'person', 'President'], ['G20', 'organization'], ['India', 'place']]],
  ['Liu Guozhong, Vice Premier of the State Council, met officials.', [['Liu Guozhong', 'person'], ['State Council', 'organization']]],
  ['US officials told the New York Times that a deal was near.', [['US', 'place'], ['New York Times', 'organization']], ['the New York Times']],
  ['The European Commission said on Thursday it disagreed with the advice.', [['European Commission', 'organization']], ['The European Commission']],
  ['NATO and the EU pledged support, the U.N. said.', [['NATO', 'organization'], ['EU', 'organization'], ['U.N.', 'organization']]],
  ['Shares of Goldman Sachs Group and General Motors rose.', [['Goldman Sachs Group', 'organization'], ['General Motors', 'organization']]],
  ['The Federal Reserve kept rates unchanged, said economists at Morgan Stanley.', [['Federal Reserve', 'organization']]],
  ['Manchester United beat Arsenal at Old Trafford.', [['Manchester United', 'organization'], ['Old Trafford', 'place']]],
  ['The World Health Organization warned of a new wave.', [['World Health Organization', 'organization']]],
  // groups, never places
  ['Millions of North Koreans attended; South Korean media speculated.', [['North Koreans', 'group'], ['South Korean', 'group']]],
  ['Chinese and Russian guests watched the parade.', [['Chinese', 'group'], ['Russian', 'group']]],
  ['The Americans and the British disagreed with the Israelis.', [['Americans', 'group'], ['British', 'group'], ['Israelis', 'group']]],
  // countries and their short forms
  ['The U.S. and the United Kingdom imposed sanctions on Iran.', [['U.S.', 'place'], ['United Kingdom', 'place'], ['Iran', 'place']]],
  ['the North was willing to supply arms, Seoul said.', [['North', 'place'], ['Seoul', 'place']]],
  // hyphenated pairs of names split, hyphenated names do not
  ['A Kim-Putin meeting was likely, said Leif-Eric Easley.', [['Kim', 'person'], ['Putin', 'person'], ['Leif-Eric Easley', 'person']]],
  ['U.S.-China talks resumed in Geneva.', [['U.S.', 'place'], ['China', 'place'], ['Geneva', 'place']]],
  ['AFP is short for Agence France-Presse.', [['AFP', 'organization'], ['Agence France-Presse', 'organization']]],
  // sentence-initial common words are not names
  ['Photos showed Kim smiling. Analysts say Kim wants more.', [['Kim', 'person']], ['Photos', 'Analysts']],
  ['State media did not mention whether Kim made a speech.', [['Kim', 'person']], ['State']],
  ['Since November, Kim has brought his daughter to events.', [['Kim', 'person']], ['Since November', 'November']],
  ['However, Tesla shares fell in New York.', [['Tesla', 'organization'], ['New York', 'place']], ['However']],
  // names with particles and initials
  ['Ludwig van Beethoven was born in Bonn.', [['Ludwig van Beethoven', 'person'], ['Bonn', 'place']]],
  ['George W. Bush visited Texas.', [['George W. Bush', 'person'], ['Texas', 'place']]],
  // places by heads
  ['Hikers climbed Mount Everest and swam in Lake Geneva.', [['Mount Everest', 'place'], ['Lake Geneva', 'place']]],
  ['Tensions in the Korean Peninsula are at their highest.', [['Korean Peninsula', 'place']]],
  // headlines in capitals: only known names
  ['EU REJECTS GERMAN CALL TO BOYCOTT BRITISH LAMB', [['EU', 'organization']], ['REJECTS', 'CALL', 'LAMB', 'BOYCOTT']],
  // wire-copy conventions: spaced punctuation, particles, organizations with "and", titles after an employer
  ['Germany \'s representative to the European Union \'s veterinary committee Werner Zwingmann said on Wednesday .',
    [['Germany', 'place'], ['European Union', 'organization'], ['Werner Zwingmann', 'person']]],
  ['" We do n\'t support it , " the Commission \'s chief spokesman Nikolaus van der Pas told a news briefing .', [['Nikolaus van der Pas', 'person', 'chief spokesman']]],
  ['AL-AIN , United Arab Emirates 1996-12-06', [['AL-AIN', 'place'], ['United Arab Emirates', 'place']], ['AL', 'AIN']],
  ['He will be replaced by Eliahu Ben-Elissar , a former Israeli envoy to Egypt .', [['Eliahu Ben-Elissar', 'person'], ['Israeli', 'group'], ['Egypt', 'place']]],
  ['The filing was made with the U.S. Securities and Exchange Commission on Friday.', [['U.S. Securities and Exchange Commission', 'organization']]],
  ['General Motors Co and Ford Motor Co said they would cut production.', [['General Motors Co', 'organization'], ['Ford Motor Co', 'organization']]],
  ['Airbus SE Chief Executive Guillaume Faury said deliveries would rise.', [['Airbus SE', 'organization'], ['Guillaume Faury', 'person', 'Airbus SE Chief Executive']]],
  ['United Nations Secretary-General Antonio Guterres urged a ceasefire.', [['United Nations', 'organization'], ['Antonio Guterres', 'person']]],
  ['Boeing shares fell after regulators grounded 737 MAX jets.', [['Boeing', 'organization'], ['MAX', 'other']]],
  ['Ukrainian President Volodymyr Zelenskiy met U.S. President Joe Biden at the White House.',
    [['Volodymyr Zelenskiy', 'person', 'Ukrainian President'], ['U.S.', 'place'], ['Joe Biden', 'person', 'U.S. President'], ['White House', 'organization']]],
  ['Airbus delivered its first A380 to Singapore Airlines in Toulouse, France.', [['A380', 'other'], ['Singapore Airlines', 'organization'], ['Toulouse', 'place'], ['France', 'place']]],
  ['Iraqi Prime Minister Nouri al-Maliki met Iranian officials in Tehran.', [['Nouri al-Maliki', 'person', 'Iraqi Prime Minister'], ['Iranian', 'group'], ['Tehran', 'place']]],
  ['Al-Maliki said Iraq wanted good relations with its neighbours.', [['Al-Maliki', 'person'], ['Iraq', 'place']], ['Al', 'Maliki']],
  ['Petrobras said its output rose in March.', [['Petrobras', 'organization']]],
  ['Yeltsin said he would return to the Kremlin.', [['Yeltsin', 'person'], ['Kremlin', 'organization']]],
  ['Turkey\'s president spoke as troops left Zaire.', [['Turkey', 'place'], ['Zaire', 'place']]],
  ['The Fed raised rates again.', [['Fed', 'organization']]],
  // headlines in Title Case: capitals say nothing, only known names count
  ['Stocks Fall as Fed Signals More Rate Hikes', [['Fed', 'organization']], ['Stocks', 'Fall', 'Signals', 'Rate Hikes', 'More Rate Hikes']],
  ['Kim Jong Un Hosts Chinese and Russian Guests at a Parade Celebrating North Korea’s 75th Anniversary',
    [['Kim Jong Un', 'person'], ['Chinese', 'group'], ['Russian', 'group'], ['North Korea', 'place']], ['Parade', 'Anniversary', 'Guests']],
  ['Boeing expected to deliver the first 787 Dreamliner to All Nippon Airways in May 2008.', [['Dreamliner', 'other'], ['All Nippon Airways', 'organization']]],
  ['Sales rose before Christmas and during Ramadan, helped by the Internet.', [['Christmas', 'other'], ['Ramadan', 'other']]],
  ['Athletes prepared for the Olympics and the World Cup after Brexit and Covid-19.', [['Olympics', 'other'], ['World Cup', 'other'], ['Brexit', 'other']], ['Cup']],
  ['The Taliban seized Kabul as the U.N. Security Council met.', [['Taliban', 'organization'], ['Kabul', 'place'], ['U.N. Security Council', 'organization']]],
  ['He works for the Ministry of Defence in London, and Downing Street declined comment.', [['Ministry of Defence', 'organization'], ['London', 'place'], ['Downing Street', 'organization']]],
  ['Liu Guozhong, Vice Premier of the State Council, met Russian President Putin.', [['Liu Guozhong', 'person'], ['State Council', 'organization'], ['Putin', 'person', 'Russian President']], ['Vice Premier']],
  ['Novak Djokovic lost to Jannik Sinner at the Australian Open in Melbourne.', [['Novak Djokovic', 'person'], ['Jannik Sinner', 'person'], ['Australian Open', 'other'], ['Melbourne', 'place']]],
  ['Senate Majority Leader Chuck Schumer, a New York Democrat, said the Senate would act.', [['Chuck Schumer', 'person', 'Senate Majority Leader'], ['New York', 'place'], ['Democrat', 'group'], ['Senate', 'organization']]],
  ['Biden met House Speaker Kevin McCarthy at the Capitol on Sunday.', [['House', 'organization'], ['Kevin McCarthy', 'person', 'House Speaker'], ['Capitol', 'place']]],
  ['Moody\'s Investors Service and Fitch Ratings had warned of a downgrade.', [['Moody\'s Investors Service', 'organization'], ['Fitch Ratings', 'organization']]],
  // month words that are names
  ['3. Jan Kowalski ( Poland ) Orlen 2:11:45', [['Jan Kowalski', 'person'], ['Poland', 'place']]],
  ['Prime Minister Theresa May said on Monday Britain would leave.', [['Theresa May', 'person', 'Prime Minister'], ['Britain', 'place']], ['Monday']],
  ['Talks resumed on Jan 5 in Geneva.', [['Geneva', 'place']], ['Jan']],
  // sport
  ['Real Madrid striker Kylian Mbappe scored twice against Barcelona.', [['Real Madrid', 'organization'], ['Kylian Mbappe', 'person', 'striker']]],
  ['Leicester 1 Chelsea 2', [['Leicester', 'organization'], ['Chelsea', 'organization']]],
  ['Manchester United 3 Newcastle 0', [['Manchester United', 'organization'], ['Newcastle', 'organization']]],
  ['Arsenal 4 2 1 1 7 4 7', [['Arsenal', 'organization']]],
  ['SOCCER - BRAZIL EARN LATE DRAW , MEXICO IN SHOCK LOSS .', [['BRAZIL', 'place'], ['MEXICO', 'place']], ['SOCCER', 'LATE', 'DRAW', 'SHOCK', 'LOSS']],
  ['Serena Williams beat Maria Sharapova 6-4 6-2 at Wimbledon.', [['Serena Williams', 'person'], ['Maria Sharapova', 'person']]],
  // events, contests and awards are other
  ['The Nobel Peace Prize went to Maria Ressa, and the World Series opened in Houston.', [['Nobel Peace Prize', 'other'], ['Maria Ressa', 'person'], ['World Series', 'other'], ['Houston', 'place']]],
  ['Veterans of World War Two gathered as the Davis Cup final began in Malaga.', [['World War Two', 'other'], ['Davis Cup', 'other'], ['Malaga', 'place']]],
  // capitals by position: a word the copy also writes in lower case, an abstract noun
  ['Wheat futures jumped as wheat shipments from Odesa resumed.', [['Odesa', 'place']], ['Wheat']],
  ['Turnout: 62 percent, against a turnout of 58 percent in Lyon last time.', [['Lyon', 'place']], ['Turnout']],
  ['Modernisation of the container terminal in Piraeus will take until 2027.', [['Piraeus', 'place']], ['Modernisation']],
  ['Resistance to the reform grew after Elisabeth Borne spoke in Marseille.', [['Elisabeth Borne', 'person'], ['Marseille', 'place']], ['Resistance']],
];

describe('extractEntities: spans, types and roles on wire copy', () => {
  for (const [sentence, expected, absent] of rows) {
    it(sentence.length > 70 ? sentence.slice(0, 67) + '...' : sentence, () => {
      const res = run(sentence);
      for (const [text, type, role] of expected) {
        const m = find(res, text);
        assert.ok(m, `expected mention ${JSON.stringify(text)}; got ${res.mentions.map((x) => `${x.text}/${x.type}`).join(', ')}`);
        assert.equal(m.type, type, `type of ${JSON.stringify(text)}`);
        if (role) assert.equal(m.role, role, `role of ${JSON.stringify(text)}`);
      }
      for (const a of absent ?? []) assert.equal(find(res, a), undefined, `${JSON.stringify(a)} must not be a mention`);
    });
  }
});

describe('extractEntities: only the given sentences are read', () => {
  it('yields nothing from boilerplate regions', () => {
    const text = 'Biden met Xi in Bali.\nRelated\n- Dick Vitale answers questions about Apple and Google';
    const res = run(text, [
      { kind: 'body', start: 0, end: 21, label: 'Body' },
      { kind: 'boilerplate', start: 22, end: text.length, label: 'Related headlines' },
    ]);
    assert.ok(res.mentions.length >= 2);
    assert.ok(res.mentions.every((m) => m.end <= 21), res.mentions.map((m) => m.text).join(', '));
  });
  it('handles empty input, CRLF text and odd Unicode without throwing', () => {
    assert.deepEqual(run('').mentions, []);
    const res = run('Angela Merkel visited Paris.\r\nEmmanuel Macron greeted her in Élysée Palace. \u200b😀 Zoë Kravitz attended.');
    assert.ok(find(res, 'Angela Merkel'));
    assert.ok(find(res, 'Paris'));
  });
});

describe('extractEntities: alias clusters within a document', () => {
  const cases: [title: string, text: string, clusters: string[][], apart?: [string, string][]][] = [
    ['surname and honorific forms join the full name',
      'Kim Jong Un hosted the parade. Mr. Kim smiled.\nKim waved, and Mr Kim left.', [['Kim Jong Un', 'Mr. Kim', 'Kim', 'Mr Kim']]],
    ['a president by surname and with honorific',
      'Putin spoke. Russian President Vladimir Putin said later that Mr Putin would travel.', [['Vladimir Putin', 'Putin', 'Mr Putin']]],
    ['Chinese names by family name', 'Xi Jinping did not attend. Xi\'s absence was noted.', [['Xi Jinping', 'Xi']]],
    ['every name of one country', 'The U.S. said the United States and the US navy would act.', [['United States', 'U.S.', 'US']]],
    ['an acronym and its expansion', 'The Korean Central News Agency (KCNA) reported it. KCNA added details.', [['Korean Central News Agency', 'KCNA']]],
    ['an agency acronym and its name', 'The Associated Press reported it, AP said.', [['Associated Press', 'AP']]],
    ['an organization and its distinctive tail', 'They joined the Worker-Peasant Red Guards. The Red Guards marched.', [['Worker-Peasant Red Guards', 'Red Guards']]],
    ['a demonym singular and plural', 'North Koreans cheered. A North Korean official spoke.', [['North Koreans', 'North Korean']]],
    ['two Lis are not merged blindly', 'Li Hongzhong visited. Li Qiang stayed home. Li said nothing.', [['Li Hongzhong'], ['Li Qiang']], [['Li Hongzhong', 'Li Qiang'], ['Li', 'Li Qiang'], ['Li', 'Li Hongzhong']]],
    ['two Kims are not merged blindly', 'Kim Jong Un spoke. His sister Kim Yo Jong wrote a letter. Kim said it was fine.', [['Kim Jong Un'], ['Kim Yo Jong']], [['Kim', 'Kim Jong Un'], ['Kim', 'Kim Yo Jong']]],
    ['capitals stay apart from their countries', 'Washington and the United States; Moscow and Russia.', [['Washington'], ['United States'], ['Moscow'], ['Russia']], [['Washington', 'United States'], ['Moscow', 'Russia']]],
    ['the North is the one North-named place', 'North Korea fired a missile. Analysts said the North was ready.', [['North Korea', 'North']]],
    ['"the Commission" is the one Commission of the document', 'The European Commission said no. The Commission \'s spokesman agreed.', [['European Commission', 'Commission']]],
    ['a firm by the first word of its name', 'Lehman Brothers filed for bankruptcy. Paulson would not bail out Lehman.', [['Lehman Brothers', 'Lehman']]],
    ['a surname with its article particle', 'Iraqi Prime Minister Nouri al-Maliki met officials.\nAl-Maliki said Iraq wanted peace.', [['Nouri al-Maliki', 'Al-Maliki']]],
    ['an acronym of a company', 'General Motors said it would cut jobs; GM shares fell.', [['General Motors', 'GM']]],
    ['a firm with a foreign corporate suffix, and bare', 'Airbus SAS traded blows with Boeing Co. on Monday. Airbus said the euro hurt.', [['Airbus SAS', 'Airbus'], ['Boeing Co', 'Boeing Co']]],
    ['an acronym of a name ending in a corporate suffix', 'European Aeronautic Defence and Space Co. (EADS) said so. EADS shares rose.', [['European Aeronautic Defence and Space Co', 'EADS']]],
    ['Goldman Sachs with and without its corporate suffix', 'Goldman Sachs Group Inc said profit rose. Goldman Sachs shares jumped.', [['Goldman Sachs Group Inc', 'Goldman Sachs']]],
  ];
  for (const [title, text, clusters, apart] of cases) {
    it(title, () => {
      const res = run(text);
      const entOf = (surface: string) => {
        const i = res.mentions.findIndex((m) => m.text === surface);
        assert.ok(i >= 0, `no mention ${JSON.stringify(surface)} in ${res.mentions.map((m) => m.text).join(', ')}`);
        return res.entities.find((e) => e.mentions.includes(i))!;
      };
      for (const c of clusters) {
        const e = entOf(c[0]);
        assert.equal(e.name, c[0], 'canonical is the fullest form');
        for (const s of c.slice(1)) assert.equal(entOf(s), e, `${s} belongs with ${c[0]}`);
        assert.equal(e.key, `${e.type}:${e.name.toLowerCase().replace(/['’]/g, '').replace(/[^\p{L}\p{N}]+/gu, '-')}`);
      }
      for (const [a, b] of apart ?? []) assert.notEqual(entOf(a), entOf(b), `${a} and ${b} must stay apart`);
    });
  }
});

describe('extractEntities: any text (property)', () => {
  it('never throws and keeps every invariant on random text built from news-like pieces', function () {
    this.timeout(30000);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fc = require('fast-check') as typeof import('fast-check');
    const piece = fc.constantFrom('Kim', 'Jong', 'Un', 'Mr.', 'Mr', 'U.S.', 'U.S.-China', 'the', 'The', 'of', 'Bank', 'North', 'Korea', '’s', "'s", ',', '.', '"', '(AP)', '—', '-', 'SEOUL',
      'Li', 'Xi', 'van', 'der', 'and', '&', 'Inc.', 'said', 'Jan', 'May', '2023', 'G20', 'A380', '\n', '\r\n', ' ', 'É', '😀', '\u200b', 'Chinese', 'President', 'Vice', 'analyst');
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), fc.array(fc.constantFrom(' ', ''), { maxLength: 60 }), (ps, seps) => {
      const text = ps.map((p, i) => p + (seps[i] ?? ' ')).join('');
      run(text);
    }), { numRuns: 200 });
  });
});
