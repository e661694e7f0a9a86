/**
 * Model-based browser tests (issue 12, Trust): random sequences of what a
 * person does — typing valid and invalid values with the keyboard, outline
 * operations, undo, reloads (some 50 ms after the last key), view switches —
 * in the plan editor, the project editor and the time-log week grid. After
 * every step the screen, IndexedDB and the model must agree. A failure
 * prints the shrunk sequence of steps. Settings: tests/e2e/model/run-settings.ts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expectAccessible } from './harness/fixtures.ts';
import { PlanEditorPage } from './pages/plan-editor-page.ts';
import { useModelBrowser, type ModelPage } from './model/model-browser.ts';
import { costArbitrary, dateArbitrary, planCommands, yearTypoArbitrary } from './model/plan-commands.ts';
import { formCommands } from './model/form-model.ts';
import { activityPair, amountNames, setUpProject } from './model/project-system.ts';
import { setUpTimelog, timelogCommands } from './model/timelog-model.ts';
import { indicatorCommands, setUpIndicators } from './model/indicator-model.ts';
import { newActivityDate, planTitle, setUpPlan, type PlanModel, type PlanSystem } from './model/plan-system.ts';
import { dateField, costField } from './model/fields.ts';
import { baseline, maxCommands, modelRuns, modelSeed, modelTimeout } from './model/run-settings.ts';

const runOptions = { numRuns: modelRuns, seed: modelSeed, endOnFailure: false, interruptAfterTimeLimit: modelTimeout - 15_000, markInterruptAsFailure: false } as const;

describe('modellbaserat: det som syns är det som är sparat', () => {
  const browser = useModelBrowser();

  /**
   * One property per editor: every run gets a fresh browser profile, sets the editor up, runs the
   * command sequence, and ends with axe-core and no errors logged by the page.
   */
  function modelRun<M extends object, S>(
    commands: fc.Arbitrary<fc.AsyncCommand<M, S>>[],
    setUp: (opened: ModelPage) => Promise<{ model: M; system: S }>,
    what: string,
  ): () => Promise<void> {
    return async () => {
      await fc.assert(
        fc.asyncProperty(fc.commands(commands, { maxCommands }), async (sequence) => {
          const opened = await browser.open();
          try {
            const { model, system } = await setUp(opened);
            await fc.asyncModelRun(() => ({ model, real: system }), sequence);
            if (!baseline) await expectAccessible(opened.page, `${what} efter en modellkörning`);
            expect(opened.errors, 'fel i sidan under körningen').toEqual([]);
          } finally {
            await opened.close();
          }
        }),
        runOptions,
      );
    };
  }

  it(
    'planredigeraren: disposition, datum, kostnad, ångra, omladdning och vybyte',
    modelRun(
      planCommands,
      async (opened) => {
        const { planId, layout, firstTitle } = await setUpPlan(opened.page, browser.baseUrl);
        const newDate = newActivityDate();
        const model: PlanModel = {
          activities: [{ key: 0, title: { stored: firstTitle, draft: firstTitle }, start: dateField(newDate), end: dateField(newDate), cost: costField(0) }],
          undo: [],
          structuralLast: false,
          nextKey: 0,
          selectedKey: 0,
          alsoAccepted: new Map(),
          newDate,
        };
        const system: PlanSystem = { page: opened.page, plans: new PlanEditorPage(opened.page), planId, planTitle, layout, dialogs: opened.dialogs };
        return { model, system };
      },
      'planredigeraren',
    ),
    modelTimeout,
  );

  it(
    'projektredigeraren: en aktivitets datum och budgetbelopp, omladdning och vybyte',
    modelRun(
      formCommands({ pairs: [activityPair], amounts: amountNames, dates: dateArbitrary, yearTypos: yearTypoArbitrary, amountTexts: costArbitrary }),
      (opened) => setUpProject(opened.page, browser.baseUrl, opened.dialogs),
      'projektredigeraren',
    ),
    modelTimeout,
  );

  it(
    'tidloggens vecka: timmar i rutorna, avvisade värden, omladdning och vybyte',
    modelRun(timelogCommands, (opened) => setUpTimelog(opened.page, browser.baseUrl, opened.dialogs), 'tidloggens vecka'),
    modelTimeout,
  );

  it(
    'planredigeraren: en strategis indikatorer med basår och målår som par, omladdning och vybyte',
    modelRun(indicatorCommands, (opened) => setUpIndicators(opened.page, browser.baseUrl, opened.dialogs), 'indikatorerna'),
    modelTimeout,
  );
});
