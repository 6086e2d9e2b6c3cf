import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const WIZARD_SECTIONS = [
  'om-planen', 'forankring', 'planperiode', 'kunnskapsgrunnlag', 'malgrupper',
  'innsatsomrader', 'tiltak', 'oppfolging', 'sjekk',
] as const;

/** A guidance chapter; see content/README.md. */
const veileder = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/veileder' }),
  schema: z.object({
    title: z.string().min(3),
    description: z.string().min(20).max(160),
    order: z.number().int().positive(),
    updated: z.coerce.date(),
    summary: z.array(z.string().min(1)).min(2).max(6),
    checklist: z.array(z.string().min(1)).optional(),
    wizardSection: z.enum(WIZARD_SECTIONS).optional(),
    sources: z
      .array(z.object({ title: z.string().min(3), note: z.string().optional(), url: z.url().optional() }))
      .min(1),
  }),
});

/** A content page such as «Om nettstedet»; the file name is the address (content/sider/nb/om.mdx → /om/). */
const sider = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/sider' }),
  schema: z.object({
    title: z.string().min(3),
    description: z.string().min(20).max(160),
    updated: z.coerce.date(),
  }),
});

/** The workshop kit for RVTS trainers: content/kurs/nb/index.mdx → /kurs/, content/kurs/nb/<side>.mdx → /kurs/<side>/. */
const kurs = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/kurs' }),
  schema: z.object({
    title: z.string().min(3),
    description: z.string().min(20).max(160),
    updated: z.coerce.date(),
    /** A table of contents (the page's h2 headings) under the title, for long pages such as the discussion questions. */
    toc: z.boolean().optional(),
  }),
});

export const collections = { veileder, sider, kurs };
