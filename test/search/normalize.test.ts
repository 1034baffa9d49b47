import { describe, expect, it } from 'vitest';
import { fold, foldWithMap } from '../../src/search/normalize';
import { toOriginalRange } from '../../src/search/offset-map';
import { tokenizeFolded } from '../../src/search/tokenize';

/** Original text of every token of `text`, found through the offset map. */
function tokenSources(text: string): string[] {
  const { text: folded, map } = foldWithMap(text);
  return tokenizeFolded(folded).map((t) => {
    const range = toOriginalRange(map, t.start, t.end)!;
    return text.slice(range[0], range[1]);
  });
}

describe('fold: Arabic', () => {
  it('drops harakat, shadda, sukun, tanwin and superscript alef', () => {
    expect(fold('رُوحِ الشَّرَاكَةِ')).toBe('روح الشراكه');
    expect(fold('مُتَبَادَلٌ')).toBe('متبادل');
    expect(fold('رحمٰن')).toBe('رحمن');
  });
  it('drops tatweel', () => {
    expect(fold('الـــ24')).toBe('ال24');
    expect(fold('كازاخـستان')).toBe('كازاخستان');
  });
  it('unifies alef and hamza forms, ya and alef maqsura, ta marbuta', () => {
    expect(fold('أإآٱا')).toBe('ااااا');
    expect(fold('مؤتمر')).toBe('موتمر');
    expect(fold('رئيس')).toBe('رييس');
    expect(fold('الى')).toBe(fold('إلي'));
    expect(fold('الكازاخستانى')).toBe('الكازاخستاني');
    expect(fold('السياحة')).toBe('السياحه');
  });
  it('maps Arabic-Indic and Persian digits to ASCII', () => {
    expect(fold('٢٠٣٠ ۲۰۳۰')).toBe('2030 2030');
  });
  it('decomposes presentation forms', () => {
    expect(fold('ﻻ')).toBe('لا');
    expect(fold('ﺍﻟﺼﻴﻦ')).toBe('الصين');
  });
  it('joins a word across ZWNJ, ZWJ and bidi controls', () => {
    expect(fold('می\u200cخواهم')).toBe('ميخواهم');
    expect(fold('كازا\u200fخستان')).toBe('كازاخستان');
  });
});

describe('fold: Hebrew', () => {
  it('drops niqqud and cantillation', () => {
    expect(fold('נֵפְט גּוֹלְמִי')).toBe(fold('נפט גולמי'));
    expect(fold('בְּרֵאשִׁ֖ית')).toBe(fold('בראשית'));
  });
  it('maps final letters to base letters', () => {
    expect(fold('ךםןףץ')).toBe('כמנפצ');
    expect(fold('קזחסטן')).toBe(fold('קזחסטנ'));
  });
  it('drops geresh and gershayim inside a word, in every spelling', () => {
    expect(fold("בייג'ינג")).toBe('בייגינג');
    expect(fold('בייג׳ינג')).toBe('בייגינג');
    expect(fold('האו"ם')).toBe('האומ');
    expect(fold('האו״ם')).toBe('האומ');
  });
  it('keeps quotes that are not inside a word as separators', () => {
    // A trailing separator stays: it tells the query planner the last word is complete.
    expect(fold('"אודה למולדת"')).toBe('אודה למולדת ');
  });
  it('splits at maqaf', () => {
    expect(fold('דו־צדדי')).toBe('דו צדדי');
  });
});

describe('fold: Latin and Cyrillic', () => {
  it('lower-cases and drops accents', () => {
    expect(fold('Tokáyev TOKAÏEV Kazakhstán')).toBe('tokayev tokaiev kazakhstan');
    expect(fold('Straße Æther Œuvre Łódź')).toBe('strasse aether oeuvre lodz');
  });
  it('folds full-width and ligatures', () => {
    expect(fold('ＳＣＯ ﬁnance')).toBe('sco finance');
  });
  it('lower-cases Cyrillic and folds ё', () => {
    expect(fold('Ёлка ШОС')).toBe('елка шос');
  });
  it('drops an apostrophe between letters only', () => {
    expect(fold("Xi'an People's")).toBe('xian peoples');
    expect(fold("'quoted'")).toBe('quoted ');
  });
  it('turns every other character into one space and trims the start', () => {
    expect(fold('  Kazakhstan,\u00a0 (SCO)! ')).toBe('kazakhstan sco ');
  });
});

describe('offset map: highlights land on the original characters', () => {
  it('covers harakat and shadda of the last letter', () => {
    expect(tokenSources('رُوحِ الشَّرَاكَةِ')).toEqual(['رُوحِ', 'الشَّرَاكَةِ']);
  });
  it('covers tatweel inside a word', () => {
    expect(tokenSources('في كازاخـــستان اليوم')).toEqual(['في', 'كازاخـــستان', 'اليوم']);
  });
  it('covers ZWNJ inside a word', () => {
    expect(tokenSources('می\u200cخواهم')).toEqual(['می\u200cخواهم']);
  });
  it('does not include NBSP or bidi controls around a word', () => {
    expect(tokenSources('\u200fقال\u00a0توكاييف\u200e')).toEqual(['قال', 'توكاييف']);
  });
  it('covers niqqud and Latin combining marks', () => {
    expect(tokenSources('נֵפְט Toka\u0301yev')).toEqual(['נֵפְט', 'Toka\u0301yev']);
  });
  it('covers a geresh inside a word and nothing outside it', () => {
    expect(tokenSources("(בייג'ינג)")).toEqual(["בייג'ינג"]);
  });
  it('maps expansions to the whole source character', () => {
    const text = 'Straße';
    const { text: folded, map } = foldWithMap(text);
    expect(folded).toBe('strasse');
    expect(toOriginalRange(map, 4, 6)).toEqual([4, 5]);
    expect(toOriginalRange(map, 0, 7)).toEqual([0, 6]);
  });
  it('never splits a surrogate pair', () => {
    const text = 'a𝒜b 𠀋';
    const { text: folded, map } = foldWithMap(text);
    expect(folded).toBe('aab 𠀋');
    expect(toOriginalRange(map, 1, 2)).toEqual([1, 3]);
    expect(tokenSources(text)).toEqual(['a𝒜b', '𠀋']);
  });
  it('treats lone surrogates as separators', () => {
    expect(tokenSources('ab\ud800cd\udc00ef')).toEqual(['ab', 'cd', 'ef']);
  });
  it('rejects empty and out-of-range folded ranges', () => {
    const { map } = foldWithMap('abc');
    expect(toOriginalRange(map, 1, 1)).toBeUndefined();
    expect(toOriginalRange(map, 2, 9)).toBeUndefined();
    expect(toOriginalRange(map, -1, 1)).toBeUndefined();
  });
});

describe('tokenize', () => {
  it('splits letters from digits', () => {
    expect(tokenizeFolded(fold('الـ24 ב-2023 G20')).map((t) => t.term)).toEqual(['ال', '24', 'ב', '2023', 'g', '20']);
  });
  it('makes each Han and kana character a term', () => {
    expect(tokenizeFolded(fold('上海合作组织')).map((t) => t.term)).toEqual([...'上海合作组织']);
  });
  it('cuts very long terms but keeps their whole range', () => {
    const long = 'a'.repeat(100);
    const [token] = tokenizeFolded(long);
    expect(token!.term).toHaveLength(40);
    expect(token!.end).toBe(100);
  });
});
