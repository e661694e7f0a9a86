/** `npm run bench`: runs every suite, writes bench/results.json and prints a table. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { startWebEdition, type BenchResult } from './harness.ts';
import { activityTableSuite } from './suites/activity-table.ts';
import { backupSuite } from './suites/backup.ts';
import { plansSuite } from './suites/plans.ts';
import { startupSuite } from './suites/startup.ts';
import { timelineSuite } from './suites/timeline.ts';
import { timelogFollowUpSuite } from './suites/timelog-follow-up.ts';
import { timelogWeekSuite } from './suites/timelog-week.ts';
import { documentsSuite } from './suites/documents.ts';

export async function main(): Promise<void> {
  const edition = await startWebEdition();
  const results: BenchResult[] = [];
  try {
    results.push(...(await startupSuite(edition)));
    results.push(...(await plansSuite(edition)));
    results.push(...(await activityTableSuite(edition)));
    results.push(...(await timelineSuite(edition)));
    results.push(...(await timelogWeekSuite(edition)));
    results.push(...(await timelogFollowUpSuite(edition)));
    results.push(...(await backupSuite(edition)));
    results.push(...(await documentsSuite()));
  } finally {
    await edition.close();
  }
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  const width = Math.max(...results.map((r) => r.name.length));
  console.log(`\n${'figure'.padEnd(width)}  value`);
  for (const r of results) console.log(`${r.name.padEnd(width)}  ${r.value} ${r.unit}`);
  console.log('\nWritten to bench/results.json');
}
