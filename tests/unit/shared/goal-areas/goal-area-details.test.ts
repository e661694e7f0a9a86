import { describe, expect, it } from 'vitest';
import { defaultPerspectives } from '#shared/domain/plan.ts';
import { validateReviewer, type Reviewer } from '#shared/plan/goal-area-details.ts';

const karin: Reviewer = { name: 'Karin Berg', organisation: 'Region Örebro län', email: 'karin.berg@regionorebrolan.se', perspective: 'jämställdhet' };
const codes = (reviewer: Partial<Reviewer>) => validateReviewer({ ...karin, ...reviewer }).map((p) => `${p.field}:${p.code}`);

describe('reviewer validation', () => {
  it.each<[string, Partial<Reviewer>, string[]]>([
    ['a full reviewer', {}, []],
    ['only a name', { organisation: '', email: '', perspective: '' }, []],
    ['a free-text perspective', { perspective: 'tillgänglighet' }, []],
    ['no name', { name: '' }, ['name:required']],
    ['a bad e-mail', { email: 'karin.berg' }, ['email:invalidEmail']],
    ['an organisation over 500 characters', { organisation: 'o'.repeat(501) }, ['organisation:tooLong']],
    ['a perspective over 500 characters', { perspective: 'p'.repeat(501) }, ['perspective:tooLong']],
  ])('%s', (_label, reviewer, expected) => {
    expect(codes(reviewer)).toEqual(expected);
  });

  it('accepts every default perspective', () => {
    for (const perspective of defaultPerspectives) expect(codes({ perspective })).toEqual([]);
  });

  it('places problems in a list with a prefix', () => {
    expect(validateReviewer({ ...karin, name: '' }, 'reviewers.2.')).toEqual([{ field: 'reviewers.2.name', code: 'required' }]);
  });
});
