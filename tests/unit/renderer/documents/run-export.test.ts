import 'fake-indexeddb/auto';
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveFileRequest, SaveFileResult } from '#shared/platform/contract.ts';

const steps: string[] = [];
/** A pending autosave: the export must write it before it reads the plan. */
let pendingTitle: { planId: string; title: string } | null = null;

const saveFile = vi.fn<(request: SaveFileRequest) => Promise<SaveFileResult>>();
vi.mock('#host', () => ({ platform: { saveFile } }));
vi.mock('../../../../renderer/saving/autosave.ts', () => ({
  flushSaves: async () => {
    steps.push('flush');
    if (pendingTitle) await db().actionPlans.update(pendingTitle.planId, { title: pendingTitle.title });
    pendingTitle = null;
  },
}));

const { db } = await import('../../../../renderer/db/database.ts');
const { listExportLog } = await import('../../../../renderer/features/documents/export-log-repository.ts');
const { documentKinds } = await import('../../../../renderer/features/documents/export-registry.ts');
const { exportMissing, runExport } = await import('../../../../renderer/features/documents/run-export.ts');
const { createGoalArea, createPlan, loadExample } = await import('../../../../renderer/features/plans/plan-repository.ts');

const { handlingsplan } = documentKinds;
const realGather = handlingsplan.gather.bind(handlingsplan);
const gather = vi.spyOn(handlingsplan, 'gather').mockImplementation((...args) => {
  steps.push('gather');
  return realGather(...args);
});
const build = vi.spyOn(handlingsplan, 'build');

beforeEach(async () => {
  steps.length = 0;
  pendingTitle = null;
  saveFile.mockReset();
  gather.mockClear();
  build.mockClear();
  await db().open();
  await Promise.all(db().tables.map((table) => table.clear()));
});

function saveAs(name: string | null) {
  saveFile.mockImplementation(async () => {
    steps.push(`save (log has ${(await listExportLog()).length})`);
    return name === null ? { status: 'cancelled' } : { status: 'saved', name };
  });
}

