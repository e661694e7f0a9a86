/**
 * The time entry's fields, described once (shared/fields/field-descriptor.ts): the entry form,
 * the day list and the checks read their labels and limits here, and the tidrapport reads the
 * document labels. A category's name is described the same way.
 */
import { isoDateSchema } from '../domain/common.ts';
import type { TimeCategory, TimeEntry } from '../domain/timelog.ts';
import type { FieldDescriptor, FieldTable } from '../fields/field-descriptor.ts';

/** The most characters an entry's (or the timer's) note may hold. */
export const NOTE_MAX = 2000;
/** The most characters a category's name may hold. */
export const CATEGORY_NAME_MAX = 100;

/** What a user gives an entry: everything but its id. */
export type EntryFields = Omit<TimeEntry, 'id'>;

type Descriptors<R> = { readonly [K in keyof R & string]: FieldDescriptor<R, K> };

/** Each field of an entry by its key; `uiLabel` keeps its literal type, so the renderer's `t()` checks it. */
export const timeEntryField = {
  date: {
    key: 'date',
    kind: 'date',
    uiLabel: 'timelog.field.date',
    documentLabel: null,
    required: true,
    validate: (entry) => (isoDateSchema.safeParse(entry.date).success ? null : { field: 'date', code: 'invalidDate' }),
  },
  minutes: { key: 'minutes', kind: 'minutes', uiLabel: 'timelog.field.duration', documentLabel: null, required: true },
  categoryId: { key: 'categoryId', kind: 'reference', uiLabel: 'timelog.field.category', documentLabel: null, required: true },
  goalAreaId: { key: 'goalAreaId', kind: 'reference', uiLabel: 'timelog.field.goalArea', documentLabel: null },
  activityId: { key: 'activityId', kind: 'reference', uiLabel: 'timelog.field.activity', documentLabel: null },
  projectId: { key: 'projectId', kind: 'reference', uiLabel: 'timelog.field.project', documentLabel: null },
  note: {
    key: 'note',
    kind: 'longText',
    uiLabel: 'timelog.field.note',
    documentLabel: null,
    maxLength: NOTE_MAX,
    validate: (entry) => (entry.note.length > NOTE_MAX ? { field: 'note', code: 'tooLong', max: NOTE_MAX } : null),
  },
} as const satisfies Descriptors<EntryFields>;

/** A time entry's fields in the order the entry form and the day list show them. */
export const timeEntryFields: FieldTable<EntryFields> = [
  timeEntryField.date,
  timeEntryField.minutes,
  timeEntryField.categoryId,
  timeEntryField.goalAreaId,
  timeEntryField.activityId,
  timeEntryField.projectId,
  timeEntryField.note,
];

/** The one field of a category a user types; archiving and order are actions, not fields. */
export const timeCategoryField = {
  name: {
    key: 'name',
    kind: 'shortText',
    uiLabel: 'timelog.categories.name',
    documentLabel: null,
    required: true,
    maxLength: CATEGORY_NAME_MAX,
  },
} as const satisfies Pick<Descriptors<TimeCategory>, 'name'>;
