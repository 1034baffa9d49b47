/**
 * English UI strings: the reference every other language must match key for key
 * (the type checker enforces it). A string may have plural forms keyed by
 * Intl.PluralRules categories; `{name}` is a placeholder.
 */
export const en = {
  extensionName: 'Steppe Lens',
  extensionDescription: 'Facts about Kazakhstan, President Tokayev and the SCO on every page you read, in any language. Fully offline.',
  // Entity kinds
  kind_country: 'Country',
  kind_person: 'Person',
  kind_organisation: 'Organisation',
  kind_place: 'Place',
  kind_initiative: 'Initiative',
  kind_company: 'Company',
  kind_event: 'Event',
  kind_route: 'Route',
  // Card
  cardLabel: 'Steppe Lens: {name}',
  close: 'Close',
  readInArticle: 'Read in article',
  paragraphShort: '¶ {n}',
  paragraphLong: 'paragraph {n}',
  background: 'Background',
  backgroundNote: 'Well-established fact, not from the bundled articles; holds for {year}.',
  overTime: 'Over time',
  moreFacts: { one: 'Show {count} more fact', other: 'Show {count} more facts' },
  fewerFacts: 'Show fewer facts',
  noFacts: 'No facts about this yet.',
  loading: 'Loading…',
  sourceQuote: 'Quote from the source',
  // Popup
  searchLabel: 'Search the articles',
  searchPlaceholder: 'Search in Arabic, Hebrew, English, Russian…',
  results: { zero: 'No results', one: '{count} result', other: '{count} results' },
  noResults: 'Nothing found for “{query}”.',
  searchHint: 'Type a name, place or topic. Typos and missing diacritics are fine.',
  onThisPage: 'On this page',
  nothingOnPage: 'No mentions on this page.',
  mentions: { one: '{count} mention', other: '{count} mentions' },
  onForSite: 'On for {site}',
  offForSite: 'Off for {site}',
  offEverywhere: 'Steppe Lens is off',
  articles: 'Articles',
  openSettings: 'Settings',
  // Reader
  library: 'Library',
  backToLibrary: 'Library',
  allArticles: 'All articles',
  filterByEntity: 'Articles that mention',
  fontSize: 'Text size',
  smaller: 'Smaller text',
  larger: 'Larger text',
  nextMention: 'Next mention',
  previousMention: 'Previous mention',
  mentionOf: '{name}: {index} of {count}',
  openInTab: 'Open in a tab',
  articleNotFound: 'This article is not in the library.',
  // Settings
  settingsTitle: "Steppe Lens settings",
  enabledLabel: "Show Steppe Lens on pages",
  sitesHeading: "Sites where it is off",
  sitesEmpty: "It is on for every site.",
  addSite: "Add",
  addSitePlaceholder: "example.com",
  removeSite: "Remove {site}",
  invalidSite: "“{site}” is not a site name such as example.com.",
  entitiesHeading: "What to mark",
  hoverDelayLabel: "Hover delay before a card opens",
  milliseconds: "{n} ms",
  triggerHeading: "Open cards",
  triggerHover: "When I hover a name",
  triggerModifier: "When I hover a name while holding",
  themeHeading: "Card theme",
  themeAuto: "Follow the system",
  themeLight: "Light",
  themeDark: "Dark",
  cardLanguageHeading: "Card language",
  languageAuto: "Browser language",
  saved: "Saved",
  turnOffForSite: "Turn off on this site",
  turnOnForSite: "Turn on for this site",
  turnOnEverywhere: "Turn Steppe Lens on",
  contextMenuSearch: "Search Steppe Lens for “%s”",
  commandOpenCard: "Open the card for the selected name",
} as const;

/** Plural forms by Intl.PluralRules category; `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
type Widen<T> = T extends string ? string : PluralForms;
export type Messages = { [K in keyof typeof en]: Widen<(typeof en)[K]> };
export type MessageKey = keyof Messages;
