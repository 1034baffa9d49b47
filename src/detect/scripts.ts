/**
 * Writing systems as the detector sees them, and the generic per-script rules
 * that turn a plain alias spelling into what running text writes: clitic
 * prefixes glued before it, inflection endings glued after it, and which
 * scripts have no spaces between words. Entity data never repeats these.
 *
 * Every list here is written in plain letters; the compiler folds it (see
 * fold.ts), so "ой" is stored as the folded "ои" and "ים" as "ימ".
 */

/** Script ids: small integers so they fit in the low bits of a per-char flag byte. */
export const Script = {
  None: 0,
  Latin: 1,
  Greek: 2,
  Cyrillic: 3,
  Armenian: 4,
  Hebrew: 5,
  Arabic: 6,
  Indic: 7,
  Thai: 8,
  Georgian: 9,
  Hangul: 10,
  Kana: 11,
  Han: 12,
  Other: 13,
  Hiragana: 14,
} as const;
export type ScriptId = (typeof Script)[keyof typeof Script];

/** Code-point ranges per script (BMP only: every alias letter is in the BMP). Letters elsewhere count as non-letters. */
export const SCRIPT_RANGES: readonly [number, number, ScriptId][] = [
  [0x0041, 0x024f, Script.Latin],
  [0x0250, 0x02af, Script.Latin], // IPA extensions
  [0x1e00, 0x1eff, Script.Latin],
  [0x2c60, 0x2c7f, Script.Latin],
  [0xa720, 0xa7ff, Script.Latin],
  [0xff21, 0xff5a, Script.Latin], // fullwidth
  [0x0370, 0x03ff, Script.Greek],
  [0x1f00, 0x1fff, Script.Greek],
  [0x0400, 0x052f, Script.Cyrillic],
  [0x1c80, 0x1c8f, Script.Cyrillic],
  [0x2de0, 0x2dff, Script.Cyrillic],
  [0xa640, 0xa69f, Script.Cyrillic],
  [0x0530, 0x058f, Script.Armenian],
  [0xfb13, 0xfb17, Script.Armenian],
  [0x0590, 0x05ff, Script.Hebrew],
  [0xfb1d, 0xfb4f, Script.Hebrew],
  [0x0600, 0x06ff, Script.Arabic],
  [0x0750, 0x077f, Script.Arabic],
  [0x0870, 0x08ff, Script.Arabic],
  [0xfb50, 0xfdff, Script.Arabic],
  [0xfe70, 0xfeff, Script.Arabic],
  [0x0900, 0x0dff, Script.Indic], // Devanagari to Malayalam
  [0x0e00, 0x0eff, Script.Thai], // Thai and Lao
  [0x1000, 0x109f, Script.Thai], // Myanmar: no spaces either
  [0x1780, 0x17ff, Script.Thai], // Khmer
  [0x10a0, 0x10ff, Script.Georgian],
  [0x1c90, 0x1cbf, Script.Georgian],
  [0x2d00, 0x2d2f, Script.Georgian],
  [0x1100, 0x11ff, Script.Hangul],
  [0x3130, 0x318f, Script.Hangul],
  [0xa960, 0xa97f, Script.Hangul],
  [0xac00, 0xd7ff, Script.Hangul],
  [0xffa0, 0xffdc, Script.Hangul],
  [0x3040, 0x309f, Script.Hiragana],
  [0x30a0, 0x30ff, Script.Kana], // katakana
  [0x31f0, 0x31ff, Script.Kana],
  [0xff66, 0xff9f, Script.Kana],
  [0x2e80, 0x2fdf, Script.Han],
  [0x3005, 0x3007, Script.Han],
  [0x3021, 0x3029, Script.Han],
  [0x3038, 0x303b, Script.Han],
  [0x3400, 0x4dbf, Script.Han],
  [0x4e00, 0x9fff, Script.Han],
  [0xf900, 0xfaff, Script.Han],
  // Scripts without aliases today: known as letters so their words have boundaries.
  [0x0700, 0x07ff, Script.Other], // Syriac, Thaana, NKo
  [0x0f00, 0x0fff, Script.Other], // Tibetan
  [0x1200, 0x139f, Script.Other], // Ethiopic
  [0x13a0, 0x167f, Script.Other], // Cherokee, Canadian syllabics
  [0x1800, 0x18af, Script.Other], // Mongolian
  [0xa000, 0xa4cf, Script.Other], // Yi
];

