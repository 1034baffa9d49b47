/**
 * Compiles the hand-written files under `assets/` into the store every
 * extension context loads, and checks everything a schema cannot: ids that
 * must exist, ids that must be unique, paragraphs that must exist and quotes
 * that must stand verbatim in the paragraph they cite. Checks that look across
 * files (aliases, series, dates, file conventions) live in `cross-checks.ts`.
 *
 * Pure: it takes file contents, not paths to read, so the same code runs in the
 * build (Vite plugin), the `data` CLI and unit tests.
 */
import type { z } from 'zod';
import { splitParagraphs } from '../articles/paragraphs';
import type { LexiconEntry } from '../detect/lexicon-types';
import { validateLexiconEntry } from '../detect/validate';
import type { Article } from '../articles/types';
import { baseName, checkAliases, checkFactFiles, checkScripts, checkSeries, checkUnused, type EntityInFile, type FactInFile } from './cross-checks';
import type { DataError } from './errors';
import { articleMetaSchema, entitySchema, factFileSchema } from './schema';
import type { Entity, Fact, Store } from './types';

export interface AssetFile {
  /** Relative to the project root, with forward slashes: `assets/facts/trade.json`. */
  path: string;
  text: string;
}

/**
 * Errors make the data unusable; warnings point at data that compiles but is
 * probably unfinished (an entity no fact mentions, a series of one).
 */
export type CompileResult =
  | { ok: true; store: Store; warnings: DataError[] }
  | { ok: false; errors: DataError[]; warnings: DataError[] };

export function compileStore(files: readonly AssetFile[]): CompileResult {
  const errors: DataError[] = [];
  const warnings: DataError[] = [];
  const byPath = new Map(files.map((f) => [f.path, f]));
  const inFolder = (folder: string, ext: string) =>
    files
      .filter((f) => f.path.startsWith(`assets/${folder}/`) && f.path.endsWith(ext) && !f.path.slice(`assets/${folder}/`.length).includes('/'))
      .sort((a, b) => a.path.localeCompare(b.path));

  // A file that fails on its own is reported once: ids it defines still count
  // as known, so facts that refer to them do not repeat the error.
  const broken = { articles: new Set<string>(), entities: new Set<string>() };
  const articles = compileArticles(inFolder('articles', '.json'), byPath, errors, broken.articles);
  const entityFiles = compileEntities(inFolder('entities', '.json'), errors, broken.entities);
  const entities = entityFiles.map((e) => e.entity);
  const factFiles = inFolder('facts', '.json');
  const { parsed, valid } = compileFacts(factFiles, articles, entities, broken, errors);
  const facts = valid.map((f) => f.fact);

  // Cross-checks see every fact that parsed, so one run reports every problem.
  checkScripts(entityFiles, parsed, errors);
  checkAliases(entityFiles, errors, warnings);
  checkFactFiles(factFiles.map((f) => f.path), parsed, new Set([...articles.map((a) => a.id), ...broken.articles]), errors);
  checkSeries(parsed, errors, warnings);
  checkUnused(entityFiles, parsed, articles, warnings);

  // Newest first is how every view lists articles.
  articles.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  return errors.length ? { ok: false, errors, warnings } : { ok: true, store: { articles, entities, facts }, warnings };
}

function compileArticles(metaFiles: AssetFile[], byPath: Map<string, AssetFile>, errors: DataError[], broken: Set<string>): Article[] {
  const articles: Article[] = [];
  for (const file of metaFiles) {
    const article = compileArticle(file, byPath, errors);
    if (article) articles.push(article);
    else broken.add(baseName(file.path));
  }
  return articles;
}

function compileArticle(file: AssetFile, byPath: Map<string, AssetFile>, errors: DataError[]): Article | undefined {
  const meta = parse(file, articleMetaSchema, errors);
  if (!meta) return undefined;
  const expectedId = baseName(file.path);
  if (meta.id !== expectedId) {
    errors.push({ file: file.path, entry: meta.id, field: 'id', message: `must equal the file name "${expectedId}"` });
    return undefined;
  }
  const textPath = file.path.replace(/\.json$/, '.txt');
  const text = byPath.get(textPath);
  if (!text) {
    errors.push({ file: file.path, entry: meta.id, message: `has no text file ${textPath} beside it` });
    return undefined;
  }
  const { residue, ...rest } = meta;
  const paragraphs = splitParagraphs(text.text, residue);
  if (!paragraphs.length) {
    errors.push({ file: textPath, entry: meta.id, message: 'has no paragraphs' });
    return undefined;
  }
  return { ...rest, paragraphs };
}

