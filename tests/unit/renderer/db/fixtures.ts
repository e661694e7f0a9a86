/**
 * Realistic records as each schema version stored them. Never edit the
 * fixture of a shipped version; add one for each new version, and say in
 * expectedAfterUpgrade what a migration turns older records into.
 */
import { defaultTemplate } from '#shared/templates/default-template.ts';

type Rows = Record<string, unknown>[];
type Fixture = Record<string, Rows>;

const v1: Fixture = {
  profile: [
    {
      id: 'me',
      name: 'Anna Lindqvist',
      organisation: 'Örebro kommun',
      email: 'anna.lindqvist@orebro.se',
      goalAreaNames: ['Innovationer och entreprenörskap', 'Kunskapslyft för barn och unga 🌱'],
      createdAt: '2026-01-15T08:30:00.000Z',
      updatedAt: '2026-11-20T13:05:00.000Z',
    },
  ],
};

const v2: Fixture = {
  profile: v1.profile ?? [],
  goalAreas: [
    {
      id: 'ga-ie',
      code: 'IE',
      name: 'Innovationer och entreprenörskap',
      description: 'Fler innovativa företag i hela länet.',
      effectGoals: ['Fler nystartade företag per 1 000 invånare'],
      owner: 'Anna Lindqvist',
      reviewers: [{ name: 'Karin Berg', organisation: 'Region Örebro län', email: 'karin.berg@regionorebrolan.se', perspective: 'jämställdhet' }],
    },
  ],
  actionPlans: [
    {
      id: 'plan-1',
      goalAreaId: 'ga-ie',
      periodStart: 2026,
      periodEnd: 2028,
      title: 'Handlingsplan Innovationer och entreprenörskap 2026–2028',
      status: 'draft',
      sections: [{ key: 'sammanfattning', title: 'Sammanfattning', text: 'Rad ett\nRad två & <tre> 🚀' }],
      version: 1,
      updatedAt: '2026-11-20T13:05:00.000Z',
    },
  ],
  strategies: [
    { id: 'str-1', planId: 'plan-1', title: 'Fler unga företagare', why: 'Få nya företag startar.', effectGoal: 'Fler nystartade företag', what: 'Fler unga driver UF-företag.', target: '300 UF-företag 2028', indicators: [{ name: 'Nystartade företag', unit: 'per 1 000 inv.', baselineYear: 2025, baselineValue: 8.4, targetYear: 2028, targetValue: 10 }], order: 0 },
  ],
  tactics: [
    { id: 'tac-1', planId: 'plan-1', strategyId: 'str-1', title: 'UF i alla gymnasieskolor', who: { responsibleContactId: 'c-1', partnerContactIds: [], text: 'Ung Företagsamhet' }, how: 'Coachning i skolorna.', perspectives: [{ perspective: 'barn och unga', note: 'Gymnasieelever' }], order: 0 },
  ],
  activities: [
    { id: 'act-1', planId: 'plan-1', tacticId: 'tac-1', title: 'Kickoff för lärare', responsible: 'Anna Lindqvist', startDate: '2026-09-01', endDate: '2026-09-30', status: 'planned', costOre: 1_250_000, projectId: null, relatedGoalAreaIds: [], notes: '', order: 0 },
  ],
  planVersions: [
    {
      id: 'pv-1',
      planId: 'plan-1',
      version: 1,
      submittedAt: '2026-11-10T09:00:00.000Z',
      snapshot: {
        plan: { id: 'plan-1', goalAreaId: 'ga-ie', periodStart: 2026, periodEnd: 2028, title: 'Handlingsplan Innovationer och entreprenörskap 2026–2028', status: 'submitted', sections: [], version: 1, updatedAt: '2026-11-10T09:00:00.000Z' },
        strategies: [],
        tactics: [],
        activities: [],
      },
    },
  ],
  contacts: [
    { id: 'c-1', kind: 'organisation', name: 'Ung Företagsamhet Örebro län', organisation: '', role: 'Partner', municipality: 'Örebro', email: '', phone: '019-123 45', networks: ['LOKA'] },
  ],
  timeEntries: [
    { id: 't-1', date: '2026-11-23', minutes: 90, categoryId: 'moa', goalAreaId: 'ga-ie', activityId: null, projectId: null, note: 'Dialogmöte' },
  ],
};

