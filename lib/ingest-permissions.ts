/**
 * The data-plane permissions of the ingest code, written out action by action.
 * No `grantReadWrite`: those grant deletes, lists and every key in the bucket.
 */
import { Stack, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { INCOMING_PREFIX, QUARANTINE_PREFIX, RECORDS_PREFIX } from './notification-filters.ts';

export interface IngestAccessProps {
  bucket: s3.IBucket;
  table: dynamodb.ITable;
  /** GSI names the code may query (Query only). */
  indexNames: readonly string[];
  bus: events.IEventBus;
}

/**
 * Table actions the ingest adapters use: conditional puts, updates, reads, batch writes (put+delete),
 * batch reads (the story index's band claims). tests/infra checks every command the adapters send is here.
 */
export const TABLE_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem', 'dynamodb:Query'] as const;

/**
 * Adds the ingest permissions to `role` and acknowledges the object-key wildcards cdk-nag reports
 * (a prefix is the narrowest scope S3 offers for objects that do not exist yet).
 */
export function grantIngestAccess(role: iam.IRole, props: IngestAccessProps): void {
  const { bucket, table, bus } = props;
  const statements = [
    new iam.PolicyStatement({
      sid: 'ReadIncomingObjects',
      actions: ['s3:GetObject', 's3:GetObjectVersion'],
      resources: [bucket.arnForObjects(`${INCOMING_PREFIX}*`)],
    }),
    new iam.PolicyStatement({
      sid: 'WriteRecordsAndQuarantine',
      actions: ['s3:PutObject'],
      resources: [bucket.arnForObjects(`${RECORDS_PREFIX}*`), bucket.arnForObjects(`${QUARANTINE_PREFIX}*`)],
    }),
    // Without ListBucket, S3 answers GetObject on a missing key with 403 instead of 404, and the
    // handler could not tell "object deleted since the notification" from a real permission error.
    new iam.PolicyStatement({
      sid: 'Tell404From403',
      actions: ['s3:ListBucket'],
      resources: [bucket.bucketArn],
    }),
    new iam.PolicyStatement({
      sid: 'ArticleTable',
      actions: [...TABLE_ACTIONS],
      resources: [table.tableArn],
    }),
    new iam.PolicyStatement({
      sid: 'ArticleTableIndexes',
      actions: ['dynamodb:Query'],
      resources: props.indexNames.map((name) => `${table.tableArn}/index/${name}`),
    }),
    new iam.PolicyStatement({
      sid: 'PublishEvents',
      actions: ['events:PutEvents'],
      resources: [bus.eventBusArn],
    }),
  ];
  for (const s of statements) role.addToPrincipalPolicy(s);

  const policy = role.node.tryFindChild('DefaultPolicy');
  if (!policy) return;
  const bucketArn = Stack.of(bucket).resolve(bucket.bucketArn) as { 'Fn::GetAtt'?: [string, string] };
  const logicalId = bucketArn['Fn::GetAtt']?.[0];
  if (!logicalId) return;
  for (const prefix of [INCOMING_PREFIX, RECORDS_PREFIX, QUARANTINE_PREFIX]) {
    Validations.of(policy).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/${prefix}*]`,
      reason: `Objects under ${prefix} are created at run time; the key prefix is the narrowest resource S3 allows.`,
    });
  }
}
