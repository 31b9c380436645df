/** Words for news-like text about conflicts, politics and energy: the kind of article Crosscheck is for. */
export const PEOPLE = [
  'Ahmed al-Hassan', 'Maria Kowalski', 'James Whitfield', 'Leila Haddad', 'Omar Farouk', 'Sophie Marchand', 'Yusuf Demir',
  'Elena Petrova', 'Daniel Okafor', 'Hana Suzuki', 'Karim Benali', 'Rachel Stein', 'Tomás Ruiz', 'Amira Nasser',
  'Viktor Hale', 'Nadia Rahman', 'Lucas Ferreira', 'Ingrid Larsen', 'Samuel Mensah', 'Fatima Zahra', 'Pavel Novak',
  'Grace Liu', 'Hassan Qureshi', 'Claire Dubois', 'Mohammed Saleh', 'Anna Lindqvist', 'Idris Bello', 'Jonas Weber',
];
export const ROLES = ['spokesman', 'spokeswoman', 'commander', 'minister', 'director', 'deputy head', 'senior adviser', 'governor', 'envoy', 'analyst'];
export const ORGS = [
  'the Syrian Observatory for Human Rights', 'the Ministry of Defence', 'the United Nations', 'the Red Crescent', 'the coalition',
  'the Interior Ministry', 'the World Health Organization', 'Reuters', 'the provincial council', 'the Kurdish-led forces',
  'the national oil company', 'Amnesty International', 'the European Commission', 'the central bank', 'the army',
  'the International Committee of the Red Cross', 'the electoral commission', 'OPEC', 'the health directorate', 'the local police',
];
export const PLACES = [
  'Deir Ezzor', 'Raqqa', 'Mosul', 'Aleppo', 'Idlib', 'Kirkuk', 'Homs', 'Tripoli', 'Benghazi', 'Sanaa', 'Aden', 'Hodeidah',
  'Kharkiv', 'Mariupol', 'Donetsk', 'Gaza City', 'Rafah', 'Khartoum', 'El Fasher', 'Mogadishu', 'Kabul', 'Kandahar',
  'Abu Kamal', 'al-Omar', 'Tabqa', 'Manbij', 'Palmyra', 'Hama', 'Basra', 'Fallujah',
];
export const WEEKDAYS = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday', 'on Sunday', 'last week', 'overnight', 'earlier this month'];
export const COUNTED = ['people', 'civilians', 'fighters', 'soldiers', 'children', 'militants', 'workers', 'residents'];
export const OUTCOMES = ['killed', 'wounded', 'detained', 'displaced', 'evacuated', 'injured', 'rescued'];
export const QUALIFIERS = ['at least', 'more than', 'nearly', 'some', 'about', 'up to', 'fewer than', ''];
export const VAGUE = ['dozens of', 'hundreds of', 'scores of', 'thousands of'];
export const ACTIONS = ['captured', 'retaken', 'shelled', 'surrounded', 'entered', 'secured', 'withdrawn from', 'cleared'];
export const THINGS = ['the oil field', 'the airport', 'the main bridge', 'the power station', 'the old city', 'the border crossing', 'the hospital', 'the grain silos'];
export const SAID = ['said', 'told reporters', 'said in a statement', 'wrote on social media', 'told a news conference', 'said in an interview'];
export const FILLER = [
  'Residents described a tense night, with shops closed and roads blocked by checkpoints.',
  'The claim could not be independently verified.',
  'Aid agencies have warned for months that supplies of fuel and medicine were running low.',
  'Officials did not say when the road would reopen.',
  'The fighting has drawn in regional powers with competing interests in the area.',
  'Prices of bread and cooking gas have more than doubled since the start of the year.',
  'Several families said they had fled with little more than the clothes they wore.',
  'Talks between the two sides are expected to resume after the holiday.',
  'Satellite images published by researchers showed damage to several buildings near the river.',
  'A curfew remained in force across much of the province.',
  'Journalists were not allowed to visit the site.',
  'The statement gave no details about how the figures had been compiled.',
];
export const HEADLINES = [
  'Fighting spreads to the outskirts of', 'Aid convoy reaches', 'Officials dispute death toll in', 'Residents return to',
  'Talks stall over control of', 'Oil output recovers near', 'Strikes hit power station in', 'Curfew extended in',
];
export const OUTLETS = ['AFP', 'Reuters', 'AP', 'Al Jazeera', 'BBC News', 'The Guardian', 'Le Monde', 'Deutsche Welle', 'Kyiv Independent', 'Asharq Al-Awsat', 'The National', 'Middle East Eye'];
