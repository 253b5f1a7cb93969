/**
 * Realistic news sentences with the TimeML value a careful reader gives each time expression,
 * against the article's publication date (dct). Shared by the unit tests and by the parser
 * comparison (scripts under /tmp during development; numbers in the engine's notes).
 */
export interface TimexCase {
  dct: string | null;
  sentence: string;
  expr: string;
  value: string;
  type?: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  why?: string;
}

const SAT = '2023-09-09'; // a Saturday
const NEWYEAR = '2024-01-02'; // a Tuesday just after a year end
const MONTHEND = '2023-03-01'; // a Wednesday just after February
const W53 = '2021-01-01'; // a Friday in ISO week 2020-W53
const WIRE = '1998-02-27'; // a Friday, TimeML newswire era

export const TIMEX_CASES: TimexCase[] = [
  // Weekdays, tense-aware
  { dct: SAT, sentence: 'North Korea held a paramilitary parade on Friday.', expr: 'Friday', value: '2023-09-08' },
  { dct: SAT, sentence: "South Korea's spy agency told lawmakers Thursday that the two leaders could meet.", expr: 'Thursday', value: '2023-09-07' },
  { dct: SAT, sentence: 'State media said Saturday that the parade was a success.', expr: 'Saturday', value: '2023-09-09' },
  { dct: SAT, sentence: 'The minister will visit Beijing on Tuesday.', expr: 'Tuesday', value: '2023-09-12' },
  { dct: SAT, sentence: 'The vote is scheduled for next Friday.', expr: 'next Friday', value: '2023-09-15' },
  { dct: SAT, sentence: 'He was arrested last Saturday in Paris.', expr: 'last Saturday', value: '2023-09-02' },
  { dct: SAT, sentence: 'The strike ended on Monday after talks.', expr: 'Monday', value: '2023-09-04' },
  { dct: SAT, sentence: 'The ceremony will take place on Monday.', expr: 'Monday', value: '2023-09-11' },
  { dct: SAT, sentence: 'An international forum runs from Sunday to Wednesday in Vladivostok.', expr: 'Sunday', value: '2023-09-10' },
  { dct: SAT, sentence: 'An international forum runs from Sunday to Wednesday in Vladivostok.', expr: 'Wednesday', value: '2023-09-13', why: 'range end after its start' },
  { dct: SAT, sentence: 'The minister said on Wednesday night that talks had failed.', expr: 'Wednesday night', value: '2023-09-06TNI', type: 'TIME' },
  { dct: SAT, sentence: 'The attack happened at 10 a.m. Friday near the border.', expr: '10 a.m.', value: '2023-09-08T10:00', type: 'TIME' },
  // Months and seasons
  { dct: SAT, sentence: 'In July, Kim invited delegations to a parade.', expr: 'July', value: '2023-07' },
  { dct: SAT, sentence: 'Since November, Kim has been bringing his daughter to events.', expr: 'November', value: '2022-11' },
  { dct: SAT, sentence: 'Talks resume in October in Geneva.', expr: 'October', value: '2023-10' },
  { dct: SAT, sentence: 'The central bank will meet in December.', expr: 'December', value: '2023-12' },
  { dct: SAT, sentence: 'Exports fell in January, the ministry said.', expr: 'January', value: '2023-01' },
  { dct: SAT, sentence: 'The new law will take effect in May.', expr: 'May', value: '2024-05' },
  { dct: SAT, sentence: 'Mr. Liu\'s visit comes after the visit in July of another official.', expr: 'July', value: '2023-07' },
  { dct: SAT, sentence: 'The report was published in March 2021.', expr: 'March 2021', value: '2021-03' },
  { dct: SAT, sentence: 'This summer was the hottest on record.', expr: 'This summer', value: '2023-SU' },
  // Days of the month
  { dct: SAT, sentence: 'The parade was held on Sept. 8 in the capital.', expr: 'Sept. 8', value: '2023-09-08' },
  { dct: SAT, sentence: 'The "September 8" parade marked the anniversary.', expr: 'September 8', value: '2023-09-08' },
  { dct: SAT, sentence: 'He died on Aug. 30, 2023, in a hospital.', expr: 'Aug. 30, 2023', value: '2023-08-30' },
  { dct: SAT, sentence: 'The treaty was signed on 12 March 1998 in Paris.', expr: '12 March 1998', value: '1998-03-12' },
  // Weeks, months, years relative to the article
  { dct: SAT, sentence: 'According to U.S. reports, it could happen as early as next week.', expr: 'next week', value: '2023-W37' },
  { dct: SAT, sentence: 'The embassy said this week it had been authorized to bring in diplomats.', expr: 'this week', value: '2023-W36' },
  { dct: SAT, sentence: 'Prices rose sharply last month.', expr: 'last month', value: '2023-08' },
  { dct: SAT, sentence: 'The talks collapsed two weeks ago.', expr: 'two weeks ago', value: '2023-W34' },
  { dct: SAT, sentence: 'The protests began last year.', expr: 'last year', value: '2022' },
  { dct: SAT, sentence: 'Elections are due next year.', expr: 'next year', value: '2024' },
  { dct: SAT, sentence: 'Earlier this year, the government raised taxes.', expr: 'Earlier this year', value: '2023' },
  { dct: SAT, sentence: 'Washington expects a summit within the month.', expr: 'the month', value: '2023-09' },
  { dct: SAT, sentence: 'Two years ago, he lost the election.', expr: 'Two years ago', value: '2021' },
  { dct: SAT, sentence: 'A decade ago, the city was thriving.', expr: 'A decade ago', value: '201' },
  { dct: SAT, sentence: 'Officials met yesterday in Seoul.', expr: 'yesterday', value: '2023-09-08' },
  { dct: SAT, sentence: 'The summit will open tomorrow.', expr: 'tomorrow', value: '2023-09-10' },
  { dct: SAT, sentence: 'Fighting continued overnight and this morning.', expr: 'this morning', value: '2023-09-09TMO', type: 'TIME' },
  { dct: SAT, sentence: 'The midnight parade was held in the capital.', expr: 'midnight', value: '2023-09-09T00:00', type: 'TIME' },
  // Years, decades, quarters
  { dct: SAT, sentence: 'It was the site of his first summit with Kim in 2019.', expr: '2019', value: '2019' },
  { dct: SAT, sentence: 'Inflation has been falling since the 1990s.', expr: '1990s', value: '199' },
  { dct: SAT, sentence: 'The company was founded in the early 2000s.', expr: 'early 2000s', value: '200' },
  { dct: SAT, sentence: 'Sales rose in the second quarter of 2022.', expr: 'the second quarter of 2022', value: '2022-Q2' },
  { dct: SAT, sentence: 'The company expects fourth-quarter sales to rise.', expr: 'fourth-quarter', value: '2023-Q4' },
  // Vague references
  { dct: SAT, sentence: 'He will travel to Russia soon for a meeting.', expr: 'soon', value: 'FUTURE_REF' },
  { dct: SAT, sentence: 'The country is now in recession.', expr: 'now', value: 'PRESENT_REF' },
  // Around a year end
  { dct: NEWYEAR, sentence: 'The president said Friday that the economy was strong.', expr: 'Friday', value: '2023-12-29' },
  { dct: NEWYEAR, sentence: 'Markets closed lower on Sunday.', expr: 'Sunday', value: '2023-12-31' },
  { dct: NEWYEAR, sentence: 'The ministry will announce the figures on Friday.', expr: 'Friday', value: '2024-01-05' },
  { dct: NEWYEAR, sentence: 'Exports rose in December, officials said.', expr: 'December', value: '2023-12' },
  { dct: NEWYEAR, sentence: 'Parliament will reconvene next week.', expr: 'next week', value: '2024-W02' },
  { dct: NEWYEAR, sentence: 'Last week, the army launched an offensive.', expr: 'Last week', value: '2023-W52' },
  { dct: NEWYEAR, sentence: 'Sales fell last month.', expr: 'last month', value: '2023-12' },
  { dct: NEWYEAR, sentence: 'The company reported record profits last year.', expr: 'last year', value: '2023' },
  { dct: NEWYEAR, sentence: 'The rebels attacked on Dec. 28.', expr: 'Dec. 28', value: '2023-12-28' },
  { dct: NEWYEAR, sentence: 'A vote is expected on Jan. 15.', expr: 'Jan. 15', value: '2024-01-15' },
  { dct: NEWYEAR, sentence: 'Fourth-quarter results were released by the bank.', expr: 'Fourth-quarter', value: '2023-Q4' },
  // Around a month end
  { dct: MONTHEND, sentence: 'The minister resigned on Monday.', expr: 'Monday', value: '2023-02-27' },
  { dct: MONTHEND, sentence: 'The bank raised rates Tuesday.', expr: 'Tuesday', value: '2023-02-28' },
  { dct: MONTHEND, sentence: 'The report comes out Thursday.', expr: 'Thursday', value: '2023-03-02' },
  { dct: MONTHEND, sentence: 'The decision was made last month.', expr: 'last month', value: '2023-02' },
  { dct: MONTHEND, sentence: 'The talks collapsed on Feb. 28.', expr: 'Feb. 28', value: '2023-02-28' },
  // ISO week 53
  { dct: W53, sentence: 'The vaccine rollout began this week.', expr: 'this week', value: '2020-W53' },
  { dct: W53, sentence: 'The law was passed on Tuesday.', expr: 'Tuesday', value: '2020-12-29' },
  { dct: W53, sentence: 'New rules take effect on Monday.', expr: 'Monday', value: '2021-01-04' },
  // Newswire (TimeML-style)
  { dct: WIRE, sentence: "Analysts said the company's profit rose 10% in the fourth quarter.", expr: 'the fourth quarter', value: '1997-Q4' },
  { dct: WIRE, sentence: 'The Dow Jones industrial average fell 20 points Thursday.', expr: 'Thursday', value: '1998-02-26' },
  { dct: WIRE, sentence: 'Shares closed at $35 yesterday.', expr: 'yesterday', value: '1998-02-26' },
  { dct: WIRE, sentence: 'The company will report earnings next month.', expr: 'next month', value: '1998-03' },
  { dct: WIRE, sentence: 'The merger was announced in January.', expr: 'January', value: '1998-01' },
  { dct: WIRE, sentence: 'The plant was closed in 1995 after a fire.', expr: '1995', value: '1995' },
  { dct: WIRE, sentence: 'Unemployment was 5% a year ago.', expr: 'a year ago', value: '1997' },
  { dct: WIRE, sentence: 'The stock has fallen 20% this year.', expr: 'this year', value: '1998' },
  { dct: WIRE, sentence: 'Last March, the company acquired a rival.', expr: 'Last March', value: '1997-03' },
  { dct: WIRE, sentence: 'Sales rose 5% in 1997 from 1996.', expr: '1996', value: '1996' },
  { dct: WIRE, sentence: 'The offer expires March 15, the company said.', expr: 'March 15', value: '1998-03-15' },
  { dct: WIRE, sentence: 'The deal closed on Feb. 2.', expr: 'Feb. 2', value: '1998-02-02' },
  { dct: WIRE, sentence: 'Until 1990, the country was ruled by the military.', expr: '1990', value: '1990' },
  { dct: WIRE, sentence: "The company's shares rose in early trading today.", expr: 'today', value: '1998-02-27' },
  { dct: WIRE, sentence: 'The index closed at a record on Tuesday, Feb. 24.', expr: 'Feb. 24', value: '1998-02-24' },
  // Durations and sets are not dates
  { dct: WIRE, sentence: 'The company has cut 3,000 jobs over the past year.', expr: 'the past year', value: '1997', why: 'newswire annotation dates "the past year" like "last year"' },
  { dct: WIRE, sentence: 'The strike lasted three weeks.', expr: 'three weeks', value: 'P3W', type: 'DURATION' },
  { dct: WIRE, sentence: 'Mr. Smith, 45 years old, will become chairman.', expr: '45 years old', value: 'P45Y', type: 'DURATION' },
  { dct: WIRE, sentence: 'The council meets every Monday.', expr: 'every Monday', value: 'XXXX-WXX-1', type: 'SET' },
  { dct: WIRE, sentence: 'The dividend is paid quarterly.', expr: 'quarterly', value: 'P3M', type: 'SET' },
  // No publication date: relative expressions are not placed, written dates still are
  { dct: null, sentence: 'Officials met on Friday.', expr: 'Friday', value: 'XXXX-WXX-5' },
  { dct: null, sentence: 'The vote was held on Sept. 8, 2023.', expr: 'Sept. 8, 2023', value: '2023-09-08' },
];

