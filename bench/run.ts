/** `npm run bench`: runs every suite, writes bench/results.json and prints a table. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { startWebEdition, type BenchResult, type WebEdition } from './harness.ts';
import { activityTableSuite } from './suites/activity-table.ts';
import { backupSuite } from './suites/backup.ts';
import { plansSuite } from './suites/plans.ts';
import { startupSuite } from './suites/startup.ts';
import { timelineSuite } from './suites/timeline.ts';
import { timelogFollowUpSuite } from './suites/timelog-follow-up.ts';
import { timelogWeekSuite } from './suites/timelog-week.ts';
import { documentsSuite } from './suites/documents.ts';
import { memorySuite } from './suites/memory.ts';
import { koladaSuite } from './suites/kolada.ts';
import { icsExportSuite } from './suites/ics-export.ts';
import { meetingsSuite } from './suites/meetings.ts';

/** A suite that runs in Node alone (pure builders), with no browser. */
interface NodeSuite {
  node: () => Promise<BenchResult[]>;
}

const suites: Record<string, ((edition: WebEdition) => Promise<BenchResult[]>) | NodeSuite> = {
  startup: startupSuite,
  plans: plansSuite,
  'activity-table': activityTableSuite,
  timeline: timelineSuite,
  'timelog-week': timelogWeekSuite,
  'timelog-follow-up': timelogFollowUpSuite,
  backup: backupSuite,
  documents: { node: documentsSuite },
  memory: memorySuite,
  kolada: koladaSuite,
  'ics-export': { node: icsExportSuite },
  meetings: meetingsSuite,
};

/**
 * `BENCH_ONLY=plans,timeline npm run bench` runs just those suites and prints their figures
 * without touching bench/results.json (which always holds a whole run).
 */
export async function main(): Promise<void> {
  const only = (process.env['BENCH_ONLY'] ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  const unknown = only.filter((name) => !(name in suites));
  if (unknown.length > 0) throw new Error(`okänd svit i BENCH_ONLY: ${unknown.join(', ')} (finns: ${Object.keys(suites).join(', ')})`);
  const chosen = Object.entries(suites).filter(([name]) => only.length === 0 || only.includes(name));
  // A run of Node suites alone builds no edition and starts no browser.
  const edition = chosen.some(([, suite]) => typeof suite === 'function') ? await startWebEdition() : undefined;
  const results: BenchResult[] = [];
  try {
    for (const [, suite] of chosen) {
      if (typeof suite !== 'function') results.push(...(await suite.node()));
      else if (edition) results.push(...(await suite(edition)));
    }
  } finally {
    await edition?.close();
  }
  if (only.length === 0) {
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  }
  const width = Math.max(...results.map((r) => r.name.length));
  console.log(`\n${'figure'.padEnd(width)}  value`);
  for (const r of results) console.log(`${r.name.padEnd(width)}  ${r.value} ${r.unit}`);
  console.log(only.length === 0 ? '\nWritten to bench/results.json' : `\nOnly ${only.join(', ')}: bench/results.json left as it was`);
}
