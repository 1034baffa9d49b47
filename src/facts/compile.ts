/**
 * Compiles the hand-written files under `assets/` into the store every
 * extension context loads, and checks everything a schema cannot: ids that
 * must exist, ids that must be unique, paragraphs that must exist and quotes
 * that must stand verbatim in the paragraph they cite.
 *
 * Pure: it takes file contents, not paths to read, so the same code runs in the
 * build (Vite plugin), the `data` CLI and unit tests.
 */
import type { z } from 'zod';
import { splitParagraphs } from '../articles/paragraphs';
import type { Article } from '../articles/types';
import type { DataError } from './errors';
import { articleMetaSchema, entitySchema, factFileSchema } from './schema';
import type { Entity, Fact, Store } from './types';

export interface AssetFile {
  /** Relative to the project root, with forward slashes: `assets/facts/trade.json`. */
  path: string;
  text: string;
}

export type CompileResult = { ok: true; store: Store } | { ok: false; errors: DataError[] };

export function compileStore(files: readonly AssetFile[]): CompileResult {
  const errors: DataError[] = [];
  const byPath = new Map(files.map((f) => [f.path, f]));
  const inFolder = (folder: string, ext: string) =>
    files
      .filter((f) => f.path.startsWith(`assets/${folder}/`) && f.path.endsWith(ext) && !f.path.slice(`assets/${folder}/`.length).includes('/'))
      .sort((a, b) => a.path.localeCompare(b.path));

  const articles = compileArticles(inFolder('articles', '.json'), byPath, errors);
  const entities = compileEntities(inFolder('entities', '.json'), errors);
  const facts = compileFacts(inFolder('facts', '.json'), articles, entities, errors);

  // Newest first is how every view lists articles.
  articles.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  return errors.length ? { ok: false, errors } : { ok: true, store: { articles, entities, facts } };
}

function compileArticles(metaFiles: AssetFile[], byPath: Map<string, AssetFile>, errors: DataError[]): Article[] {
  const articles: Article[] = [];
  for (const file of metaFiles) {
    const meta = parse(file, articleMetaSchema, errors);
    if (!meta) continue;
    const expectedId = baseName(file.path);
    if (meta.id !== expectedId) {
      errors.push({ file: file.path, entry: meta.id, field: 'id', message: `must equal the file name "${expectedId}"` });
      continue;
    }
    const textPath = file.path.replace(/\.json$/, '.txt');
    const text = byPath.get(textPath);
    if (!text) {
      errors.push({ file: file.path, entry: meta.id, message: `has no text file ${textPath} beside it` });
      continue;
    }
    const { residue, ...rest } = meta;
    const paragraphs = splitParagraphs(text.text, residue);
    if (!paragraphs.length) {
      errors.push({ file: textPath, entry: meta.id, message: 'has no paragraphs' });
      continue;
    }
    articles.push({ ...rest, paragraphs });
  }
  return articles;
}

function compileEntities(files: AssetFile[], errors: DataError[]): Entity[] {
  const entities: Entity[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const entity = parse(file, entitySchema, errors);
    if (!entity) continue;
    const expectedId = baseName(file.path);
    if (entity.id !== expectedId) {
      errors.push({ file: file.path, entry: entity.id, field: 'id', message: `must equal the file name "${expectedId}"` });
      continue;
    }
    const earlier = seen.get(entity.id);
    if (earlier) {
      errors.push({ file: file.path, entry: entity.id, field: 'id', message: `duplicate entity id, also in ${earlier}` });
      continue;
    }
    seen.set(entity.id, file.path);
    entities.push(entity as Entity);
  }
  return entities;
}

function compileFacts(files: AssetFile[], articles: Article[], entities: Entity[], errors: DataError[]): Fact[] {
  const facts: Fact[] = [];
  const entityIds = new Set(entities.map((e) => e.id));
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const seen = new Map<string, string>();
  for (const file of files) {
    const parsed = parse(file, factFileSchema, errors);
    if (!parsed) continue;
    parsed.facts.forEach((fact, index) => {
      const entry = `facts[${index}] "${fact.id}"`;
      const before = errors.length;
      const earlier = seen.get(fact.id);
      if (earlier) errors.push({ file: file.path, entry, field: 'id', message: `duplicate fact id, also in ${earlier}` });
      seen.set(fact.id, file.path);
      fact.entities.forEach((id, i) => {
        if (!entityIds.has(id)) errors.push({ file: file.path, entry, field: `entities.${i}`, message: `unknown entity id "${id}"` });
      });
      if (fact.source) checkSource(fact.source, articleById, file.path, entry, errors);
      if (errors.length === before) facts.push(fact as Fact);
    });
  }
  return facts;
}

function checkSource(source: NonNullable<Fact['source']>, articleById: Map<string, Article>, file: string, entry: string, errors: DataError[]): void {
  const article = articleById.get(source.article);
  if (!article) {
    errors.push({ file, entry, field: 'source.article', message: `unknown article id "${source.article}"` });
    return;
  }
  const paragraph = article.paragraphs[source.paragraph - 1];
  if (paragraph === undefined) {
    errors.push({ file, entry, field: 'source.paragraph', message: `paragraph ${source.paragraph} is out of range: article ${article.id} has ${article.paragraphs.length} paragraphs` });
    return;
  }
  if (!paragraph.includes(source.quote)) {
    errors.push({ file, entry, field: 'source.quote', message: `not found verbatim in paragraph ${source.paragraph} of article ${article.id}: "${source.quote}"` });
  }
}

/** Parses JSON and validates it, turning every problem into a located DataError. */
function parse<S extends z.ZodType>(file: AssetFile, schema: S, errors: DataError[]): z.infer<S> | undefined {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (e) {
    errors.push({ file: file.path, message: `is not valid JSON: ${(e as Error).message}` });
    return undefined;
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String);
    // `facts[3] "id"` reads better than a bare index when the entry has an id.
    let entry: string | undefined;
    let fieldPath = path;
    if (path[0] === 'facts' && path.length > 1) {
      const index = Number(path[1]);
      const factId = (json as { facts?: { id?: unknown }[] }).facts?.[index]?.id;
      entry = typeof factId === 'string' ? `facts[${index}] "${factId}"` : `facts[${index}]`;
      fieldPath = path.slice(2);
    } else {
      const topId = (json as { id?: unknown } | null)?.id;
      if (typeof topId === 'string') entry = topId;
    }
    errors.push({ file: file.path, entry, field: fieldPath.join('.') || undefined, message: issue.message });
  }
  return undefined;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
}
