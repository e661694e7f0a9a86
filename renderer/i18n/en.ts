/** The English message catalogue, merged from each feature's messages.en.ts. */
import { coreMessagesEn } from './core.en.ts';
import { plansMessagesEn } from '../features/plans/messages.en.ts';
import { activitiesMessagesEn } from '../features/activities/messages.en.ts';
import { contactsMessagesEn } from '../features/contacts/messages.en.ts';
import { goalAreasMessagesEn } from '../features/goal-areas/messages.en.ts';
import { documentsMessagesEn } from '../features/documents/messages.en.ts';
import { projectsMessagesEn } from '../features/projects/messages.en.ts';
import { timelineMessagesEn } from '../features/projects/timeline/messages.en.ts';
import { timelogMessagesEn } from '../features/timelog/messages.en.ts';
import { timelogFollowUpMessagesEn } from '../features/timelog/follow-up/messages.en.ts';
import { backupMessagesEn } from '../features/backup/messages.en.ts';
import { templatesMessagesEn } from '../features/templates/messages.en.ts';
import { uiMessagesEn } from '../ui/messages.en.ts';
import { trashMessagesEn } from '../features/trash/messages.en.ts';
import { indicatorsMessagesEn } from '../features/indicators/messages.en.ts';
import { meetingsMessagesEn } from '../features/meetings/messages.en.ts';
import { reviewMessagesEn } from '../features/review/messages.en.ts';
import { calendarMessagesEn } from '../features/meetings/calendar/messages.en.ts';
import { prepareMessagesEn } from '../features/meetings/prepare/messages.en.ts';
import type { Catalogue } from './sv.ts';

export const en: Catalogue = { ...coreMessagesEn, ...plansMessagesEn, ...activitiesMessagesEn, ...contactsMessagesEn, ...goalAreasMessagesEn, ...documentsMessagesEn, ...projectsMessagesEn, ...timelineMessagesEn, ...timelogMessagesEn, ...timelogFollowUpMessagesEn, ...backupMessagesEn, ...templatesMessagesEn, ...uiMessagesEn, ...trashMessagesEn, ...indicatorsMessagesEn, ...meetingsMessagesEn, ...reviewMessagesEn, ...calendarMessagesEn, ...prepareMessagesEn };
