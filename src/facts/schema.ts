/**
 * Schemas of the hand-written data files in `assets/`. Used at build time only
 * (never bundled into the content script), so zod's size does not matter here.
 */
import { z } from 'zod';
import { REQUIRED_LANGS } from './types';

const isoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

const langTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag like "ar" or "zh-Hant"');

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** en, ar and he are required; other languages may be added. */
const localized = z
  .object(Object.fromEntries(REQUIRED_LANGS.map((lang) => [lang, nonEmpty])) as Record<(typeof REQUIRED_LANGS)[number], typeof nonEmpty>)
  .catchall(nonEmpty);

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be lower-case letters, digits, "-" or "_"');

export const articleMetaSchema = z
  .object({
    id: z.string().min(1),
    title: nonEmpty,
    titleEn: nonEmpty.optional(),
    lang: langTag,
    dir: z.enum(['ltr', 'rtl']),
    outlet: nonEmpty,
    author: nonEmpty.optional(),
    dateline: nonEmpty.optional(),
    date: isoDate,
    dateNote: nonEmpty.optional(),
    residue: z.array(nonEmpty).optional(),
  })
  .strict();

export const entityKinds = ['country', 'person', 'organisation', 'place', 'initiative', 'company', 'event', 'route'] as const;

export const entitySchema = z
  .object({
    id,
    kind: z.enum(entityKinds),
    names: localized,
    summary: localized,
    aliases: z.record(langTag, z.array(nonEmpty).min(1, 'must list at least one alias')),
    detect: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

export const factSchema = z
  .object({
    id,
    entities: z.array(id).min(1, 'must name at least one entity'),
    text: localized,
    date: isoDate.optional(),
    background: z.boolean().optional(),
    series: id.optional(),
    source: z
      .object({
        article: z.string().min(1),
        paragraph: z.number().int().positive(),
        quote: nonEmpty,
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((fact, ctx) => {
    if (fact.background && fact.source) {
      ctx.addIssue({ code: 'custom', path: ['source'], message: 'a background fact has no article source' });
    }
    if (!fact.background && !fact.source) {
      ctx.addIssue({ code: 'custom', path: ['source'], message: 'is required unless the fact is marked "background": true' });
    }
    if (fact.background && !fact.date) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'a background fact needs the year it holds for' });
    }
  });

export const factFileSchema = z.object({ facts: z.array(factSchema) }).strict();
