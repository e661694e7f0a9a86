import { describe, expect, it } from 'vitest';
import { normaliseContactDraft, validateContactDraft, type ContactDraft } from '#shared/domain/contact-validation.ts';

const valid: ContactDraft = {
  kind: 'person',
  name: 'Lars Nilsson',
  organisation: 'Karlskoga kommun',
  role: 'Näringslivschef',
  municipality: 'Karlskoga',
  email: 'lars.nilsson@karlskoga.se',
  phone: '0586-610 00',
  networks: ['Kommunernas jämförelsenätverk'],
};

const codes = (draft: Partial<ContactDraft>) => validateContactDraft({ ...valid, ...draft }).map((p) => `${p.field}:${p.code}`);

describe('contact validation', () => {
  it.each<[string, Partial<ContactDraft>, string[]]>([
    ['a full person', {}, []],
    ['an organisation with only a name', { kind: 'organisation', name: 'Almi', organisation: '', role: '', municipality: '', email: '', phone: '', networks: [] }, []],
    ['emoji and Swedish letters in the name', { name: 'Åsa Öberg 🌱' }, []],
    ['an international phone number', { phone: '+46 (0)19-17 48 00' }, []],
    ['an empty name', { name: '' }, ['name:required']],
    ['a name of only spaces', { name: '   ' }, ['name:required']],
    ['a name over 500 characters', { name: 'x'.repeat(501) }, ['name:tooLong']],
    ['an e-mail without @', { email: 'lars.nilsson.karlskoga.se' }, ['email:invalidEmail']],
    ['an e-mail without domain', { email: 'lars@' }, ['email:invalidEmail']],
    ['an e-mail with a space', { email: 'lars nilsson@karlskoga.se' }, ['email:invalidEmail']],
    ['a phone with letters', { phone: '019-17 48 00 ankn. 12' }, ['phone:invalidPhone']],
    ['a phone of only a plus', { phone: '+' }, ['phone:invalidPhone']],
    ['a phone over 50 characters', { phone: '1'.repeat(51) }, ['phone:tooLong']],
    ['a role over 500 characters', { role: 'r'.repeat(501) }, ['role:tooLong']],
    ['51 networks', { networks: Array.from({ length: 51 }, (_, i) => `Nätverk ${i}`) }, ['networks:tooMany']],
    ['an unknown kind', { kind: 'robot' as ContactDraft['kind'] }, ['kind:invalidKind']],
    ['several problems, in form order', { name: '', email: 'x', phone: 'abc' }, ['name:required', 'email:invalidEmail', 'phone:invalidPhone']],
  ])('%s', (_label, draft, expected) => {
    expect(codes(draft)).toEqual(expected);
  });

  it('trims the identifying fields and drops empty network lines, leaving the rest as written', () => {
    const normalised = normaliseContactDraft({ ...valid, name: '  Lars  ', email: ' lars@karlskoga.se ', networks: [' RUS-forum ', '', '  '] });
    expect(normalised.name).toBe('Lars');
    expect(normalised.email).toBe('lars@karlskoga.se');
    expect(normalised.networks).toEqual(['RUS-forum']);
  });
});