/** The script of a letter's code unit (only meaningful for letters and marks). */
export function scriptOfCode(code: number): ScriptId {
  for (const [lo, hi, script] of SCRIPT_RANGES) if (code >= lo && code <= hi) return script;
  return Script.Other;
}

export interface ScriptRules {
  /** Upper and lower case exist: the given-name rule can use capitalisation. */
  cased: boolean;
  /** No spaces between words (Han, Kana, Thai): a name may start and end anywhere in a run. */
  substring: boolean;
  /** Katakana: the letter before and after a name must be of another script (katakana words run into each other). */
  ownRun?: boolean;
  /** Endings are checked but left out of the mention (Korean particles: 카자흐스탄의 -> 카자흐스탄). */
  detachedEndings?: boolean;
  /** Clitics glued before a name: "وبال", "ו", "מש". */
  prefixes?: readonly string[];
  /** Inflection endings glued after a name; what follows a name must be a chain of at most three of them. */
  endings?: readonly string[];
  /** A one-letter ending may only close a chain (Kasachstan+s, not Kazakh+m+y+s). */
  singleLetterLast?: boolean;
  /** Endings of surnames and patronymics: a capitalised word ending so is someone's surname, not a given name. */
  surnameEndings?: readonly string[];
  /** Endings an alias word may lose to leave its stem (languages that replace endings: Шанхайская → Шанхайской). */
  strip?: readonly string[];
  /** Strip the last word too, not only the words inside a multi-word name. */
  stripLast?: boolean;
  /**
   * Strip the last word of a multi-word name (never a one-word alias): the other words
   * keep the match specific, and Baltic and South Slavic cases replace the last
   * vowel (Šanchajaus bendradarbiavimo organizacijos, Šanghajske organizacije).
   */
  stripLastOfMany?: boolean;
  /** Words inside a multi-word name may carry endings (Касым-Жомарта Токаева, Shanghaier Organisation). */
  innerEndings?: boolean;
}

/** Arabic-script clitics: conjunction (و ف), preposition (ب ك ل), article (ال); ل + ال is written لل. */
function arabicPrefixes(): string[] {
  const out = new Set<string>();
  for (const conj of ['', 'و', 'ف']) {
    for (const prep of ['', 'ب', 'ك', 'ل']) {
      for (const art of ['', 'ال']) {
        const p = prep === 'ل' && art ? `${conj}لل` : conj + prep + art;
        if (p) out.add(p);
      }
    }
  }
  return [...out];
}

/** Hebrew prefix letters ו ה ב כ ל מ ש, up to three of them glued. */
function hebrewPrefixes(): string[] {
  const letters = ['ו', 'ה', 'ב', 'כ', 'ל', 'מ', 'ש'];
  const out: string[] = [...letters];
  for (const a of letters) for (const b of letters) out.push(a + b);
  for (const a of letters) for (const b of letters) for (const c of letters) out.push(a + b + c);
  return out;
}