/** What format 3 adds to a plan record: the template version it was written for. */
const withTemplateRef = (rows: Rows | undefined, templateRef: unknown = null): Rows => (rows ?? []).map((row) => ({ ...row, templateRef }));

const v3: Fixture = {
  ...v2,
  actionPlans: withTemplateRef(v2.actionPlans, { templateId: 'rus-standard', version: 1 }),
  planVersions: (v2.planVersions ?? []).map((row) => {
    const snapshot = row.snapshot as { plan: Record<string, unknown> };
    return { ...row, snapshot: { ...snapshot, plan: { ...snapshot.plan, templateRef: null } } };
  }),
  templates: [
    {
      id: 'rus-standard@1',
      templateId: 'rus-standard',
      version: 1,
      importedAt: '2026-11-20T13:00:00.000Z',
      source: 'Standardmall',
      template: defaultTemplate,
      referenceStylesXml: null,
      referenceFileName: null,
    },
  ],
  workbookSettings: [{ id: 'workbook', activeTemplateId: 'rus-standard@1' }],
  projects: [
    {
      id: 'proj-1',
      goalAreaId: 'ga-ie',
      title: 'Unga innovatörer i Bergslagen',
      status: 'ongoing',
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      strategyIds: ['str-1'],
      tacticIds: ['tac-1'],
      sections: [{ key: 'sammanfattning', title: 'Sammanfattning', text: 'Ett projekt för unga & innovation <2027> 🚀' }],
      goals: [{ id: 'g-1', level: 'project', text: 'Fler unga startar företag.', indicator: 'UF-företag', baseline: '120', target: '300', targetDate: '2027-12-31' }],
      targetGroups: { primary: 'Gymnasieelever', secondary: 'Lärare' },
      stakeholders: 'Kommunerna i länet',
      organisation: { ownerContactId: 'c-1', leaderContactId: null, steeringGroupContactIds: ['c-1'], referenceGroupContactIds: [], partnerContactIds: [] },
      workPackages: [{ id: 'wp-1', title: 'AP1 Coachning', description: '' }],
      activities: [
        { id: 'pa-1', workPackageId: 'wp-1', title: 'Coachträffar', responsible: 'Anna Lindqvist', startDate: '2026-02-01', endDate: '2026-06-15', status: 'ongoing', milestone: false },
        { id: 'pa-2', workPackageId: null, title: 'Halvtidsrapport', responsible: '', startDate: '2026-12-15', endDate: '2026-12-15', status: 'planned', milestone: true },
      ],
      budget: [{ id: 'b-1', category: 'personal', description: 'Projektledare 50 %', amounts: [{ year: 2026, ore: 45_000_000 }, { year: 2027, ore: 46_000_000 }] }],
      financiers: [{ id: 'f-1', name: 'Region Örebro län', contactId: null, cash: [{ year: 2026, ore: 30_000_000 }], inKind: [{ year: 2026, ore: 15_000_000 }] }],
      risks: [{ id: 'r-1', description: 'Skolorna hinner inte delta', likelihood: 3, consequence: 4, mitigation: 'Förankra hos rektorerna tidigt.', responsible: 'Anna Lindqvist' }],
      principles: [{ principle: 'genderEquality', how: 'Jämn fördelning av coacher.', rating: 'active' }],
      changeTheory: { challenge: '', activities: '', results: '', effects: '' },
      updatedAt: '2026-11-20T13:05:00.000Z',
      templateRef: null,
    },
  ],
  timeCategories: [
    { id: 'gammal', name: 'Arkiverad kategori', archived: true, order: 6 },
    { id: 'moa', name: 'MOA-uppdraget', archived: false, order: 0 },
  ],
  mandates: [{ id: 'm-1', validFrom: '2026-01-01', hoursPerWeek: 8 }],
  timer: [
    { id: 'timer', state: 'running', date: '2026-11-26', runningSince: '2026-11-26T07:15:00.000Z', accumulatedMs: 600_000, categoryId: 'moa', goalAreaId: null, activityId: null, projectId: null, note: '' },
  ],
  exportLog: [
    { id: 'e-1', kind: 'handlingsplan', subject: 'Handlingsplan Innovationer och entreprenörskap 2026–2028', sourceId: 'plan-1', version: 1, draft: true, exportedAt: '2026-11-20T13:10:00.000Z', fileName: 'Handlingsplan_IE_2026-2028_v1_2026-11-20.docx', sizeBytes: 18_234, sha256: 'a'.repeat(64) },
  ],
};

