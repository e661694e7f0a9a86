import type { Language } from '#shared/settings.ts';
import { hostMessagesEn } from './messages.en.ts';
import { hostMessagesSv, type HostMessages } from './messages.sv.ts';

/** The host's messages per UI language; a new language is one messages.<language>.ts and its entry here. */
export const hostMessages: Record<Language, HostMessages> = { sv: hostMessagesSv, en: hostMessagesEn };

export type { HostMessages };
