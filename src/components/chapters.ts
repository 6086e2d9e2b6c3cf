import { getCollection, type CollectionEntry } from 'astro:content';
import { LANG_TAG, type UiLang } from '../i18n/routes';

export type Chapter = CollectionEntry<'veileder'>;

/** Chapters of one language, in reading order; the slug is the file name. */
export async function chapters(lang: UiLang): Promise<Chapter[]> {
  const all = await getCollection('veileder', (c) => c.id.startsWith(`${lang}/`));
  return all.sort((a, b) => a.data.order - b.data.order);
}

export function slugOf(chapter: Chapter): string {
  return chapter.id.split('/').pop()!;
}

/** The bokmål addresses of the chapters, for the list of moved nynorsk addresses (movedNynorskPaths). */
export async function chapterPaths(): Promise<string[]> {
  return (await chapters('nb')).map((c) => `/veileder/${slugOf(c)}/`);
}

export function formatUpdated(date: Date, lang: UiLang): string {
  return new Intl.DateTimeFormat(LANG_TAG[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
