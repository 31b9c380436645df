/**
 * How a figure's words bound its value. `exact` "45"; `at-least` "at least 100";
 * `more-than` "more than 100", "over 50,000"; `at-most` "up to 30", `fewer-than` "fewer
 * than 10"; `about` "some 100", "about 2,000", "nearly 50"; `range` "20 to 30"; `vague`
 * "dozens", "hundreds", "scores".
 */
export type FigureQualifier = 'exact' | 'at-least' | 'more-than' | 'at-most' | 'fewer-than' | 'about' | 'range' | 'vague';

/** A number a claim states, as the range of values its words allow. */
export interface Figure {
  /** The words as the text has them ("at least 100", "dozens", "20 to 30"). */
  phrase: string;
  qualifier: FigureQualifier;
  /** Smallest value the words allow, inclusive; null when they set no lower bound. */
  low: number | null;
  /** Largest value the words allow, inclusive; null when they set no upper bound. */
  high: number | null;
  /** Id of a counted thing of the project (killed, wounded, troops…), or '' when not known. */
  counted: string;
  /** Who is counted (an entity of the project), when the analyst says so. */
  countedEntityId: string | null;
}

/** Who the article says made the claim. */
export interface Attribution {
  /** The words that attribute it ("the coalition said", "according to the Syrian Observatory for Human Rights"). */
  phrase: string;
  /** The source as named ("the coalition", "a US military official"). */
  source: string;
  /** The entity of the project the source is, where it names one. */
  entityId: string | null;
}

/** Something a figure counts: a small list each project can edit. `terms` are the words that propose it. */
export interface CountedThing {
  id: string;
  label: string;
  terms: string[];
  /** Sort key: the list shows in this order. A number, so moving one row changes only that row. */
  order: number;
}

export const DEFAULT_COUNTED_THINGS: readonly CountedThing[] = [
  { id: 'killed', label: 'Killed', terms: ['killed', 'dead', 'died', 'deaths', 'death toll', 'killing', 'lives', 'bodies', 'fatalities'], order: 1 },
  { id: 'wounded', label: 'Wounded', terms: ['wounded', 'injured', 'injuries', 'hurt', 'casualties'], order: 2 },
  { id: 'troops', label: 'Troops', terms: ['troops', 'soldiers', 'fighters', 'personnel', 'strong', 'militants', 'forces'], order: 3 },
  { id: 'rounds', label: 'Rounds', terms: ['rounds', 'shells', 'rockets', 'missiles', 'mortars', 'strikes', 'air strikes'], order: 4 },
  { id: 'barrels-per-day', label: 'Barrels per day', terms: ['barrels per day', 'barrels a day', 'bpd'], order: 5 },
];
