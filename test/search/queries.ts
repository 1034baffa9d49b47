/**
 * Labeled queries over the bundled articles, each checked by reading the text:
 * `article` and `paragraph` name the paragraph a reader typing the query wants.
 * `also` lists paragraphs that answer the query just as well (the same phrase
 * or the same pair of names occurs in both); a hit on any of them counts.
 *
 * Articles: A0 000_b209… Reuters (ar), A1 001_eea8… Al-Wehda (ar),
 * A2 002_b9df… PRNewswire (he), A3 003_d37b… Xinhua (ar), A4 004_fefb… Xinhua 2016 (ar).
 */
export type QueryKind =
  | 'phrase' // exact phrase from the text
  | 'prefix' // last word only partly typed
  | 'typo' // misspelled word
  | 'spelling' // missing diacritics, other alef/hamza/ta marbuta/ya form, niqqud, geresh
  | 'clitic' // Arabic proclitic or Hebrew prefix letter that differs from the text
  | 'entity' // entity named in another script or spelling than the text
  | 'translit' // name the text writes in another script, not a listed entity
  | 'number';

export interface LabeledQuery {
  q: string;
  lang: 'ar' | 'he' | 'en' | 'ru';
  kind: QueryKind;
  article: string;
  paragraph: number;
  also?: ReadonlyArray<readonly [article: string, paragraph: number]>;
}

const A0 = '000_b209a1a918feb129';
const A1 = '001_eea8bf7e9488cf70';
const A2 = '002_b9df2e1b7dc3a547';
const A3 = '003_d37bea9b1dcd7ee6';
const A4 = '004_fefb1096909d5d87';

