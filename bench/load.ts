/** `npm run bench:load [-- N]`: N generated articles (default 10,000) through the local stack; prints the books and the rate. */
import { loadRun } from './load-check.ts';

process.env.POWERTOOLS_METRICS_DISABLED = 'true';
const n = Number(process.argv[2] ?? 10_000);
const report = await loadRun(n);
console.table({
  expected: report.expected,
  counted: { ...report.counts },
});
console.log(`events in log ${report.eventsInLog} (distinct ${report.distinctEventIds}), stored items ${report.storedItems}, dead-lettered ${report.deadLettered}`);
console.log(`${report.counts.articles} articles in ${report.seconds.toFixed(1)} s = ${report.articlesPerSecond.toFixed(0)} articles/s end to end; peak RSS ${report.peakRssMb.toFixed(0)} MB`);
if (report.problems.length) {
  console.log('PROBLEMS:\n- ' + report.problems.join('\n- '));
  process.exitCode = 1;
} else {
  console.log('zero lost, zero doubled');
}