describe('runExport', () => {
  it('writes pending saves before it reads the plan, and logs only after the file is saved', async () => {
    const planId = await loadExample('Anna Lindqvist');
    pendingTitle = { planId, title: 'Handlingsplan med en titel som inte hunnit sparas' };
    saveAs('Min handlingsplan.docx');

    const result = await runExport('handlingsplan', { planId }, 'sv', '2026-12-02');

    expect(result).toEqual({ status: 'saved', name: 'Min handlingsplan.docx' });
    expect(steps).toEqual(['flush', 'gather', 'save (log has 0)']);
    const request = saveFile.mock.calls[0]?.[0];
    expect(request?.suggestedName).toMatch(/^Handlingsplan_Innovationer-och-entreprenorskap_\d{4}-\d{4}_v1_2026-12-02\.docx$/);
    expect(strFromU8(unzipSync(request?.bytes ?? new Uint8Array())['word/document.xml'] ?? new Uint8Array())).toContain('Handlingsplan med en titel som inte hunnit sparas');
    const [entry] = await listExportLog();
    expect(entry).toMatchObject({ kind: 'handlingsplan', subject: 'Handlingsplan med en titel som inte hunnit sparas', sourceId: planId, version: 1, draft: false, language: 'sv', fileName: 'Min handlingsplan.docx' });
  });

  it('hands the chosen language’s words to the builder and records the language in the log', async () => {
    const planId = await loadExample('Anna Lindqvist');
    saveAs('Action plan.docx');
    await runExport('handlingsplan', { planId }, 'en', '2026-12-02');
    expect(build.mock.calls[0]?.[1].language).toBe('en');
    expect((await listExportLog())[0]?.language).toBe('en');
  });

  it('logs nothing when the save dialog is cancelled', async () => {
    const planId = await loadExample('Anna Lindqvist');
    saveAs(null);
    expect(await runExport('handlingsplan', { planId }, 'sv', '2026-12-02')).toEqual({ status: 'cancelled' });
    expect(steps).toEqual(['flush', 'gather', 'save (log has 0)']);
    expect(await listExportLog()).toEqual([]);
  });

  it('marks a plan exported with something missing as a draft', async () => {
    const goalArea = await createGoalArea({ code: 'KL', name: 'Kunskapslyft', description: '', owner: 'Anna Lindqvist', effectGoals: [], reviewers: [] });
    const plan = await createPlan({ goalAreaId: goalArea.id, title: 'Handlingsplan Kunskapslyft', periodStart: 2027, periodEnd: 2028 });
    saveAs('Utkast.docx');
    expect((await exportMissing('handlingsplan', { planId: plan.id })).length).toBeGreaterThan(0);
    expect(steps).toEqual(['flush']);
    await runExport('handlingsplan', { planId: plan.id }, 'sv', '2026-12-02');
    expect((await listExportLog())[0]).toMatchObject({ subject: 'Handlingsplan Kunskapslyft', draft: true });
  });

  it('exports an indikatorrapport of a goal area, named and logged by the goal area, in the chosen language', async () => {
    const planId = await loadExample('Anna Lindqvist');
    const goalAreaId = (await db().actionPlans.get(planId))?.goalAreaId ?? '';
    saveAs('Indikatorrapport.docx');
    await runExport('indikatorrapport', { goalAreaId, planId: null }, 'sv', '2026-12-02');
    const request = saveFile.mock.calls[0]?.[0];
    expect(request?.suggestedName).toBe('Indikatorrapport_Innovationer-och-entreprenorskap_2026-12-02.docx');
    const xml = strFromU8(unzipSync(request?.bytes ?? new Uint8Array())['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('Indikatorrapport Innovationer och entreprenörskap');
    // The example's indicators have no Kolada id: listed with baseline and target, and no picture to draw.
    expect(xml).toContain('Indikatorn är inte kopplad till något nyckeltal i Kolada och har inga värden därifrån.');
    expect(await exportMissing('indikatorrapport', { goalAreaId, planId: null })).toEqual([]);
    expect((await listExportLog())[0]).toMatchObject({ kind: 'indikatorrapport', subject: 'Innovationer och entreprenörskap', sourceId: goalAreaId, version: null, draft: false, language: 'sv' });
  });

  it('exports a meeting’s minutes with the register’s current names and the activities’ statuses, named and logged by the meeting', async () => {
    const planId = await loadExample('Anna Lindqvist');
    const goalAreaId = (await db().actionPlans.get(planId))?.goalAreaId ?? '';
    const [contact] = await db().contacts.toArray();
    const [activity] = await db().activities.where('planId').equals(planId).toArray();
    if (!contact || !activity) throw new Error('the example has contacts and activities');
    const now = '2027-03-02T12:00:00.000Z';
    await db().meetings.put({
      id: 'meeting-1',
      title: 'Dialogmöte: mars/april',
      kind: 'dialogue',
      startDate: '2027-03-02',
      endDate: '2027-03-02',
      startTime: '09:00',
      endTime: '11:00',
      place: 'Örebro',
      link: '',
      goalAreaIds: [goalAreaId],
      organizer: 'RUS-kansliet',
      participants: [{ id: 'p-1', contactId: contact.id, name: 'Ett gammalt namn', email: '' }],
      agenda: [{ id: 'a-1', title: 'Budget', notes: 'Ramarna är oförändrade.' }],
      decisions: [{ id: 'd-1', text: 'Budgeten fastställs.', agendaItemId: 'a-1' }],
      actions: [{ id: 'x-1', what: 'Ordna workshop', who: 'Per Ek', dueDate: '2027-04-30', done: false, activityId: activity.id }],
      notes: '',
      cycleEventId: null,
      calendar: { uid: 'meeting-1@moa', sequence: 0, sharedAt: null },
      activityIds: [activity.id],
      openDueDates: [],
      createdAt: now,
      updatedAt: now,
    });
    saveAs('Minnesanteckningar.docx');
    expect(await exportMissing('minnesanteckningar', { meetingId: 'meeting-1' })).toEqual([]);
    await runExport('minnesanteckningar', { meetingId: 'meeting-1' }, 'sv', '2027-03-03');
    const request = saveFile.mock.calls[0]?.[0];
    expect(request?.suggestedName).toBe('Minnesanteckningar_Dialogmote-mars-april_2027-03-02.docx');
    const xml = strFromU8(unzipSync(request?.bytes ?? new Uint8Array())['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain(contact.name);
    expect(xml).not.toContain('Ett gammalt namn');
    expect(xml).toContain(`blev aktiviteten ”${activity.title}”`);
    expect((await listExportLog())[0]).toMatchObject({ kind: 'minnesanteckningar', subject: 'Dialogmöte: mars/april (2027-03-02)', sourceId: 'meeting-1', version: null, draft: false, language: 'sv' });
  });

  it('says so when the meeting to export no longer exists', async () => {
    await expect(runExport('minnesanteckningar', { meetingId: 'gone' }, 'sv', '2027-03-03')).rejects.toThrow('Mötet finns inte längre.');
    expect(await listExportLog()).toEqual([]);
  });

  it('finds nothing missing in a document that has no completeness check', async () => {
    expect(await exportMissing('tidrapport', { from: '2026-01-01', to: '2026-12-31', label: '2026' })).toEqual([]);
  });
});
