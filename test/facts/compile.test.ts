/**
 * Every validation rule of the data compiler, each shown failing on a fixture
 * broken in one way, with the exact message: file, entry, field, then what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { compileStore, type AssetFile } from '../../src/facts/compile';
import { formatDataError } from '../../src/facts/errors';
import { ARTICLE, fact, FACTS_FILE, fixture } from './fixture';

function errorsOf(files: AssetFile[]): string[] {
  const result = compileStore(files);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors.map(formatDataError);
}

function warningsOf(files: AssetFile[]): string[] {
  const result = compileStore(files);
  expect(result.ok).toBe(true);
  return result.warnings.map(formatDataError);
}

const FACT0 = `${FACTS_FILE}, entry facts[0] "trade-2023"`;

describe('the base fixture', () => {
  it('compiles with no errors and no warnings', () => {
    const result = compileStore(fixture());
    expect(result).toMatchObject({ ok: true, warnings: [] });
    if (result.ok) expect(result.store.facts.map((f) => f.id)).toEqual(['trade-2023', 'trade-2022', 'sco-astana', 'sco-founded']);
  });
});

describe('file-level rules', () => {
  it('rejects a file that is not JSON', () => {
    const files = fixture().map((f) => (f.path === FACTS_FILE ? { ...f, text: '{ "facts": [' } : f));
    const [error] = errorsOf(files);
    expect(error).toMatch(new RegExp(`^${FACTS_FILE}: is not valid JSON: `));
  });

  it('rejects an article whose id does not match its file name', () => {
    const files = fixture((d) => {
      d.articles[ARTICLE]!.meta.id = '002_0123456789abcdef';
    });
    expect(errorsOf(files)).toContain(`assets/articles/${ARTICLE}.json, entry 002_0123456789abcdef, field "id": must equal the file name "${ARTICLE}"`);
  });

  it('rejects an article without its text file', () => {
    const files = fixture().filter((f) => !f.path.endsWith('.txt'));
    expect(errorsOf(files)).toContain(`assets/articles/${ARTICLE}.json, entry ${ARTICLE}: has no text file assets/articles/${ARTICLE}.txt beside it`);
  });

  it('rejects an entity whose id does not match its file name', () => {
    const files = fixture((d) => {
      d.entities.sco!.id = 'shanghai';
    });
    expect(errorsOf(files)).toContain('assets/entities/sco.json, entry shanghai, field "id": must equal the file name "sco"');
  });

  it('rejects a facts file named for an article that does not exist', () => {
    const files = fixture((d) => {
      d.facts['009_fedcba9876543210'] = d.facts[ARTICLE]!;
      delete d.facts[ARTICLE];
    });
    expect(errorsOf(files)).toEqual([
      'assets/facts/009_fedcba9876543210.json: is named for article "009_fedcba9876543210", which does not exist: name a facts file after the article its facts cite',
    ]);
  });
});

describe('schema rules', () => {
  it('requires every fact statement in en, ar and he', () => {
    const files = fixture((d) => {
      delete (fact(d, 0).text as Record<string, string>).he;
    });
    expect(errorsOf(files)).toEqual([`${FACT0}, field "text.he": Invalid input: expected string, received undefined`]);
  });

  it('rejects an empty statement', () => {
    const files = fixture((d) => {
      (fact(d, 0).text as Record<string, string>).ar = '  ';
    });
    expect(errorsOf(files)).toEqual([`${FACT0}, field "text.ar": must not be empty`]);
  });

  it('requires entity names and summaries in en, ar and he', () => {
    const files = fixture((d) => {
      delete (d.entities.sco!.summary as Record<string, string>).ar;
    });
    expect(errorsOf(files)).toEqual(['assets/entities/sco.json, entry sco, field "summary.ar": Invalid input: expected string, received undefined']);
  });

  it('rejects a fact that names no entity', () => {
    const files = fixture((d) => {
      fact(d, 2).entities = [];
    });
    expect(errorsOf(files)).toEqual([`${FACTS_FILE}, entry facts[2] "sco-astana", field "entities": must name at least one entity`]);
  });

  it('rejects a malformed date', () => {
    const files = fixture((d) => {
      fact(d, 0).date = '2023-13';
    });
    expect(errorsOf(files)).toEqual([`${FACT0}, field "date": must be YYYY, YYYY-MM or YYYY-MM-DD`]);
  });

  it('requires a source unless the fact is background', () => {
    const files = fixture((d) => {
      delete fact(d, 2).source;
    });
    expect(errorsOf(files)).toEqual([`${FACTS_FILE}, entry facts[2] "sco-astana", field "source": is required unless the fact is marked "background": true`]);
  });

  it('forbids a source on a background fact', () => {
    const files = fixture((d) => {
      fact(d, 0, 'background').source = { article: ARTICLE, paragraph: 4, quote: 'SCO' };
    });
    expect(errorsOf(files)).toEqual(['assets/facts/background.json, entry facts[0] "sco-founded", field "source": a background fact has no article source']);
  });

  it('requires the year a background fact holds for', () => {
    const files = fixture((d) => {
      delete fact(d, 0, 'background').date;
    });
    expect(errorsOf(files)).toEqual(['assets/facts/background.json, entry facts[0] "sco-founded", field "date": a background fact needs the year it holds for']);
  });

  it('rejects an alias list that is empty', () => {
    const files = fixture((d) => {
      (d.entities.sco!.aliases as Record<string, string[]>).ru = [];
    });
    expect(errorsOf(files)).toEqual(['assets/entities/sco.json, entry sco, field "aliases.ru": must list at least one alias']);
  });
});

describe('what the detector compiles', () => {
  it('rejects an alias the detector cannot match, naming the alias', () => {
    const files = fixture((d) => {
      (d.entities.sco!.aliases as Record<string, string[]>).en!.push('«»');
    });
    expect(errorsOf(files)).toEqual(['assets/entities/sco.json, entry sco, field "aliases.en[1]": has no letters once invisible characters are removed']);
  });
  it('rejects a detection rule that refers to an alias the entity does not have', () => {
    const files = fixture((d) => {
      (d.entities.sco as Record<string, unknown>).detect = { caseSensitive: ['OCS'] };
    });
    expect(errorsOf(files)).toEqual(['assets/entities/sco.json, entry sco, field "detect.caseSensitive[0]": "OCS" is not one of this entity\'s aliases']);
  });
});

describe('references', () => {
  it('rejects an unknown entity id', () => {
    const files = fixture((d) => {
      fact(d, 2).entities = ['sco', 'nowhere'];
    });
    expect(errorsOf(files)).toEqual([`${FACTS_FILE}, entry facts[2] "sco-astana", field "entities.1": unknown entity id "nowhere"`]);
  });

  it('rejects an entity listed twice in one fact', () => {
    const files = fixture((d) => {
      fact(d, 2).entities = ['sco', 'kazakhstan', 'sco'];
    });
    expect(errorsOf(files)).toEqual([`${FACTS_FILE}, entry facts[2] "sco-astana", field "entities.2": lists entity "sco" twice (also entities.0)`]);
  });

  it('rejects a duplicate fact id, naming the other file', () => {
    const files = fixture((d) => {
      fact(d, 0, 'background').id = 'trade-2023';
    });
    expect(errorsOf(files)).toEqual([`assets/facts/background.json, entry facts[0] "trade-2023", field "id": duplicate fact id, also in ${FACTS_FILE}`]);
  });

  it('rejects an unknown article', () => {
    const files = fixture((d) => {
      d.facts.topic = { facts: [fact(d, 2)] };
      d.facts[ARTICLE]!.facts.splice(2, 1);
      (fact(d, 0, 'topic').source as Record<string, unknown>).article = 'missing';
    });
    expect(errorsOf(files)).toEqual(['assets/facts/topic.json, entry facts[0] "sco-astana", field "source.article": unknown article id "missing"']);
  });

  it('rejects a paragraph out of range', () => {
    const files = fixture((d) => {
      (fact(d, 2).source as Record<string, unknown>).paragraph = 5;
    });
    expect(errorsOf(files)).toEqual([
      `${FACTS_FILE}, entry facts[2] "sco-astana", field "source.paragraph": paragraph 5 is out of range: article ${ARTICLE} has 4 paragraphs`,
    ]);
  });

  it('rejects a quote that is not verbatim in the cited paragraph', () => {
    const files = fixture((d) => {
      (fact(d, 2).source as Record<string, unknown>).quote = 'The SCO summit met in Almaty.';
    });
    expect(errorsOf(files)).toEqual([
      `${FACTS_FILE}, entry facts[2] "sco-astana", field "source.quote": not found verbatim in paragraph 4 of article ${ARTICLE}: "The SCO summit met in Almaty."`,
    ]);
  });

  it('rejects a quote that is in the article but not in the cited paragraph', () => {
    const files = fixture((d) => {
      (fact(d, 2).source as Record<string, unknown>).paragraph = 3;
    });
    expect(errorsOf(files)).toEqual([
      `${FACTS_FILE}, entry facts[2] "sco-astana", field "source.quote": not found verbatim in paragraph 3 of article ${ARTICLE}: "The SCO summit met in Astana."`,
    ]);
  });
});

describe('dates', () => {
  it('rejects a date the quote contradicts', () => {
    const files = fixture((d) => {
      fact(d, 0).date = '2032';
    });
    expect(errorsOf(files)).toEqual([
      `${FACT0}, field "date": "2032" contradicts the quote, which names only the year(s) 2023: fix the date, or quote the words that date the fact`,
    ]);
  });

  it('reads years written in Arabic-Indic digits', () => {
    const files = fixture((d) => {
      d.articles[ARTICLE]!.text += 'بلغت التجارة ٤١ مليار دولار في عام ٢٠٢٣.\n';
      fact(d, 0).source = { article: ARTICLE, paragraph: 5, quote: 'في عام ٢٠٢٣' };
      fact(d, 0).date = '2022';
    });
    expect(errorsOf(files)).toEqual([
      `${FACT0}, field "date": "2022" contradicts the quote, which names only the year(s) 2023: fix the date, or quote the words that date the fact`,
    ]);
  });

  it('accepts any date when the quote names no year', () => {
    const files = fixture((d) => {
      fact(d, 2).date = '2024-07-04';
    });
    expect(compileStore(files).ok).toBe(true);
  });
});

describe('series', () => {
  it('requires a date on every member', () => {
    const files = fixture((d) => {
      delete fact(d, 1).date;
    });
    expect(errorsOf(files)).toEqual([
      `${FACTS_FILE}, entry facts[1] "trade-2022", field "date": is required: the fact belongs to series "trade", which is ordered by date`,
    ]);
  });

  it('rejects a member that shares no entity with the rest of its series', () => {
    const files = fixture((d) => {
      fact(d, 2).series = 'trade';
      fact(d, 2).date = '2024';
      fact(d, 2).entities = ['sco'];
    });
    expect(errorsOf(files)).toEqual([
      `${FACTS_FILE}, entry facts[2] "sco-astana", field "series": shares no entity with the rest of series "trade" (which starts with fact "trade-2023" in ${FACTS_FILE})`,
    ]);
  });

  it('warns about a series of one fact', () => {
    const files = fixture((d) => {
      fact(d, 2).series = 'summits';
      fact(d, 2).date = '2024';
    });
    expect(warningsOf(files)).toEqual([
      `${FACTS_FILE}, entry facts[2] "sco-astana", field "series": series "summits" has only this fact: a series compares one measure at several dates`,
    ]);
  });
});

describe('file conventions', () => {
  it('keeps an article file to the facts that cite that article', () => {
    const files = fixture((d) => {
      d.articles['002_0123456789abcdef'] = { meta: { ...d.articles[ARTICLE]!.meta, id: '002_0123456789abcdef' }, text: 'The SCO summit met in Astana.\n' };
      fact(d, 2).source = { article: '002_0123456789abcdef', paragraph: 1, quote: 'SCO summit' };
    });
    expect(errorsOf(files)).toEqual([
      `${FACTS_FILE}, entry facts[2] "sco-astana", field "source.article": cites article "002_0123456789abcdef", but this file holds the facts of article "${ARTICLE}"`,
    ]);
  });

  it('keeps background facts out of article files', () => {
    const files = fixture((d) => {
      d.facts[ARTICLE]!.facts.push(fact(d, 0, 'background'));
      d.facts.background!.facts = [];
    });
    expect(errorsOf(files)).toEqual([
      `${FACTS_FILE}, entry facts[3] "sco-founded", field "background": a background fact belongs in assets/facts/background.json, not in the facts of article ${ARTICLE}`,
    ]);
  });

  it('keeps cited facts out of background.json', () => {
    const files = fixture((d) => {
      d.facts.background!.facts.push(fact(d, 2));
      d.facts[ARTICLE]!.facts.splice(2, 1);
    });
    expect(errorsOf(files)).toEqual([
      'assets/facts/background.json, entry facts[1] "sco-astana", field "source": background.json holds background facts only: a cited fact belongs in the facts file of its article',
    ]);
  });

  it('lets a topic file mix cited and background facts', () => {
    const files = fixture((d) => {
      d.facts.topic = { facts: [...d.facts.background!.facts, fact(d, 2)] };
      d.facts.background!.facts = [];
      d.facts[ARTICLE]!.facts.splice(2, 1);
    });
    expect(compileStore(files).ok).toBe(true);
  });
});

describe('aliases', () => {
  it('rejects one alias claimed by two entities, naming both files', () => {
    const files = fixture((d) => {
      (d.entities.sco!.aliases as Record<string, string[]>).he = ['ארגון שנגחאי לשיתוף פעולה', 'קזחסטן'];
    });
    expect(errorsOf(files)).toEqual([
      'assets/entities/sco.json, entry sco, field "aliases.he.1": alias "קזחסטן" is also claimed by entity "kazakhstan" in assets/entities/kazakhstan.json (aliases.he.0)',
    ]);
  });

  it('treats case, dashes and vowel marks as the same spelling', () => {
    const files = fixture((d) => {
      (d.entities.sco!.aliases as Record<string, string[]>).en = ['SCO', 'KAZAKHSTAN'];
      (d.entities.sco!.aliases as Record<string, string[]>).ar = ['كَازَاخْسْتَان'];
    });
    expect(errorsOf(files)).toEqual([
      'assets/entities/sco.json, entry sco, field "aliases.en.1": alias "KAZAKHSTAN" is also claimed by entity "kazakhstan" in assets/entities/kazakhstan.json (aliases.en.0)',
      'assets/entities/sco.json, entry sco, field "aliases.ar.0": alias "كَازَاخْسْتَان" is also claimed by entity "kazakhstan" in assets/entities/kazakhstan.json (aliases.ar.0)',
    ]);
  });

  it('allows the same spelling in two languages', () => {
    const files = fixture((d) => {
      (d.entities.sco!.aliases as Record<string, string[]>).de = ['Kazakhstan'];
    });
    expect(compileStore(files).ok).toBe(true);
  });

  it('warns when an entity repeats an alias verbatim, but allows dash variants', () => {
    const files = fixture((d) => {
      (d.entities.sco!.aliases as Record<string, string[]>).en = ['SCO', 'Shanghai–Five', 'Shanghai-Five', 'SCO'];
    });
    expect(warningsOf(files)).toEqual(['assets/entities/sco.json, entry sco, field "aliases.en.3": repeats alias "SCO" (aliases.en.0)']);
  });
});

describe('scripts', () => {
  it('rejects Arabic text with no Arabic letters', () => {
    const files = fixture((d) => {
      (fact(d, 0).text as Record<string, string>).ar = 'Trade reached $41bn in 2023.';
    });
    expect(errorsOf(files)).toEqual([`${FACT0}, field "text.ar": has no Arabic letters: is this text in the right language?`]);
  });

  it('rejects a Hebrew entity name with no Hebrew letters', () => {
    const files = fixture((d) => {
      (d.entities.sco!.names as Record<string, string>).he = 'SCO';
    });
    expect(errorsOf(files)).toEqual(['assets/entities/sco.json, entry sco, field "names.he": has no Hebrew letters: is this text in the right language?']);
  });

  it('checks optional languages it knows the script of', () => {
    const files = fixture((d) => {
      (d.entities.sco!.names as Record<string, string>).ru = 'SCO';
    });
    expect(errorsOf(files)).toEqual(['assets/entities/sco.json, entry sco, field "names.ru": has no Cyrillic letters: is this text in the right language?']);
  });
});

describe('warnings', () => {
  it('warns about an entity no fact mentions', () => {
    const files = fixture((d) => {
      d.entities.brics = { ...d.entities.sco!, id: 'brics', aliases: { en: ['BRICS'] } };
    });
    expect(warningsOf(files)).toEqual(['assets/entities/brics.json, entry brics: no fact mentions this entity: its card will show no facts']);
  });

  it('warns about an article no fact cites', () => {
    const files = fixture((d) => {
      d.articles['002_0123456789abcdef'] = { meta: { ...d.articles[ARTICLE]!.meta, id: '002_0123456789abcdef' }, text: 'Nothing cited here.\n' };
    });
    expect(warningsOf(files)).toEqual(['assets/articles/002_0123456789abcdef.json, entry 002_0123456789abcdef: no fact cites this article']);
  });

  it('reports warnings with errors too', () => {
    const result = compileStore(
      fixture((d) => {
        d.entities.brics = { ...d.entities.sco!, id: 'brics', aliases: { en: ['BRICS'] } };
        fact(d, 0).date = '2032';
      }),
    );
    expect(result.ok).toBe(false);
    expect(result.warnings.map(formatDataError)).toEqual(['assets/entities/brics.json, entry brics: no fact mentions this entity: its card will show no facts']);
  });
});

describe('scripts with a script subtag', () => {
  it('does not hold kk-Latn text to Cyrillic', () => {
    const files = fixture((d) => {
      (d.entities.sco!.names as Record<string, string>)['kk-Latn'] = 'Shanhai yntymaqtastyq uiymy';
    });
    expect(compileStore(files).ok).toBe(true);
  });
});