/** Format 4 adds the papperskorg: here a removed plan and a removed contact whose project link was cut. */
const v4: Fixture = {
  ...v3,
  trash: [
    {
      id: 'trash-1',
      kind: 'plan',
      title: 'Handlingsplan Innovationer 2029–2030',
      removedAt: '2026-11-25T10:00:00.000Z',
      records: {
        actionPlans: [{ ...(v3.actionPlans ?? [])[0], id: 'plan-old', periodStart: 2029, periodEnd: 2030, title: 'Handlingsplan Innovationer 2029–2030' }],
        strategies: [{ ...(v2.strategies ?? [])[0], id: 'str-old', planId: 'plan-old' }],
        activities: [{ ...(v2.activities ?? [])[0], id: 'act-old', planId: 'plan-old', tacticId: 'tac-old', projectId: null }],
      },
      cutLinks: { activities: [], timeEntries: [] },
    },
    {
      id: 'trash-2',
      kind: 'contact',
      title: 'Företagsfabriken',
      removedAt: '2026-11-26T10:00:00.000Z',
      records: { contacts: [{ id: 'c-old', kind: 'organisation', name: 'Företagsfabriken', organisation: '', role: '', municipality: 'Kumla', email: '', phone: '', networks: [] }] },
      cutLinks: { activities: [], timeEntries: [{ id: 't-1', projectId: 'proj-gone' }] },
    },
  ],
};

/** Format 5 adds Kolada's data: two values of one KPI for Örebro (women's missing; in key order, as the database returns them), the KPI, the area and the import. */
const v5: Fixture = {
  ...v4,
  koladaValues: [
    { id: 'N00914:1880:2023:K', kpiId: 'N00914', areaId: '1880', areaKind: 'municipality', year: 2023, gender: 'K', value: null, status: 'Missing', count: 0, importId: 'imp-1', importedAt: '2027-03-02T09:00:00.000Z' },
    { id: 'N00914:1880:2023:T', kpiId: 'N00914', areaId: '1880', areaKind: 'municipality', year: 2023, gender: 'T', value: 79.2, status: 'Uncertain', count: 1, importId: 'imp-1', importedAt: '2027-03-02T09:00:00.000Z' },
  ],
  koladaKpis: [
    { id: 'N00914', title: 'Invånare 20-64 år som förvärvsarbetar, andel (%)', description: 'Antal invånare 20-64 år som förvärvsarbetar dividerat med antal invånare 20-64 år.', operatingArea: 'Arbetsmarknad', dividedByGender: true, municipalityType: 'A', importedAt: '2027-03-02T09:00:00.000Z' },
  ],
  koladaAreas: [{ id: '1880', title: 'Örebro', type: 'K' }],
  koladaImports: [{ id: 'imp-1', importedAt: '2027-03-02T09:00:00.000Z', source: 'file', from: ['N00914.json'], added: 2, changed: 0, removed: 0, unchanged: 0, kpiIds: ['N00914'] }],
};