// Possessive weekdays name a day already past, even under a modal.
TIMEX_CASES.push(
  { dct: '2024-05-10', sentence: "Lawyers said they would try to overturn Wednesday's verdict on appeal.", expr: 'Wednesday', value: '2024-05-08' },
  { dct: SAT, sentence: "Thursday's closing price was the lowest in a year.", expr: 'Thursday', value: '2023-09-07' },
  { dct: '2023-10-30', sentence: 'Ms. Alvarez will succeed Tom Reed as chair Feb. 1.', expr: 'Feb. 1', value: '2024-02-01', why: '"succeed" is not a past tense; the nearest Feb. 1' },
  { dct: '1989-10-30', sentence: 'The lenders extended loans through January.', expr: 'January', value: '1990-01', why: '"through" marks an end point' },
  { dct: '2023-10-27', sentence: 'The regulator asked the bank to reply by Oct. 31.', expr: 'Oct. 31', value: '2023-10-31' },
  { dct: '2020-10-25', sentence: 'The paper argued in a column on Monday, Oct. 26:', expr: 'Monday, Oct. 26', value: '2020-10-26', why: 'the weekday fixes the year' },
  { dct: '2023-10-26', sentence: 'Third-quarter revenue fell 8% to $2.4 billion from $2.6 billion a year ago.', expr: 'a year ago', value: '2022-Q3', why: 'earnings copy: same quarter a year earlier' },
  { dct: '1989-11-01', sentence: 'Net income rose in the quarter.', expr: 'the quarter', value: '1989-Q3', why: 'the last completed quarter' },
  { dct: '2023-12-03', sentence: 'The clean-up work started in February this year.', expr: 'February this year', value: '2023-02' },
  { dct: '1990-08-15', sentence: 'The talks will resume after the weekend.', expr: 'the weekend', value: '1990-W33-WE' },
  { dct: '1990-08-15', sentence: 'Troops arrived over the weekend.', expr: 'the weekend', value: '1990-W32-WE' },
);

