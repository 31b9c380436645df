/**
 * Verbs by which English news text reports what a source said. Lowercase only: a capitalised
 * "States" or "Reports" is a name or a headline word, not a verb.
 *
 * Left out on purpose: "reports" and "states" (nouns far more often: "media reports said",
 * "the United States") and "declared" ("declared victory" is a deed, not a claim). Bare forms
 * ("say", "deny") are in for plural speakers ("officials say"); "could not confirm" and "appeared
 * to deny" are turned away later because a speaker never ends in "not" or "to".
 */
export const ATTRIBUTION_VERBS: readonly string[] = [
  'said', 'says', 'say',
  'claimed', 'claims', 'claim',
  'stated',
  'told', 'tells',
  'reported',
  'confirmed', 'confirms', 'confirm',
  'denied', 'denies', 'deny',
  'announced', 'announces',
  'estimated', 'estimates', 'estimate',
  'added', 'adds',
  'insisted', 'insists',
  'warned', 'warns',
  'noted', 'notes',
  'acknowledged', 'admitted', 'alleged', 'asserted', 'explained', 'wrote', 'tweeted',
];

/**
 * Words that sit between a speaker and the verb without being part of the speaker:
 * "the ministry also said", "the US has stated", "which only confirmed".
 */
export const VERB_MODIFIERS: readonly string[] = [
  'has', 'have', 'had', 'also', 'only', 'later', 'earlier', 'previously', 'separately', 'further',
  'again', 'repeatedly', 'initially', 'subsequently', 'officially', 'publicly', 'reportedly',
];

/** Pronoun speakers: no analyst can link "it" or "she" to an entity from the sentence alone. */
export const PRONOUN_SPEAKERS: readonly string[] = ['it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that'];
