/**
 * news-ingest CLI.
 *   extract <file…> [--json] [--jobs N] [--ingested-at ISO]   run the pure core on local files
 *   run [paths…] [--json] [--data-dir DIR]         the whole pipeline on embedded S3 + DynamoDB
 *   events [--follow] [--data-dir DIR]             the local bus log
 *   get <id> [--data-dir DIR]                      one stored record
 *   list [--entity NAME] [--publisher NAME] [--day YYYY-MM-DD] [--story ID] [--data-dir DIR]
 *   redrive [--data-dir DIR | --profile P --region R --stack NAME]
 *   reprocess [--prefix P] [--data-dir DIR | --profile P --region R --stack NAME]
 */
import { parseArgs } from 'node:util';

// Each command's module is loaded on its first call, so `--help` and usage errors load no SDK, no
// emulator and no model (the built CLI puts each in its own chunk: see scripts/build.mjs).
type Command<A extends unknown[]> = (...args: A) => Promise<number>;
function lazy<M, K extends keyof M>(load: () => Promise<M>, name: K): M[K] {
  return (async (...args: unknown[]) => ((await load())[name] as Command<unknown[]>)(...args)) as M[K];
}
const extract = () => import('../local/commands/extract.ts');
const run = () => import('../local/commands/run.ts');
const read = () => import('../local/commands/read.ts');
const ops = () => import('../local/commands/ops.ts');
const extractCommand = lazy(extract, 'extractCommand');
const runCommand = lazy(run, 'runCommand');
const eventsCommand = lazy(read, 'eventsCommand');
const getCommand = lazy(read, 'getCommand');
const listCommand = lazy(read, 'listCommand');
const redriveCommand = lazy(ops, 'redriveCommand');
const reprocessCommand = lazy(ops, 'reprocessCommand');

const USAGE = `usage: news-ingest <command> [options]

commands:
  extract <file…> [--json]                  clean + extract local files (no AWS); exit 2 if any were rejected
          [--jobs N] [--ingested-at ISO]    N worker threads (default: every core; 1 = in process);
                                            ISO: stamp every record with this time instead of now
  run [paths…] [--json] [--data-dir DIR]    run the whole pipeline locally (default paths: seeds/)
  events [--follow] [--data-dir DIR]        print the local event log
  get <id> [--data-dir DIR]                 print one stored record as JSON
  list [--entity NAME] [--publisher NAME] [--day YYYY-MM-DD] [--data-dir DIR]
                                            list stored articles, newest first
  list --story ID [--data-dir DIR]          the articles of one story (its copies), oldest first
  redrive [--data-dir DIR]                  move dead-lettered messages back through the handler
  reprocess [--prefix P] [--data-dir DIR]   re-run stored objects under P (default incoming/) through
                                            the current extractor; replaces older records (Article Updated)
  with --profile P --region R [--stack NAME] (default stack news-ingest-dev), redrive and reprocess act
  on a deployed stack: an SQS message-move task, and the reprocess state machine.
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        'data-dir': { type: 'string', default: '.news-ingest' },
        follow: { type: 'boolean', default: false },
        entity: { type: 'string' },
        publisher: { type: 'string' },
        day: { type: 'string' },
        story: { type: 'string' },
        limit: { type: 'string' },
        jobs: { type: 'string' },
        'ingested-at': { type: 'string' },
        prefix: { type: 'string', default: 'incoming/' },
        profile: { type: 'string' },
        region: { type: 'string' },
        stack: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    process.stderr.write(`error: ${(err as Error).message}\n${USAGE}`);
    return 64;
  }
  const { values: v, positionals } = parsed;
  if (v.help || !command || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return command ? 0 : 64;
  }
  const dataDir = v['data-dir']!;
  try {
    switch (command) {
      case 'extract':
        return await extractCommand(positionals, { json: v.json!, ...extractOptions(v.jobs, v['ingested-at']) });
      case 'run':
        return await runCommand(positionals.length ? positionals : ['seeds/'], { json: v.json!, dataDir });
      case 'events':
        return await eventsCommand({ dataDir, follow: v.follow! });
      case 'get':
        return await getCommand(positionals[0], { dataDir });
      case 'list':
        return await listCommand({ dataDir, entity: v.entity, publisher: v.publisher, day: v.day, story: v.story, limit: v.limit ? Number(v.limit) : undefined });
      case 'redrive':
        return await redriveCommand({ dataDir, profile: v.profile, region: v.region, stack: v.stack });
      case 'reprocess':
        return await reprocessCommand({ dataDir, prefix: v.prefix!, profile: v.profile, region: v.region, stack: v.stack });
      default:
        process.stderr.write(`error: unknown command ${command}\n${USAGE}`);
        return 64;
    }
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`error: ${err.message}\n${USAGE}`);
      return 64;
    }
    process.stderr.write(`error: ${(err as Error).message}\n`);
    return 1;
  }
}

class UsageError extends Error {}

/** `--jobs` and `--ingested-at` checked and normalized. */
function extractOptions(jobs: string | undefined, ingestedAt: string | undefined): { jobs?: number; ingestedAt?: string } {
  const out: { jobs?: number; ingestedAt?: string } = {};
  if (jobs !== undefined) {
    if (!/^[1-9]\d{0,3}$/.test(jobs)) throw new UsageError(`--jobs takes a whole number from 1 to 9999, not ${JSON.stringify(jobs)}`);
    out.jobs = Number(jobs);
  }
  if (ingestedAt !== undefined) {
    const t = Date.parse(ingestedAt);
    if (Number.isNaN(t)) throw new UsageError(`--ingested-at takes an ISO date-time, not ${JSON.stringify(ingestedAt)}`);
    out.ingestedAt = new Date(t).toISOString();
  }
  return out;
}
