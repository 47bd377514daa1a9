/**
 * `news-ingest redrive` and `news-ingest reprocess`: locally against the data dir, or with
 * --profile/--region against a deployed stack (named `news-ingest-<stage>`, or --stack).
 */
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { GetQueueAttributesCommand, SQSClient, StartMessageMoveTaskCommand } from '@aws-sdk/client-sqs';
import { redriveLocal, reprocessLocal } from '../runner.ts';

export interface RemoteOptions {
  profile?: string;
  region?: string;
  stack?: string;
}

export function isRemote(o: RemoteOptions): boolean {
  return Boolean(o.profile || o.region || o.stack);
}

async function stackOutputs(o: RemoteOptions): Promise<Record<string, string>> {
  if (o.profile) process.env.AWS_PROFILE = o.profile;
  const cfn = new CloudFormationClient(o.region ? { region: o.region } : {});
  const name = o.stack ?? 'news-ingest-dev';
  const out = await cfn.send(new DescribeStacksCommand({ StackName: name }));
  const outputs = out.Stacks?.[0]?.Outputs ?? [];
  return Object.fromEntries(outputs.map((x) => [x.OutputKey ?? '', x.OutputValue ?? '']));
}

export async function redriveCommand(opts: RemoteOptions & { dataDir: string }): Promise<number> {
  if (!isRemote(opts)) {
    const r = await redriveLocal(opts.dataDir);
    process.stdout.write(`redrive: ${r.moved} message(s) moved from the local DLQ; ${r.succeeded} succeeded, ${r.deadLettered} dead-lettered again\n`);
    return r.deadLettered > 0 ? 1 : 0;
  }
  const outputs = await stackOutputs(opts);
  const dlqUrl = outputs.DeadLetterQueueUrl;
  if (!dlqUrl) throw new Error('the stack has no DeadLetterQueueUrl output');
  const sqs = new SQSClient(opts.region ? { region: opts.region } : {});
  const attrs = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlqUrl, AttributeNames: ['QueueArn', 'ApproximateNumberOfMessages'] }));
  const arn = attrs.Attributes?.QueueArn;
  if (!arn) throw new Error(`cannot read the ARN of ${dlqUrl}`);
  // With no destination, SQS moves the messages back to the queue they came from.
  const task = await sqs.send(new StartMessageMoveTaskCommand({ SourceArn: arn }));
  process.stdout.write(`redrive: moving ~${attrs.Attributes?.ApproximateNumberOfMessages ?? '?'} message(s) from ${arn} back to the ingest queue (task ${task.TaskHandle})\n`);
  return 0;
}

export async function reprocessCommand(opts: RemoteOptions & { dataDir: string; prefix: string }): Promise<number> {
  if (!isRemote(opts)) {
    const r = await reprocessLocal(opts.dataDir, opts.prefix);
    process.stdout.write(
      `reprocess ${opts.prefix}: ${r.processed} object(s); ${r.updated} record(s) updated, ${r.unchanged} unchanged, ${r.rejected} rejected, ${r.skipped} skipped, ${r.failed.length} failed\n`,
    );
    for (const f of r.failed) process.stderr.write(`error: ${f.key}: ${f.error}\n`);
    return r.failed.length > 0 ? 2 : 0;
  }
  const outputs = await stackOutputs(opts);
  const arn = outputs.ReprocessStateMachineArn;
  if (!arn) throw new Error('the stack has no ReprocessStateMachineArn output');
  const sfn = new SFNClient(opts.region ? { region: opts.region } : {});
  const exec = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, input: JSON.stringify({ prefix: opts.prefix }) }));
  process.stdout.write(`reprocess ${opts.prefix}: started ${exec.executionArn}\n`);
  return 0;
}
