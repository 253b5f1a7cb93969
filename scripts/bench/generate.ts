/**
 * A deterministic generator of news-like articles for the benchmark. Everything is composed here from
 * small word lists and sentence templates (nothing copied from real articles): a title, a publication
 * line, a dateline, and paragraphs in which invented people with roles, real places, invented
 * organizations and relative dates in past, present and future tenses recur the way they do in news.
 */

/** mulberry32: tiny, fast, good enough for reproducible test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Maria', 'James', 'Aisha', 'Kenji', 'Olga', 'Carlos', 'Fatima', 'Liam', 'Ingrid', 'Rahul', 'Chloe', 'Tomasz', 'Amara',
  'Hiroshi', 'Elena', 'David', 'Nadia', 'Pedro', 'Sofia', 'Ahmed', 'Grace', 'Viktor', 'Leila', 'Samuel', 'Yuki', 'Daniel', 'Marta',
  'Omar', 'Hannah', 'Luca', 'Priya', 'Erik', 'Zainab', 'Felix', 'Ana', 'Mikhail', 'Rosa', 'Kwame', 'Julia', 'Arjun'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Petrov', 'Alvarez', 'Haddad', 'Brennan', 'Kowalski', 'Mehta', 'Dubois',
  'Nakamura', 'Rossi', 'Schmidt', 'Mensah', 'Novak', 'Castillo', 'Farouk', 'Whitfield', 'Ivanova', 'Osei', 'Bergström', 'Kaur',
  'Fernandes', 'Yilmaz', 'Hughes', 'Sato', 'Abebe', 'Varga', 'Delgado', 'Achterberg', 'Quinn', 'Mbeki', 'Larsen', 'Romano'];
const ROLES = ['Finance Minister', 'Prime Minister', 'spokeswoman', 'spokesman', 'chief executive', 'Mayor', 'senator',
  'Foreign Minister', 'police chief', 'analyst', 'economist', 'Governor', 'union leader', 'opposition leader', 'judge'];
const PLACES: [string, string][] = [['Lisbon', 'Portugal'], ['Nairobi', 'Kenya'], ['Osaka', 'Japan'], ['Warsaw', 'Poland'],
  ['Lima', 'Peru'], ['Accra', 'Ghana'], ['Manila', 'the Philippines'], ['Ottawa', 'Canada'], ['Cairo', 'Egypt'],
  ['Oslo', 'Norway'], ['Hanoi', 'Vietnam'], ['Santiago', 'Chile'], ['Istanbul', 'Turkey'], ['Melbourne', 'Australia'],
  ['Bogotá', 'Colombia'], ['Prague', 'the Czech Republic'], ['Dakar', 'Senegal'], ['Seoul', 'South Korea'], ['Dublin', 'Ireland'],
  ['Mumbai', 'India'], ['Berlin', 'Germany'], ['Madrid', 'Spain'], ['Toronto', 'Canada'], ['Jakarta', 'Indonesia']];
const ORG_HEAD = ['Northwind', 'Helios', 'Meridian', 'Bluestone', 'Crescent', 'Atlas', 'Granite', 'Silverline', 'Harbor', 'Summit',
  'Evergreen', 'Redwood', 'Orion', 'Pinnacle', 'Cobalt'];
const ORG_TAIL = ['Energy', 'Holdings', 'Bank', 'Airlines', 'Telecom', 'Motors', 'Pharmaceuticals', 'Mining Corp.', 'Logistics',
  'Foods', 'Insurance Group', 'Shipping'];
const INSTITUTIONS = ['the Ministry of Finance', 'the Central Bank', 'the Supreme Court', 'the World Health Organization',
  'the United Nations', 'the European Commission', 'the National Assembly', 'the International Monetary Fund',
  'the Red Cross', 'the Electoral Commission', 'the Port Authority', 'the Transport Workers Union'];
const AGENCIES = ['Reuters', 'AP', 'AFP'];
const TOPICS = ['budget', 'strike', 'merger', 'election', 'flood', 'trial', 'summit', 'vaccine rollout', 'rail link', 'wildfire',
  'trade deal', 'bond sale', 'protest', 'drought', 'port expansion'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PAST_TIMES = ['on {day}', 'last week', 'yesterday', 'two days ago', 'earlier this month', 'last {month}', 'in {month} {year}',
  'on {month} {date}', 'three weeks ago', 'last year', 'on {day} morning', 'in early {month}', 'a decade ago', 'in {prevyear}'];
const FUTURE_TIMES = ['next week', 'on {day}', 'tomorrow', 'next month', 'by the end of the year', 'in {month}', 'within two weeks',
  'next {day}', 'in the third quarter', 'by {month} {date}', 'later this year', 'in {nextyear}'];
const PRESENT_TIMES = ['this week', 'today', 'this month', 'now', 'this year', 'currently'];
const PAST_ACTS = ['announced', 'approved', 'rejected', 'signed', 'criticised', 'postponed', 'defended', 'unveiled', 'investigated',
  'suspended', 'confirmed', 'questioned'];
const FUTURE_ACTS = ['will vote on', 'is expected to approve', 'will meet to discuss', 'plans to review', 'will announce',
  'is set to sign', 'could delay', 'will travel to inspect'];
const NOUNS = ['the plan', 'the agreement', 'the proposal', 'the inquiry', 'the contract', 'the measures', 'the report',
  'the deal', 'the bill', 'the reforms', 'the budget', 'the project'];
const FILLER = ['The figures were higher than most forecasts had suggested.', 'Residents said they had little confidence in the process.',
  'Officials declined to give further details.', 'The decision drew sharp reactions from both sides.',
  'Markets were little changed after the news.', 'Critics say the timetable is unrealistic.',
  'Several questions remain unanswered, according to people familiar with the matter.',
  'It was not immediately clear how the measures would be funded.', 'The talks are said to be at an early stage.'];

interface Cast {
  people: { first: string; last: string; role: string }[];
  places: [string, string][];
  orgs: string[];
}

export interface GeneratedDoc {
  name: string;
  text: string;
  words: number;
}

/** Generates article `index` of the seeded corpus (any index can be generated alone, in any order). */
export function generateArticle(seed: number, index: number): GeneratedDoc {
  const r = rng(seed * 1_000_003 + index * 7919);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const year = 2015 + Math.floor(r() * 10);
  const month = Math.floor(r() * 12);
  const date = 1 + Math.floor(r() * 28);
  const published = `${year}-${String(month + 1).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
  const cast: Cast = {
    people: Array.from({ length: 2 + Math.floor(r() * 4) }, () => ({ first: pick(FIRST), last: pick(LAST), role: pick(ROLES) })),
    places: Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(PLACES)),
    orgs: Array.from({ length: 1 + Math.floor(r() * 3) }, () => `${pick(ORG_HEAD)} ${pick(ORG_TAIL)}`),
  };
  const time = (xs: readonly string[]) => pick(xs)
    .replace('{day}', pick(DAYS)).replace('{month}', pick(MONTHS)).replace('{date}', String(1 + Math.floor(r() * 28)))
    .replace('{year}', String(year - 1)).replace('{prevyear}', String(year - 1 - Math.floor(r() * 5)))
    .replace('{nextyear}', String(year + 1));
  const seen = new Set<string>();
  const person = () => {
    const p = pick(cast.people);
    const key = p.first + p.last;
    if (!seen.has(key)) { seen.add(key); return `${p.role} ${p.first} ${p.last}`; }
    return r() < 0.7 ? p.last : `${p.first} ${p.last}`;
  };
  const place = () => (r() < 0.6 ? pick(cast.places)[0] : pick(cast.places)[1]);
  const org = () => (r() < 0.6 ? pick(cast.orgs) : pick(INSTITUTIONS));
  const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
  const topic = pick(TOPICS);

  const sentence = (): string => {
    switch (Math.floor(r() * 9)) {
      case 0: return `${person()} ${pick(PAST_ACTS)} ${pick(NOUNS)} ${time(PAST_TIMES)}, saying it would affect workers in ${place()}.`;
      case 1: return `${cap(org())} ${pick(FUTURE_ACTS)} ${pick(NOUNS)} ${time(FUTURE_TIMES)}, ${person()} told reporters in ${place()}.`;
      case 2: return `"We are ${pick(['monitoring', 'reviewing', 'discussing', 'watching'])} the ${topic} closely ${time(PRESENT_TIMES)}," ${person()} said.`;
      case 3: return `${cap(time(PAST_TIMES))}, ${org()} said it had ${pick(PAST_ACTS)} ${pick(NOUNS)} after talks with ${person()}.`;
      case 4: return `The ${topic} in ${place()} has been going on since ${pick(MONTHS)}, and ${person()} says it may last until ${pick(['next week', 'the end of the year', `${pick(MONTHS)} ${year + 1}`, 'the spring'])}.`;
      case 5: return `${person()}, who met ${person()} in ${place()} ${time(PAST_TIMES)}, said ${org()} had not been consulted.`;
      case 6: return `According to ${org()}, about ${1 + Math.floor(r() * 900)} people were affected ${time(PAST_TIMES)}.`;
      case 7: return `${person()} is scheduled to visit ${place()} ${time(FUTURE_TIMES)} to meet officials from ${org()}.`;
      default: return pick(FILLER);
    }
  };

  const target = 300 + Math.floor(Math.pow(r(), 1.6) * 1200); // skewed: many short pieces, some long reads
  const [city] = cast.places[0];
  const title = `${cap(topic)}: ${cast.people[0].last} ${pick(['warns over', 'backs', 'faces questions on', 'defends'])} ${pick(NOUNS).replace('the ', '')} in ${city}`;
  const lines = [title, '', `Published: ${published}`, ''];
  const dateline = `${city.toUpperCase()}, ${MONTHS[month]} ${date} (${pick(AGENCIES)}) —`;
  let words = 0;
  let first = true;
  while (words < target) {
    const n = 2 + Math.floor(r() * 4);
    const para: string[] = [];
    for (let i = 0; i < n; i++) para.push(sentence());
    const text = (first ? `${dateline} ` : '') + para.join(' ');
    first = false;
    words += text.split(/\s+/).length;
    lines.push(text, '');
  }
  return { name: `article-${String(index).padStart(5, '0')}.txt`, text: lines.join('\n'), words: words + title.split(' ').length + 2 };
}
