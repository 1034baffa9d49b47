/**
 * Reader deep links: `sidepanel.html?article=ID&paragraph=N&hl=START-END,START-END`.
 * `hl` holds offsets into the paragraph's text of words to highlight (from search).
 */
export interface ReaderTarget {
  article: string;
  paragraph?: number;
  ranges?: [number, number][];
}

export function parseReaderTarget(search: string): ReaderTarget | undefined {
  const params = new URLSearchParams(search);
  const article = params.get('article');
  if (!article) return undefined;
  const paragraph = Number(params.get('paragraph'));
  const ranges = (params.get('hl') ?? '')
    .split(',')
    .map((pair) => pair.split('-').map(Number) as [number, number])
    .filter(([s, e]) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e > s);
  return {
    article,
    ...(Number.isInteger(paragraph) && paragraph >= 1 ? { paragraph } : {}),
    ...(ranges.length ? { ranges } : {}),
  };
}

export function readerQuery(target: ReaderTarget): string {
  const params = new URLSearchParams({ article: target.article });
  if (target.paragraph) params.set('paragraph', String(target.paragraph));
  if (target.ranges?.length) params.set('hl', target.ranges.map(([s, e]) => `${s}-${e}`).join(','));
  return `?${params}`;
}

/** The library's entity filter, kept in the URL (`?entity=sco`) so "open in a tab" and reloads keep it. */
export function parseLibraryFilter(search: string): string | undefined {
  const entity = new URLSearchParams(search).get('entity');
  return entity && entity.length <= 200 ? entity : undefined;
}

export function libraryQuery(entity: string | undefined): string {
  return entity ? `?${new URLSearchParams({ entity })}` : '';
}