// Latin: English/German/Dutch genitive and plural, Romance gender and number,
// Polish/Czech/Baltic cases, Turkic (Uzbek, Kazakh Latin, Turkish, Azerbaijani)
// and Hungarian/Finnish suffixes. Turkish puts an apostrophe before suffixes of
// proper names (Kazakistan'ın): an apostrophe ends the word, so no list needed.
const LATIN_ENDINGS = [
  's', 'es', 'e', 'en', 'er', 'em', 'ern', 'n', 'nen', 'in', 'innen', 'a', 'o', 'i', 'u', 'y', 'as', 'os', 'is', 'us', 'ys', 'ie', 'ia', 'ii',
  'ow', 'om', 'ami', 'ach', 'ego', 'emu', 'ym', 'ych', 'ymi', 'ej', 'im', 'ich', 'imi', 'ou', 'ovi', 'ove', 'eho', 'ho', 'mu',
  'da', 'de', 'ta', 'te', 'dan', 'den', 'tan', 'ten', 'ga', 'ge', 'ka', 'ke', 'qa', 'ni', 'nin', 'ning', 'nun', 'nyn', 'ny', 'dy', 'ty',
  'li', 'lik', 'lyk', 'lar', 'ler', 'lu', 'un', 'yn', 'na', 'ne', 'nda', 'nde', 'ndan', 'nden', 'ca', 'ce', 'ya', 'ye', 'yla', 'yle',
  'ban', 'ben', 'ba', 'be', 'bol', 'rol', 'tol', 'nak', 'nek', 'val', 'vel', 'hoz', 'ra', 're', 'on', 'ot', 't', 'ok', 'ek',
  'ssa', 'ista', 'lla', 'lle', 'lta', 'ksi', 'ui', 'ai', 'ul', 'm', 'owi', 'iej', 'iego', 'iemu',
  // Finnish and Estonian cases, with the linking -i- Finnish puts after a consonant (Kazakstanissa)
  // and the front-vowel forms of vowel harmony
  'ssä', 'stä', 'llä', 'ltä', 'issa', 'issä', 'illa', 'illä', 'ille', 'ilta', 'iltä', 'iksi', 'ina', 'inä', 'iä', 'ist', 'isse', 'iga', 'ile', 'il', 'ilt',
  // Azerbaijani front-vowel case forms (Tokayevə, Qazaxıstanda is already -da)
  'ə', 'də', 'dən', 'nə', 'ndə', 'ndən', 'ün', 'nün', 'lə',
  // Lithuanian locatives (organizacijoje, Kazachstane is already -e)
  'oje', 'eje', 'yje', 'ose', 'uose',
  // Kazakh (Latin script, 2021 alphabet) case and derivation suffixes
  'tyn', 'dyn', 'nyn', 'nin', 'tin', 'din', 'dagy', 'degi', 'tagy', 'tegi', 'lyq', 'dyq', 'dik', 'tyq', 'tik', 'dar', 'der', 'tar', 'ter',
  'sy', 'si', 'di', 'ti', 'men', 'pen', 'nan', 'nen',
];

// Indic scripts: each block is its own script in Unicode, so one list serves all. Hindi and
// Bengali adjective and case forms; the case endings Marathi, Nepali, Gujarati, Sinhala and
// the Dravidian languages glue to a name (each also restores a stripped final virama or -u).
const INDIC_ENDINGS = [
  // hi, bn
  'ी', 'ियों', 'ीय', 'िया', 'ের', 'ে', 'র', 'কে', 'তে',
  // mr, ne (Devanagari); Marathi puts a noun in its oblique form before a case ending
  // (संघटना -> संघटनेच्या, संघटनेत): the oblique form is an alias of its own
  'त', 'मध्ये', 'चे', 'ची', 'चा', 'च्या', 'ला', 'शी', 'ात', 'ातील', 'ने', 'कडे', 'मा', 'को', 'ले', 'लाई', 'बाट', 'सँग',
  // gu
  'માં', 'ના', 'ની', 'નું', 'ને', 'થી', 'નો', 'નાં',
  // si
  'ේ', 'ට', 'යේ', 'යට', 'යෙහි',
  // ta
  '்', 'ு', 'ில்', 'ின்', 'ை', 'ுக்கு', 'ுடன்', 'ால்', 'ிலிருந்து', 'ிடம்', 'ிய', 'ியர்', 'ின', 'ிற்கு', 'ும்', 'ியா',
  // te
  '్', 'లో', 'కు', 'తో', 'ను', 'ని', 'కి', 'పై', 'ులో', 'ుకు', 'ుతో',
  // kn
  '್', 'ದಲ್ಲಿ', 'ದ', 'ಕ್ಕೆ', 'ದೊಂದಿಗೆ', 'ವು', 'ದಿಂದ', 'ಯ', 'ಯಲ್ಲಿ', 'ಗೆ', 'ಯು',
  // ml
  '്', 'ൻ', 'നിൽ', 'ന്റെ', 'നെ', 'നുമായി', 'നും', 'നിലെ', 'യുടെ', 'യിൽ', 'യെ', 'യ്ക്ക്', 'ക്ക്', 'യും',
];