// An explicit past tense looks back as far as it must; end points and infinitives look ahead.
TIMEX_CASES.push(
  { dct: '2005-12-15', sentence: 'Voters included Sunni Arabs who had snubbed an election in January.', expr: 'January', value: '2005-01' },
  { dct: '2005-12-15', sentence: "Ministers praised a plan to thwart attacks that killed almost 40 people during January's election.", expr: 'January', value: '2005-01' },
  { dct: '2024-02-13', sentence: 'The airline will add flights between Lisbon and Boston by August.', expr: 'August', value: '2024-08' },
  { dct: '2024-02-10', sentence: 'The council has decided to open the new bridge in early March.', expr: 'early March', value: '2024-03' },
  { dct: '2006-11-23', sentence: 'Population will reach 9 billion by the year 2050.', expr: 'the year 2050', value: '2050' },
);

// Holidays and spelled-out years.
TIMEX_CASES.push(
  { dct: '1999-11-20', sentence: 'Families will gather on Thanksgiving Day.', expr: 'Thanksgiving Day', value: '1999-11-25' },
  { dct: '2024-01-02', sentence: 'The rebels attacked on Christmas Eve.', expr: 'Christmas Eve', value: '2023-12-24' },
  { dct: '2023-09-09', sentence: 'The strike began after Labor Day.', expr: 'Labor Day', value: '2023-09-04' },
  { dct: '1998-01-20', sentence: 'The law passed in nineteen ninety-six.', expr: 'nineteen ninety-six', value: '1996' },
  { dct: '1989-10-26', sentence: 'Net income was $5 million, up from $3 million a year earlier.', expr: 'a year earlier', value: '1988' },
);

