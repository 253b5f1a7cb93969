/**
 * Closed-class word lists the rule layer needs: these are grammar of news English (titles, name
 * heads, honorifics), not names. Names themselves come from compromise's lexicon and world-countries.
 * All entries lower-case.
 */

const set = (s: string): Set<string> => new Set(s.trim().split(/\s*\|\s*|\s*\n\s*/).filter(Boolean));

/** Honorifics stay inside the name span ("Mr. Kim", "Mr Putin"). */
export const HONORIFICS = set('mr | mrs | ms | miss | mx | dr | sir | dame | lord | lady | madam | mme | mlle | herr | frau | sen | rep | gov | gen | lt | col | maj | capt | cpl | sgt | adm | prof | rev | fr | st');
/** Of these, only the social ones keep the span; military/political abbreviations are titles. */
export const SPAN_HONORIFICS = set('mr | mrs | ms | miss | mx | dr | sir | dame | lord | lady | madam | mme | mlle | herr | frau | prof | rev');

/** Capitalised job titles written before a name; kept as the mention's role, outside the span. */
export const TITLES = set(`
president | vice | premier | prime | minister | secretary | chancellor | king | queen | prince | princess | emperor | empress | pope | cardinal | archbishop | bishop
| general | gen | colonel | col | major | maj | captain | capt | lieutenant | lt | sergeant | sgt | admiral | adm | commander | marshal | corporal | private
| senator | sen | representative | rep | congressman | congresswoman | governor | gov | mayor | chairman | chairwoman | chair | chief | executive | director | judge | justice
| ambassador | envoy | deputy | assistant | associate | acting | former | foreign | defense | defence | finance | interior | trade | health | home | state | economy | energy | justice
| commerce | treasury | labor | labour | education | agriculture | culture | transport | environment | security | intelligence | information | communications
| coach | manager | leader | speaker | spokesman | spokeswoman | spokesperson | sheikh | sheik | crown | supreme | first | lady | attorney | prosecutor | inspector | superintendent
| professor | prof | dr | doctor | officer | ceo | cfo | coo | cto | chief | founder | co-founder | head | dean | rector | mufti | ayatollah | grand | imam | rabbi | reverend | rev
| detective | constable | chancellor | counsel | solicitor | auditor | comptroller | undersecretary | under | vp | premier | mp | mep | lawmaker | rapporteur
| striker | midfielder | defender | goalkeeper | forward | quarterback | pitcher | champion | world | no. | number | majority | minority | whip
`);

/** Lower-case role nouns directly before a name ("analyst Andrei Lankov", "leader Kim Jong Un"). */
export const ROLE_NOUNS = set(`
analyst | leader | president | minister | spokesman | spokeswoman | spokesperson | professor | official | officer | chairman | chairwoman | chief | director
| executive | economist | strategist | researcher | expert | scientist | lawyer | attorney | prosecutor | judge | senator | lawmaker | legislator | governor | mayor
| ambassador | envoy | diplomat | general | commander | coach | manager | striker | midfielder | defender | goalkeeper | captain | player | star | champion | rival
| author | writer | editor | reporter | correspondent | columnist | journalist | photographer | actor | actress | singer | rapper | musician | artist | director | producer
| founder | co-founder | ceo | cfo | chancellor | premier | dictator | king | queen | prince | princess | pope | candidate | nominee | challenger | incumbent | opponent
| activist | campaigner | dissident | defector | scholar | historian | fellow | consultant | adviser | advisor | aide | secretary | deputy | counterpart | predecessor | successor
| colleague | partner | investor | billionaire | tycoon | businessman | businesswoman | entrepreneur | banker | trader | farmer | worker | resident | witness | victim | suspect
| defendant | plaintiff | teammate | wife | husband | son | daughter | brother | sister | father | mother | uncle | aunt | cousin | grandson | granddaughter | grandfather | grandmother
`);

/** Last word that makes a capitalised sequence an organization. */
export const ORG_HEADS = set(`
party | council | agency | university | ministry | bank | committee | commission | times | post | news | guards | guard | army | navy | corps | corp | corporation
| inc | ltd | llc | plc | co | group | association | institute | institution | foundation | federation | union | league | club | fc | airlines | airline | airways | motors
| department | office | bureau | court | parliament | congress | senate | assembly | politburo | police | service | services | network | fund | organization | organisation
| company | companies | holdings | partners | capital | exchange | reserve | board | authority | school | college | academy | hospital | church | cabinet | command
| forces | force | front | brigade | brigades | movement | alliance | coalition | society | trust | journal | tribune | herald | gazette | telegraph | chronicle | press
| broadcasting | television | radio | channel | studios | records | pictures | entertainment | technologies | technology | systems | industries | industry | energy
| petroleum | oil | pharmaceuticals | labs | laboratories | enterprises | securities | investments | insurance | bancorp | financial | group | agency | secretariat
| directorate | administration | regime | government | junta | militia | brotherhood | cartel | gang | team | orchestra | band | magazine | daily | weekly | review
| newsroom | desk | observatory | watch | international | institute | centre | center | council | tribunal | mission | commissariat | inspectorate | ministry | embassy | consulate
| federal | fund | fbi | cia | nasa | taliban | hamas | hezbollah | nato | opec
| sas | sa | ag | se | nv | gmbh | spa | ab | asa | oyj | bv | kk | pty | pte | bhd | srl
`);