/** Format 6 adds meetings: a dialogue meeting with an agenda item, a decision under it and an action that became an activity. */
const v6: Fixture = {
  ...v5,
  meetings: [
    {
      id: 'meet-1',
      title: 'Dialogmöte våren 2027',
      kind: 'dialogue',
      startDate: '2027-03-02',
      endDate: '2027-03-02',
      startTime: '09:00',
      endTime: '11:00',
      place: 'Regionens hus, rum Vättern',
      link: '',
      goalAreaIds: ['ga-1'],
      organizer: 'RUS-kansliet',
      participants: [{ id: 'p-1', contactId: null, name: 'Karin Berg', email: 'karin.berg@example.se' }],
      agenda: [{ id: 'ag-1', title: 'Handlingsplanen', notes: 'Genomgång av strategierna.' }],
      decisions: [{ id: 'd-1', text: 'Planen lämnas in i maj.', agendaItemId: 'ag-1' }],
      actions: [{ id: 'ac-1', what: 'Boka workshop', who: 'Karin Berg', dueDate: '2027-04-01', done: false, activityId: 'act-1' }],
      notes: '',
      cycleEventId: null,
      calendar: { uid: 'meet-1@moa-arbetsboken', sequence: 0, sharedAt: null },
      activityIds: ['act-1'],
      openDueDates: ['2027-04-01'],
      createdAt: '2027-02-20T10:00:00.000Z',
      updatedAt: '2027-03-02T11:05:00.000Z',
    },
  ],
};

/** Format 7 adds granskning: a reviewer's comment on a strategy with the MOA's answer, a reply, and the round it came from. */
const v7: Fixture = {
  ...v6,
  reviewItems: [
    {
      id: 'rev-1',
      planId: 'plan-1',
      version: 1,
      kind: 'comment',
      author: 'Maria Svensson',
      initials: 'MS',
      writtenAt: '2027-04-02T10:15:00Z',
      text: 'Hur når strategin kvinnor som driver företag?',
      commentedText: 'Fler unga företagare',
      parentId: null,
      resolvedInWord: false,
      placement: { kind: 'part', partKind: 'strategy', recordId: 'str-1', anchor: '_moa_g0000abcd' },
      status: 'answered',
      answer: 'Vi lägger till en aktivitet med kvinnliga förebilder.',
      source: { fileName: 'Handlingsplan_IE_granskad_MS.docx', identity: '0123456789abcdef' },
      importedAt: '2027-04-05T08:00:00.000Z',
      updatedAt: '2027-04-06T09:00:00.000Z',
    },
    {
      id: 'rev-2',
      planId: 'plan-1',
      version: 1,
      kind: 'comment',
      author: 'Ahmed Hassan',
      initials: 'AH',
      writtenAt: null,
      text: 'Instämmer.',
      commentedText: '',
      parentId: 'rev-1',
      resolvedInWord: true,
      placement: { kind: 'outside' },
      status: 'new',
      answer: '',
      source: { fileName: 'Handlingsplan_IE_granskad_MS.docx', identity: 'fedcba9876543210' },
      importedAt: '2027-04-05T08:00:00.000Z',
      updatedAt: '2027-04-05T08:00:00.000Z',
    },
  ],
  reviewRounds: [
    {
      id: 'round-1',
      planId: 'plan-1',
      version: 1,
      reviewers: [{ name: 'Maria Svensson', organisation: 'Länsstyrelsen i Örebro län', email: 'maria.svensson@lansstyrelsen.se', perspective: 'jämställdhet' }],
      sentAt: '2027-03-20T09:00:00.000Z',
      dueDate: '2027-04-10',
      fileNames: ['Handlingsplan_IE_granskning_v1.docx'],
    },
  ],
};

export const fixturesByVersion: Record<number, Fixture> = { 1: v1, 2: v2, 3: v3, 4: v4, 5: v5, 6: v6, 7: v7 };

/** What a database written at `version` holds after the current code has upgraded it. */
export function expectedAfterUpgrade(version: number): Fixture {
  const fixture = fixturesByVersion[version];
  if (!fixture) throw new Error(`ingen fixtur för version ${version}`);
  // Format 3 gives plans and submitted versions' plans a template reference: none for older records.
  if (version >= 3) return fixture;
  const planVersions = (fixture.planVersions ?? []).map((row) => {
    const snapshot = row.snapshot as { plan: Record<string, unknown> };
    return { ...row, snapshot: { ...snapshot, plan: { ...snapshot.plan, templateRef: null } } };
  });
  return {
    ...fixture,
    ...(fixture.actionPlans ? { actionPlans: withTemplateRef(fixture.actionPlans) } : {}),
    ...(fixture.planVersions ? { planVersions } : {}),
  };
}