// A plan told in the past: the planning is past, the thing planned may lie on either side of the
// article, so the nearest such day wins (newswire annotation agrees).
TIMEX_CASES.push(
  { dct: '2024-03-15', sentence: 'Protesters planned a large rally outside parliament on Saturday.', expr: 'Saturday', value: '2024-03-16' },
  { dct: '2024-03-15', sentence: 'The delegation planned to fly to Geneva on Monday for the talks.', expr: 'Monday', value: '2024-03-18' },
  { dct: '2024-03-17', sentence: 'A vigil planned for Saturday drew hundreds of mourners.', expr: 'Saturday', value: '2024-03-16' },
  { dct: '2024-03-13', sentence: 'The cargo ship was due to dock in Rotterdam on Thursday.', expr: 'Thursday', value: '2024-03-14' },
  { dct: '2024-03-11', sentence: 'Organisers had scheduled a news conference for Tuesday.', expr: 'Tuesday', value: '2024-03-12' },
  { dct: '2024-03-15', sentence: 'The firm held a news conference on Tuesday.', expr: 'Tuesday', value: '2024-03-12', why: 'a plain past tense still looks back' },
  // "as early as" a weekday: the earliest of days still ahead, unless told in the past.
  { dct: '2024-03-11', sentence: 'The envoy could arrive in Kyiv as early as Tuesday.', expr: 'Tuesday', value: '2024-03-12' },
  { dct: '2024-03-11', sentence: 'The shipment may land as soon as Friday, officials said.', expr: 'Friday', value: '2024-03-15' },
  { dct: '2024-03-17', sentence: 'Crowds gathered as early as Friday to see the procession.', expr: 'Friday', value: '2024-03-15' },
);
