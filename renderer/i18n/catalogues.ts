import type { Language } from '#shared/settings.ts';
import { en } from './en.ts';
import { sv, type Catalogue } from './sv.ts';

/**
 * Every UI language's catalogue. A new language is one messages file per
 * feature, its merge file here (like en.ts) and its entry in `languages`
 * (shared/settings.ts); this record then refuses to compile until it is added.
 */
export const catalogues: Record<Language, Catalogue> = { sv, en };
