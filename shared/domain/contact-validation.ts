/**
 * Checks for the contacts register (kontakter). Problems are codes with the
 * field they concern; the renderer words them. The same e-mail rule as the
 * stored schema (zod), so what passes here is never refused on write.
 */
import { z } from 'zod';
import type { Contact } from './plan.ts';

export type ContactDraft = Omit<Contact, 'id'>;
export type ContactField = keyof ContactDraft;

export type ContactProblemCode = 'required' | 'tooLong' | 'invalidEmail' | 'invalidPhone' | 'invalidKind' | 'tooMany';

export interface ContactProblem {
  field: ContactField;
  code: ContactProblemCode;
  max?: number;
}

/** The limits of shared/domain/plan.ts's contactSchema, as numbers the renderer can show. */
export const contactLimits = { text: 500, phone: 50, networks: 50 } as const;

export const contactKinds = ['organisation', 'person'] as const satisfies readonly Contact['kind'][];

const emailSchema = z.email();
const phonePattern = /^[\d\s+\-()]*$/u;

/** An e-mail address as the stored schema accepts it (empty is allowed by the caller, not here). */
export function isEmailAddress(value: string): boolean {
  return emailSchema.safeParse(value).success;
}

/** Digits, spaces and + - ( ), with at least one digit: `019-17 48 00`, `+46 (0)19 10 20 30`. */
export function isPhoneNumber(value: string): boolean {
  return phonePattern.test(value) && /\d/u.test(value);
}

/**
 * What a user typed, made ready to judge and store: the identifying fields
 * trimmed (a pasted address often brings a space along), networks one per
 * line without empty lines. Free text is otherwise left as written.
 */
export function normaliseContactDraft(draft: ContactDraft): ContactDraft {
  return {
    kind: draft.kind,
    name: draft.name.trim(),
    organisation: draft.organisation.trim(),
    role: draft.role.trim(),
    municipality: draft.municipality.trim(),
    email: draft.email.trim(),
    phone: draft.phone.trim(),
    networks: draft.networks.map((n) => n.trim()).filter((n) => n !== ''),
  };
}

function checkText(problems: ContactProblem[], field: ContactField, value: string, required: boolean): void {
  if (required && value.trim() === '') problems.push({ field, code: 'required' });
  else if (value.length > contactLimits.text) problems.push({ field, code: 'tooLong', max: contactLimits.text });
}

/** Problems in form order; an empty list means the draft may be stored. */
export function validateContactDraft(draft: ContactDraft): ContactProblem[] {
  const problems: ContactProblem[] = [];
  if (!(contactKinds as readonly string[]).includes(draft.kind)) problems.push({ field: 'kind', code: 'invalidKind' });
  checkText(problems, 'name', draft.name, true);
  checkText(problems, 'organisation', draft.organisation, false);
  checkText(problems, 'role', draft.role, false);
  checkText(problems, 'municipality', draft.municipality, false);
  if (draft.email !== '') {
    if (draft.email.length > contactLimits.text) problems.push({ field: 'email', code: 'tooLong', max: contactLimits.text });
    else if (!isEmailAddress(draft.email)) problems.push({ field: 'email', code: 'invalidEmail' });
  }
  if (draft.phone !== '') {
    if (draft.phone.length > contactLimits.phone) problems.push({ field: 'phone', code: 'tooLong', max: contactLimits.phone });
    else if (!isPhoneNumber(draft.phone)) problems.push({ field: 'phone', code: 'invalidPhone' });
  }
  if (draft.networks.length > contactLimits.networks) problems.push({ field: 'networks', code: 'tooMany', max: contactLimits.networks });
  else if (draft.networks.some((n) => n.length > contactLimits.text)) problems.push({ field: 'networks', code: 'tooLong', max: contactLimits.text });
  return problems;
}