function compileEntities(files: AssetFile[], errors: DataError[], broken: Set<string>): EntityInFile[] {
  const entities: EntityInFile[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const entity = parse(file, entitySchema, errors);
    const expectedId = baseName(file.path);
    if (!entity) {
      broken.add(expectedId);
      continue;
    }
    if (entity.id !== expectedId) {
      errors.push({ file: file.path, entry: entity.id, field: 'id', message: `must equal the file name "${expectedId}"` });
      broken.add(expectedId);
      continue;
    }
    const earlier = seen.get(entity.id);
    if (earlier) {
      errors.push({ file: file.path, entry: entity.id, field: 'id', message: `duplicate entity id, also in ${earlier}` });
      continue;
    }
    seen.set(entity.id, file.path);
    // What the schema cannot see: spellings and rules the detector could not compile.
    const lexiconIssues = validateLexiconEntry(entity as LexiconEntry);
    for (const issue of lexiconIssues) errors.push({ file: file.path, entry: entity.id, field: issue.field, message: issue.message });
    if (lexiconIssues.length) {
      broken.add(entity.id);
      continue;
    }
    entities.push({ entity: entity as Entity, file: file.path });
  }
  return entities;
}

interface Broken {
  articles: Set<string>;
  entities: Set<string>;
}

/** `parsed`: every fact that passed the schema; `valid`: those whose references also hold, which go into the store. */
function compileFacts(
  files: AssetFile[],
  articles: Article[],
  entities: Entity[],
  broken: Broken,
  errors: DataError[],
): { parsed: FactInFile[]; valid: FactInFile[] } {
  const parsed: FactInFile[] = [];
  const valid: FactInFile[] = [];
  const entityIds = new Set(entities.map((e) => e.id));
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const seen = new Map<string, string>();
  for (const file of files) {
    const facts = parse(file, factFileSchema, errors)?.facts;
    if (!facts) continue;
    facts.forEach((fact, index) => {
      const entry = `facts[${index}] "${fact.id}"`;
      const before = errors.length;
      let ok = true;
      const earlier = seen.get(fact.id);
      if (earlier) errors.push({ file: file.path, entry, field: 'id', message: `duplicate fact id, also in ${earlier}` });
      seen.set(fact.id, file.path);
      fact.entities.forEach((id, i) => {
        if (broken.entities.has(id)) ok = false;
        else if (!entityIds.has(id)) errors.push({ file: file.path, entry, field: `entities.${i}`, message: `unknown entity id "${id}"` });
        const first = fact.entities.indexOf(id);
        if (first !== i) errors.push({ file: file.path, entry, field: `entities.${i}`, message: `lists entity "${id}" twice (also entities.${first})` });
      });
      if (fact.source && broken.articles.has(fact.source.article)) ok = false;
      else if (fact.source) checkSource(fact as Fact, articleById, file.path, entry, errors);
      const item = { fact: fact as Fact, file: file.path, entry };
      parsed.push(item);
      if (ok && errors.length === before) valid.push(item);
    });
  }
  return { parsed, valid };
}

function checkSource(fact: Fact, articleById: Map<string, Article>, file: string, entry: string, errors: DataError[]): void {
  const source = fact.source;
  if (!source) return;
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
    return;
  }
  // A date that the quoted words contradict is almost always a slip: 2032 for 2023, or the wrong figure's year.
  const years = yearsIn(source.quote);
  if (fact.date && years.length && !years.includes(fact.date.slice(0, 4))) {
    errors.push({
      file,
      entry,
      field: 'date',
      message: `"${fact.date}" contradicts the quote, which names only the year(s) ${years.join(', ')}: fix the date, or quote the words that date the fact`,
    });
  }
}

/** Four-digit years (1800–2099) in a text, Arabic-Indic and Persian digits included. */
export function yearsIn(text: string): string[] {
  const ascii = text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.codePointAt(0) ?? 0) & 0xf));
  return [...new Set(ascii.match(/(?<!\d)(?:1[89]|20)\d\d(?!\d)/g) ?? [])];
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
