import { itTypes, type TypeCase } from './run-extract';

/** Names whose type the rest of the document settles, where their own sentence gives no cue. */
const cases: TypeCase[] = [
  ['a firm named by a cue once stays a firm where the tagger guessed a surname',
    'Harrison shares rose 4 percent on Monday.\nHarrison exported 59 percent of its output, the report said.\nLast year Harrison won an order in Brazil.',
    [['Harrison', 'organization'], ['Brazil', 'place']]],
  ['a surname that is part of a full person name here is not made a firm by a cue elsewhere',
    'Harrison shares rose 4 percent on Monday.\nThe founder, Paul Harrison, said he was pleased.',
    [['Paul Harrison', 'person']]],
  ['a lone name that reports "its" profit is a firm, though the tagger knows it as a surname',
    'Harrison said its profit rose 12 percent in the first half.\nHarrison will pay a dividend in May.', [['Harrison', 'organization']]],
  ['a fixture list names clubs on both sides of "v" without naming its sport',
    'Fixtures on Saturday:\nSwinford v Harlow, Crossley v Denham, Ashby v Kenworth.\nPostponed: Moreton v Pelham.',
    [['Swinford', 'organization'], ['Harlow', 'organization'], ['Denham', 'organization'], ['Moreton', 'organization'], ['Pelham', 'organization']]],
  ['a single "v" between two names is no fixture list',
    'The judge cited Miller v Jackson in her ruling on Tuesday.', [['Miller', 'person'], ['Jackson', 'person']]],
];

describe('entities: types settled by the whole document', () => itTypes(cases));