/** Last word that makes a capitalised sequence a place. */
export const PLACE_HEADS = set(`
square | street | st | avenue | ave | road | rd | boulevard | lane | highway | peninsula | river | sea | ocean | bay | gulf | island | islands | isles | mountain | mountains
| mount | lake | valley | strait | straits | canal | province | county | district | region | park | bridge | desert | coast | village | town | city | heights | hills | plain
| plains | plateau | basin | delta | forest | falls | harbour | harbor | port | cape | peak | range | archipelago | territory | territories | prefecture | oblast
| emirate | republic | kingdom | krai | governorate | airport | stadium | arena | palace | station | border | corridor | zone | canyon | glacier | reef | beach
| quarter | borough | township | municipality | metropolis | continent
`);
/** First word that makes a capitalised sequence a place ("Mount Everest", "Lake Geneva"). */
export const PLACE_FIRST = set('mount | mt | lake | gulf | cape | port | fort | isle | san | santa | sao | saint | st | los | las | el | new | north | south | east | west | upper | lower | greater');

/** Single words that name governments or institutions by metonymy. */
export const ORG_NAMES = set('fed | kremlin | pentagon | vatican | politburo | knesset | bundestag | duma | congress | parliament | senate | interpol | europol | taliban | hamas | hezbollah | reuters | bloomberg | xinhua | yonhap | kyodo | tass | interfax | ria | nasa | nato | opec | unicef | unesco | fifa | uefa | asean');
/** Multi-word metonyms ("White House", "Downing Street"). */
export const ORG_PHRASES = set('white house | downing street | blue house | elysee palace | élysée palace | elysee | élysée | quai d\'orsay | state council | wall street journal | new york times | washington post | associated press | agence france presse | agence france-presse');

/** Capitalised names of events, holidays and phenomena: entities of type other, never people. */
export const OTHER_NAMES = set(`covid | covid-19 | brexit | internet | web | olympics | paralympics | christmas | easter | ramadan | eid | hanukkah | diwali | thanksgiving | halloween | passover | lent | advent | holocaust | renaissance | bitcoin | ebola | zika | omicron | delta
| world cup | cold war | world war | olympic games | super bowl | grand prix | tour de france | world series | new year`);

/** Last words of named events, contests and awards ("Asian Cup", "Nobel Peace Prize", "Rose Bowl"): type other. */
export const EVENT_HEADS = set('cup | cups | prize | award | awards | trophy | bowl | series | open | championship | championships | games | olympiad | festival | war | marathon | derby | classic');

/** Known news agencies by acronym (also used to read datelines). */
export const AGENCIES: Record<string, string> = {
  AP: 'Associated Press', AFP: 'Agence France-Presse', UPI: 'United Press International', DPA: 'Deutsche Presse-Agentur', ANSA: 'ANSA',
  KCNA: 'Korean Central News Agency', PTI: 'Press Trust of India', EFE: 'EFE', BBC: 'British Broadcasting Corporation', CNN: 'CNN',
};

/** All-caps tokens that are not entities (units, currencies, titles, common initialisms). */
export const NON_ENTITY_ACRONYMS = set(`
ceo | cfo | coo | cto | cio | gdp | gnp | tv | am | pm | ok | id | dna | rna | hiv | aids | covid | sars | ipo | etf | cpi | ppi | vat | usd | eur | gbp | jpy | cny | yuan
| est | edt | gmt | utc | bst | pst | pdt | cst | cdt | cet | ad | bc | fm | ppm | mph | kph | km | kg | mw | gw | kw | bbl | lng | lpg | suv | ev | evs | ai | it | pc | pcs
| faq | pdf | url | www | re | ps | vs | nb | no | op | ed | q1 | q2 | q3 | q4 | h1 | h2 | rip | tba | tbd | asap | diy | vip | mvp | phd | mba | ma | ba | bsc | msc | md | rn
| icbm | icbms | slbm | mlrs | ied | ieds | uav | uavs | covid-19 | ceos | gdp | lgbt | lgbtq | esg | m&a | ytd | yoy | qoq | mom | eps | roi | ebitda | nav | aum | i | ii | iii | iv | v | vi
`);

/** Function words that never start or end a name span. */
export const DETERMINERS = set('the | a | an | this | that | these | those | its | his | her | their | our | my | your | every | each | some | any | no | another | both | all | such');

/** Lower-case particles allowed inside names ("Ludwig van Beethoven", "Osama bin Laden"). */
export const NAME_PARTICLES = set('van | von | der | den | de | del | della | di | da | dos | das | du | la | le | bin | ibn | al | el | ben | y | zu | ter | ten');

/** Heads that take an "of" complement inside a name ("Bank of England", "Republic of Korea"). */
export const OF_HEADS = set(`
bank | university | republic | kingdom | ministry | department | secretary | minister | gulf | bay | sea | isle | island | islands | cape | duke | duchess | earl | prince
| princess | king | queen | church | college | institute | museum | council | court | federation | union | state | states | commonwealth | emirate | emirates | sultanate
| province | city | port | straits | strait | board | chamber | house | league | order | academy | school | office | bureau | commission | committee | organization | organisation
| association | society | federal | central | people's | united | democratic | principality | governor | mayor | president | chancellor | director | chief | head
`);

/** Words that look capitalised at a sentence start but are not names when alone there. */
export const MONTHS_DAYS = set('january | february | march | april | may | june | july | august | september | october | november | december | jan | feb | mar | apr | jun | jul | aug | sep | sept | oct | nov | dec | monday | tuesday | wednesday | thursday | friday | saturday | sunday | mon | tue | tues | wed | thu | thur | thurs | fri | sat | sun | today | tonight | yesterday | tomorrow');
