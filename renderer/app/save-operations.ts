/**
 * Every operation an autosave may journal, by name, so the journal can be
 * replayed at start (see autosave.ts). An operation a field schedules but
 * this list lacks would stay in the journal unapplied: the unit test
 * tests/unit/renderer/autosave/save-operations.test.ts checks each repository's
 * definitions are here.
 */
import { nodeEdit, planSectionEdit } from '../features/plans/plan-repository.ts';
import { projectEdit } from '../features/projects/project-repository.ts';
import { cellEdit } from '../features/timelog/week-grid-repository.ts';
import { timerNoteEdit } from '../features/timelog/timer-repository.ts';
import { koladaAreasEdit } from '../features/goal-areas/goal-area-repository.ts';
import { meetingEdit } from '../features/meetings/meeting-repository.ts';
import { reviewItemEdit } from '../features/review/review-repository.ts';
import type { RegisteredSaveOperation } from '../saving/autosave.ts';

export const saveOperations: readonly RegisteredSaveOperation[] = [nodeEdit, planSectionEdit, projectEdit, timerNoteEdit, cellEdit, koladaAreasEdit, meetingEdit, reviewItemEdit];
