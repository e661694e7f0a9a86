/**
 * The Swedish message catalogue: the source of truth for keys. Each feature
 * keeps its messages in one file per language (features/<name>/messages.sv.ts,
 * messages.en.ts …) and they are merged here, so features never edit one file.
 */
import { coreMessagesSv } from './core.sv.ts';
import { plansMessagesSv } from '../features/plans/messages.sv.ts';
import { activitiesMessagesSv } from '../features/activities/messages.sv.ts';
import { contactsMessagesSv } from '../features/contacts/messages.sv.ts';
import { goalAreasMessagesSv } from '../features/goal-areas/messages.sv.ts';
import { documentsMessagesSv } from '../features/documents/messages.sv.ts';
import { projectsMessagesSv } from '../features/projects/messages.sv.ts';
import { timelineMessagesSv } from '../features/projects/timeline/messages.sv.ts';
import { timelogMessagesSv } from '../features/timelog/messages.sv.ts';
import { timelogFollowUpMessagesSv } from '../features/timelog/follow-up/messages.sv.ts';
import { backupMessagesSv } from '../features/backup/messages.sv.ts';
import { templatesMessagesSv } from '../features/templates/messages.sv.ts';
import { uiMessagesSv } from '../ui/messages.sv.ts';
import { trashMessagesSv } from '../features/trash/messages.sv.ts';
import { indicatorsMessagesSv } from '../features/indicators/messages.sv.ts';
import { meetingsMessagesSv } from '../features/meetings/messages.sv.ts';
import { reviewMessagesSv } from '../features/review/messages.sv.ts';
import { calendarMessagesSv } from '../features/meetings/calendar/messages.sv.ts';
import { prepareMessagesSv } from '../features/meetings/prepare/messages.sv.ts';

export const sv = { ...coreMessagesSv, ...plansMessagesSv, ...activitiesMessagesSv, ...contactsMessagesSv, ...goalAreasMessagesSv, ...documentsMessagesSv, ...projectsMessagesSv, ...timelineMessagesSv, ...timelogMessagesSv, ...timelogFollowUpMessagesSv, ...backupMessagesSv, ...templatesMessagesSv, ...uiMessagesSv, ...trashMessagesSv, ...indicatorsMessagesSv, ...meetingsMessagesSv, ...reviewMessagesSv, ...calendarMessagesSv, ...prepareMessagesSv };

export type MessageKey = keyof typeof sv;
export type Catalogue = Record<MessageKey, string>;