// Cyrillic: Russian, Ukrainian and Belarusian case endings; Kazakh, Kyrgyz,
// Uzbek and Tajik suffixes (with their vowel-harmony variants).
const CYRILLIC_ENDINGS = [
  // ru / uk / be
  'а', 'я', 'у', 'ю', 'ом', 'ем', 'ём', 'ой', 'ей', 'е', 'и', 'ы', 'ов', 'ев', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях', 'ым', 'им', 'ых', 'их',
  'ими', 'ыми', 'ого', 'его', 'ому', 'ему', 'ая', 'яя', 'ую', 'юю', 'ое', 'ее', 'ий', 'ый', 'ие', 'ые', 'ою', 'ею', 'ь', 'ью', 'ой',
  'і', 'ові', 'еві', 'ів', 'ій', 'ої', 'ім', 'є', 'ў', 'аў',
  // kk
  'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ға', 'ге', 'қа', 'ке', 'на', 'не', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'н', 'да', 'де', 'та',
  'те', 'нда', 'нде', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'мен', 'бен', 'пен', 'дағы', 'дегі', 'тағы', 'тегі', 'ндағы', 'ндегі',
  'лық', 'лік', 'дық', 'дік', 'тық', 'тік', 'лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'сы', 'сі', 'ша', 'ше',
  // ky
  'дын', 'дин', 'дун', 'дүн', 'тын', 'тин', 'тун', 'түн', 'нын', 'нин', 'нун', 'нүн', 'га', 'го', 'гө', 'ка', 'ко', 'кө', 'но', 'нө',
  'ди', 'ду', 'дү', 'ти', 'ту', 'тү', 'ни', 'ну', 'нү', 'до', 'дө', 'то', 'тө', 'дон', 'дөн', 'тон', 'төн', 'нон', 'нөн', 'дык', 'дик',
  'дук', 'дүк', 'тык', 'тик', 'тук', 'түк', 'лык', 'лик', 'лук', 'лүк', 'лор', 'лөр', 'дор', 'дөр', 'тор', 'төр', 'менен', 'ү', 'си', 'су', 'сү',
  'дагы', 'деги', 'догу', 'дөгү', 'тагы', 'теги', 'тогу', 'төгү', 'ндагы', 'ндеги', 'дай', 'дей', 'дой', 'дөй',
  // uz / tg
  'нинг', 'қа', 'ро', 'ҳо', 'и',
];

const HANGUL_PARTICLES = [
  '은', '는', '이', '가', '을', '를', '의', '에', '에서', '에게', '와', '과', '로', '으로', '도', '만', '까지', '부터', '이다', '이며', '인',
  '측', '산', '이나', '나', '처럼', '보다', '께서', '께', '한테', '이라', '라', '들', '서', '엔', '에는', '에선', '과는', '와는', '간', '내',
  '이었다', '였다', '이자', '이고', '과의', '와의', '에서의', '으로서', '로서', '으로의', '로의', '에도', '에서도', '과도', '와도', '뿐',
  '어', '족', '계',
];

