import { z } from 'zod';

/** Record ids: UUIDs from the renderer, or stable readable ids from templates and generators. */
export const idSchema = z.string().min(1).max(64);

/** A calendar date as stored: `YYYY-MM-DD`, and a real date. */
export const isoDateSchema = z.iso.date();

/** Money in whole öre, so sums are exact. */
export const oreSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Free text a user writes; long texts are normal, runaway ones are not. */
export const longTextSchema = z.string().max(50_000);
export const shortTextSchema = z.string().max(500);

export const yearSchema = z.number().int().min(2000).max(2100);