export const QUERIES: LabeledQuery[] = [
  // Arabic: exact phrases
  { q: 'البقوليات ولحم البقر', lang: 'ar', kind: 'phrase', article: A0, paragraph: 12 },
  { q: 'فيروس كورونا', lang: 'ar', kind: 'phrase', article: A0, paragraph: 14 },
  { q: 'الفناء الخلفي لروسيا', lang: 'ar', kind: 'phrase', article: A0, paragraph: 5 },
  { q: 'محطة الأبحاث القمرية الدولية', lang: 'ar', kind: 'phrase', article: A1, paragraph: 15 },
  { q: 'قوى الشر الثلاثة', lang: 'ar', kind: 'phrase', article: A1, paragraph: 28 },
  { q: 'مصنع كوستاناي لصناعة الحبوب', lang: 'ar', kind: 'phrase', article: A1, paragraph: 17 },
  { q: 'طريق النقل الدولي عبر قزوين', lang: 'ar', kind: 'phrase', article: A1, paragraph: 37 },
  { q: 'مقابلة مكتوبة حصرية', lang: 'ar', kind: 'phrase', article: A3, paragraph: 3 },
  { q: 'مجتمع مصير مشترك للبشرية', lang: 'ar', kind: 'phrase', article: A3, paragraph: 13 },
  { q: 'الذكرى ال95 لتأسيس الحزب الشيوعي', lang: 'ar', kind: 'phrase', article: A4, paragraph: 12 },
  { q: 'عام السياحة الصينية', lang: 'ar', kind: 'phrase', article: A4, paragraph: 9 },
  { q: 'الهندسة الكيماوية', lang: 'ar', kind: 'phrase', article: A4, paragraph: 14 },
  { q: 'قمة منظمة شنغهاي', lang: 'ar', kind: 'phrase', article: A1, paragraph: 6 },

  // Arabic: last word still being typed
  { q: 'البقولي', lang: 'ar', kind: 'prefix', article: A0, paragraph: 12 },
  { q: 'الإرهاب والانفصال', lang: 'ar', kind: 'prefix', article: A1, paragraph: 28 },
  { q: 'الأقمار الصناع', lang: 'ar', kind: 'prefix', article: A1, paragraph: 13 },
  { q: 'البروتوكولات البيط', lang: 'ar', kind: 'prefix', article: A1, paragraph: 14 },
  { q: 'نقطة تفتيش ثال', lang: 'ar', kind: 'prefix', article: A3, paragraph: 6 },
  { q: 'قمة طشق', lang: 'ar', kind: 'prefix', article: A4, paragraph: 11 },
  { q: 'مقابلة مكت', lang: 'ar', kind: 'prefix', article: A3, paragraph: 3 },

  // Arabic: typos
  { q: 'البقوليت', lang: 'ar', kind: 'typo', article: A0, paragraph: 12 },
  { q: 'فيروس كرونا', lang: 'ar', kind: 'typo', article: A0, paragraph: 14 },
  { q: 'الهندسه الكيمائية', lang: 'ar', kind: 'typo', article: A4, paragraph: 14 },
  { q: 'مقابله مكتوبه حصريه', lang: 'ar', kind: 'spelling', article: A3, paragraph: 3 },
  { q: 'البروتوكولات البيترية', lang: 'ar', kind: 'typo', article: A1, paragraph: 14 },

  // Arabic: diacritics, hamza/alef, ta marbuta, alef maqsura, tatweel
  { q: 'محطه الابحاث القمريه', lang: 'ar', kind: 'spelling', article: A1, paragraph: 15 },
  { q: 'اسهامات كبيره لضمان الامن', lang: 'ar', kind: 'spelling', article: A3, paragraph: 14 },
  { q: 'الاستثمار فى الاقتصاد الكازاخستانى', lang: 'ar', kind: 'spelling', article: A1, paragraph: 32 },
  { q: 'رُوحِ الشَّرَاكَةِ', lang: 'ar', kind: 'spelling', article: A1, paragraph: 28 },
  { q: 'الاجتماع الـــ24 لمجلس رؤساء', lang: 'ar', kind: 'spelling', article: A3, paragraph: 2 },
  { q: 'تهانية الحاره', lang: 'ar', kind: 'spelling', article: A4, paragraph: 12 },
  { q: 'كوستاناى', lang: 'ar', kind: 'spelling', article: A1, paragraph: 17 },

  // Arabic: clitics that differ from the text
  { q: 'وقيرغيزستان', lang: 'ar', kind: 'clitic', article: A0, paragraph: 6 },
  { q: 'بطاجيكستان', lang: 'ar', kind: 'clitic', article: A0, paragraph: 6 },
  { q: 'بالمختبرات', lang: 'ar', kind: 'clitic', article: A1, paragraph: 13 },
  { q: 'لأوزبكستان', lang: 'ar', kind: 'clitic', article: A0, paragraph: 6 },
  { q: 'والحوكمة العالمية', lang: 'ar', kind: 'clitic', article: A1, paragraph: 18 },
  { q: 'وكازاخستان وقيرغيزستان', lang: 'ar', kind: 'clitic', article: A0, paragraph: 6 },
  { q: 'للمختبرات المشتركة', lang: 'ar', kind: 'clitic', article: A1, paragraph: 13 },

  // Hebrew: exact phrases
  { q: 'שטיח כחול', lang: 'he', kind: 'phrase', article: A2, paragraph: 2 },
  { q: 'חוות הרוח', lang: 'he', kind: 'phrase', article: A2, paragraph: 9 },
  { q: 'שנת התיירות הסינית', lang: 'he', kind: 'phrase', article: A2, paragraph: 14 },
  { q: 'מעצמה בינונית', lang: 'he', kind: 'phrase', article: A2, paragraph: 15 },
  { q: 'נפט גולמי', lang: 'he', kind: 'phrase', article: A2, paragraph: 7 },
  { q: 'דרך המשי העתיקה', lang: 'he', kind: 'phrase', article: A2, paragraph: 4 },
  { q: 'ארגון שנגחאי לשיתוף פעולה', lang: 'he', kind: 'phrase', article: A2, paragraph: 16 },

  // Hebrew: prefixes, typos, spelling, prefix letters
  { q: 'כלכלות בעלות פחמ', lang: 'he', kind: 'prefix', article: A2, paragraph: 9 },
  { q: 'מינרלים קריטי', lang: 'he', kind: 'prefix', article: A2, paragraph: 11 },
  { q: 'יישום סדנת Lub', lang: 'he', kind: 'prefix', article: A2, paragraph: 12 },
  { q: 'אלקטרוניקה ומוצרי צריקה', lang: 'he', kind: 'typo', article: A2, paragraph: 7 },
  { q: 'סטודנטים קזחיים', lang: 'he', kind: 'typo', article: A2, paragraph: 2 },
  { q: 'נֵפְט גּוֹלְמִי', lang: 'he', kind: 'spelling', article: A2, paragraph: 7 },
  { q: 'האו״ם', lang: 'he', kind: 'spelling', article: A2, paragraph: 16 },
  { q: 'בייגינג באוקטובר', lang: 'he', kind: 'spelling', article: A2, paragraph: 3 },
  { q: 'לשגריר קזחסטן', lang: 'he', kind: 'clitic', article: A2, paragraph: 8 },
  { q: 'וקזחסטן קבעו מטרה', lang: 'he', kind: 'clitic', article: A2, paragraph: 11 },
  { q: 'לאוניברסיטת אסטנה', lang: 'he', kind: 'clitic', article: A2, paragraph: 13 },
  { q: 'בקזחסטן 1992', lang: 'he', kind: 'clitic', article: A2, paragraph: 5 },

  // Entities across scripts
  { q: 'Tokayev 2030', lang: 'en', kind: 'entity', article: A0, paragraph: 10 },
  { q: 'Tokaev 2030', lang: 'en', kind: 'entity', article: A0, paragraph: 10 },
  { q: 'Tokayev 41 billion', lang: 'en', kind: 'entity', article: A1, paragraph: 32 },
  { q: 'Kazakhstan SCO 24', lang: 'en', kind: 'entity', article: A3, paragraph: 2 },
  { q: 'Kazahstan 2030', lang: 'en', kind: 'entity', article: A0, paragraph: 10 },
  { q: 'Kazakhstan 1992', lang: 'en', kind: 'entity', article: A2, paragraph: 5 },
  { q: 'Shanghai Cooperation Organisation Tashkent', lang: 'en', kind: 'entity', article: A4, paragraph: 4, also: [[A4, 11]] },
  { q: 'Kazakstan BRICS', lang: 'en', kind: 'entity', article: A2, paragraph: 15, also: [[A1, 18], [A1, 19], [A1, 4]] },
  { q: 'Токаев 2030', lang: 'ru', kind: 'entity', article: A0, paragraph: 10 },
  { q: 'Токаев 41', lang: 'ru', kind: 'entity', article: A1, paragraph: 32 },
  { q: 'Шанхайская организация сотрудничества 24', lang: 'ru', kind: 'entity', article: A3, paragraph: 2 },
  { q: 'Шанхайская организация Ташкент', lang: 'ru', kind: 'entity', article: A4, paragraph: 4, also: [[A4, 11]] },
  { q: 'ШОС Astana', lang: 'ru', kind: 'entity', article: A2, paragraph: 17 },
  { q: 'Казахстан 2030', lang: 'ru', kind: 'entity', article: A0, paragraph: 10 },
  { q: 'טוקאייב 2023', lang: 'he', kind: 'entity', article: A2, paragraph: 3 },
  { q: 'קזחסטן 2030', lang: 'he', kind: 'entity', article: A0, paragraph: 10 },
  { q: 'توكاييف SCO', lang: 'ar', kind: 'entity', article: A3, paragraph: 8 },
  { q: 'Global Civilization Initiative', lang: 'en', kind: 'entity', article: A3, paragraph: 14, also: [[A1, 18]] },
  { q: 'Middle Corridor', lang: 'en', kind: 'entity', article: A1, paragraph: 37 },
  { q: 'Средний коридор', lang: 'ru', kind: 'entity', article: A1, paragraph: 37 },
  { q: 'Amanat party', lang: 'en', kind: 'entity', article: A1, paragraph: 9 },
  { q: 'Xi Jinping Nazarbayev Tashkent', lang: 'en', kind: 'entity', article: A4, paragraph: 1 },
  { q: 'Silk Road 32 years', lang: 'en', kind: 'entity', article: A2, paragraph: 4, also: [[A1, 22]] },
  { q: 'Шёлковый путь 32', lang: 'ru', kind: 'entity', article: A2, paragraph: 4, also: [[A1, 22]] },

  // Names the text writes in another script (no entity lists them)
  { q: 'Samruk-Kazyna', lang: 'en', kind: 'translit', article: A1, paragraph: 17 },
  { q: 'Самрук-Казына', lang: 'ru', kind: 'translit', article: A1, paragraph: 17 },
  { q: 'Kostanay grain', lang: 'en', kind: 'translit', article: A1, paragraph: 17 },
  { q: 'Nazarbayev Tashkent', lang: 'en', kind: 'translit', article: A4, paragraph: 1 },
  { q: 'Назарбаев Ташкент', lang: 'ru', kind: 'translit', article: A4, paragraph: 1 },
  { q: 'Lianyungang', lang: 'en', kind: 'translit', article: A2, paragraph: 9 },
  { q: 'Lianyun', lang: 'en', kind: 'prefix', article: A2, paragraph: 9 },
  { q: 'Luban workshop', lang: 'en', kind: 'translit', article: A2, paragraph: 12, also: [[A2, 14], [A1, 28]] },
  { q: 'Zhanatas wind', lang: 'en', kind: 'translit', article: A2, paragraph: 9 },
  { q: 'Kazinform', lang: 'en', kind: 'translit', article: A2, paragraph: 1 },
  { q: 'Kazakhstanskaya Pravda', lang: 'en', kind: 'translit', article: A2, paragraph: 1 },
  { q: 'Shakhrat Nuryshev', lang: 'en', kind: 'translit', article: A2, paragraph: 8 },
  { q: 'TITR', lang: 'en', kind: 'translit', article: A1, paragraph: 37 },
  { q: 'Kirgizstan Tajikistan Uzbekistan', lang: 'en', kind: 'translit', article: A0, paragraph: 6 },

  { q: 'Nursultan Nazarbaev', lang: 'en', kind: 'translit', article: A4, paragraph: 1, also: [[A4, 3]] },
  { q: 'Tokayev Beijing October', lang: 'en', kind: 'translit', article: A2, paragraph: 3 },
  { q: 'BRI 2014', lang: 'en', kind: 'translit', article: A2, paragraph: 9 },
  { q: 'ورشة لوبان', lang: 'ar', kind: 'translit', article: A1, paragraph: 28 },
  { q: 'Samruk-Kaz', lang: 'en', kind: 'prefix', article: A1, paragraph: 17 },
  { q: 'Tokayev 203', lang: 'en', kind: 'prefix', article: A0, paragraph: 10 },
  { q: 'שנת התיירות הסי', lang: 'he', kind: 'prefix', article: A2, paragraph: 14 },
  { q: 'Токаеф 2030', lang: 'ru', kind: 'typo', article: A0, paragraph: 10 },
  { q: 'Токаеву 41', lang: 'ru', kind: 'entity', article: A1, paragraph: 32 },
  { q: 'ШОС Ташкент', lang: 'ru', kind: 'entity', article: A4, paragraph: 4, also: [[A4, 11]] },
  { q: 'נפט גולמי קזחסתן', lang: 'he', kind: 'typo', article: A2, paragraph: 7 },
  { q: 'وَكَازَاخِسْتَان وَقِيرغِيزِسْتَان', lang: 'ar', kind: 'spelling', article: A0, paragraph: 6 },
  { q: 'الدبلوماسيه المتعدده الاطراف', lang: 'ar', kind: 'spelling', article: A1, paragraph: 5 },
  { q: 'الدبلوماسية المتعدة', lang: 'ar', kind: 'typo', article: A1, paragraph: 5 },

  // Numbers
  { q: '41 مليار', lang: 'ar', kind: 'number', article: A1, paragraph: 32 },
  { q: '41 מיליארד', lang: 'he', kind: 'number', article: A2, paragraph: 7 },
  { q: '2030', lang: 'en', kind: 'number', article: A0, paragraph: 10 },
  { q: '٢٠٣٠', lang: 'ar', kind: 'number', article: A0, paragraph: 10 },
  { q: '3.7 مليار دولار', lang: 'ar', kind: 'number', article: A1, paragraph: 6 },
  { q: '70 مليار', lang: 'ar', kind: 'number', article: A0, paragraph: 13 },
  { q: '28 مليون طن', lang: 'ar', kind: 'number', article: A1, paragraph: 7 },
  { q: '22%', lang: 'en', kind: 'number', article: A1, paragraph: 7 },
  { q: '2027', lang: 'en', kind: 'number', article: A1, paragraph: 17 },
  { q: '32 אחוזים', lang: 'he', kind: 'number', article: A2, paragraph: 7 },
];