export const SCRIPT_RULES: Record<ScriptId, ScriptRules> = {
  [Script.None]: { cased: false, substring: false },
  [Script.Latin]: {
    cased: true,
    substring: false,
    endings: LATIN_ENDINGS,
    // Only in multi-word names: a lone Latin word keeps its written form plus
    // additive endings, so a short alias never loses letters (kazak → a sweater).
    strip: ['a', 'o', 'e', 'i', 'y', 'as', 'os', 'us'],
    stripLastOfMany: true,
    innerEndings: true,
    singleLetterLast: true,
    surnameEndings: ['ov', 'ev', 'ova', 'eva', 'sky', 'ski', 'ska', 'enko', 'yan', 'dze', 'shvili', 'uly', 'ulu', 'kyzy', 'vich', 'ovna', 'evna', 'oglu', 'zade', 'ew', 'owa', 'ewa', 'ow'],
  },
  [Script.Greek]: {
    cased: true,
    substring: false,
    endings: ['ς', 'ν', 'ου', 'ος', 'ον', 'οι', 'ων', 'ους', 'α', 'ας', 'ες', 'η', 'ης', 'ι', 'ια', 'ιας', 'ιες', 'ο', 'ή', 'ής', 'ό', 'ού', 'ός'],
    strip: ['ος', 'ου', 'ον', 'οι', 'ων', 'ους', 'ας', 'ης', 'ες', 'α', 'η', 'ο', 'ι'],
    stripLast: true,
    innerEndings: true,
  },
  [Script.Cyrillic]: {
    cased: true,
    substring: false,
    endings: CYRILLIC_ENDINGS,
    strip: ['ая', 'яя', 'ое', 'ее', 'ий', 'ый', 'ой', 'ие', 'ые', 'ия', 'а', 'я', 'о', 'е', 'ы', 'и', 'і', 'ь'],
    stripLast: true,
    innerEndings: true,
    surnameEndings: ['ов', 'ев', 'ова', 'ева', 'ский', 'ская', 'енко', 'юк', 'ук', 'ян', 'дзе', 'швили', 'ұлы', 'қызы', 'улы', 'уулу', 'кызы', 'вич', 'овна', 'евна', 'єв', 'єва'],
  },
  [Script.Armenian]: { cased: true, substring: false, endings: ['ի', 'ում', 'ից', 'ը', 'ն', 'ով', 'յան', 'ին', 'ներ', 'ների', 'ական'] },
  [Script.Hebrew]: { cased: false, substring: false, prefixes: hebrewPrefixes(), endings: ['י', 'ית', 'ים', 'יות', 'יים', 'יה', 'ייה'] },
  [Script.Arabic]: {
    cased: false,
    substring: false,
    prefixes: arabicPrefixes(),
    // Arabic nisba adjective and plural, pronoun suffixes; Persian and Urdu plural/adjective forms.
    endings: [
      'ي', 'ية', 'يين', 'يون', 'يان', 'يات', 'ا', 'ها', 'هم', 'هما', 'كم', 'نا', 'ه', 'ون', 'ين', 'ان', 'ات', 'اي', 'يي', 'ں', 'وں', 'ے',
      // Uyghur case suffixes (قازاقىستاننىڭ, قازاقىستاندا)
      'نىڭ', 'دا', 'تا', 'غا', 'قا', 'دىن', 'تىن', 'نى', 'لىق',
    ],
  },
  [Script.Indic]: {
    cased: false,
    substring: false,
    endings: INDIC_ENDINGS,
    // A final virama or Malayalam chillu gives way to the vowel sign of a glued case ending
    // (கசக்கஸ்தான் → கசக்கஸ்தானில், കസാഖ്സ്ഥാൻ → കസാഖ്സ്ഥാനിൽ), as does Tamil's final -u (அமைப்பு → அமைப்பின்).
    strip: ['்', '్', '್', '്', 'ൻ', 'ு'],
    stripLast: true,
    innerEndings: true,
  },
  [Script.Thai]: { cased: false, substring: true },
  [Script.Georgian]: {
    cased: false,
    substring: false,
    endings: ['ი', 'ის', 'ში', 'მა', 'ს', 'თან', 'ისთვის', 'ით', 'იდან', 'ზე', 'ად', 'ელი', 'ური', 'ა'],
    strip: ['ი', 'ა'],
    stripLast: true,
  },
  [Script.Hangul]: { cased: false, substring: false, endings: HANGUL_PARTICLES, detachedEndings: true },
  [Script.Kana]: { cased: false, substring: true, ownRun: true },
  [Script.Han]: { cased: false, substring: true },
  [Script.Other]: { cased: false, substring: false },
  [Script.Hiragana]: { cased: false, substring: true },
};

/** A chain of at most this many endings may follow a name. */
export const MAX_ENDINGS = 3;
/** ...and spell at most this many letters. */
export const MAX_ENDING_LETTERS = 10;
/** A stem left after stripping an ending keeps at least this many letters. */
export const MIN_STEM = 3;
