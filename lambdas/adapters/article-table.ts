/**
 * The article store on one DynamoDB table (single-table design).
 *
 * | item              | pk                 | sk                       | GSI keys                                                    |
 * |-------------------|--------------------|--------------------------|-------------------------------------------------------------|
 * | article           | ARTICLE#<id>       | ARTICLE                  | gsi1pk PUB#<publisher>#<day>, gsi1sk <publishedAt>#<id>     |
 * | article state     | ARTICLE#<id>       | STATE                    |                                                             |
 * | entity mention    | ARTICLE#<id>       | ENTITY#<type>#<name>     | gsi2pk ENTITY#<name>,          gsi2sk <publishedAt>#<id>    |
 * | rejection         | ARTICLE#<id>       | REJECTION                |                                                             |
 * | content claim     | FP#<sha256>        | FP                       |                                                             |
 * | band claim        | BAND#<band>:<value>| BAND                     | (story index: see story-index.ts)                           |
 * | story member      | STORY#<storyId>    | MEMBER#<id>              |                                                             |
 *
 * Access patterns: get an article by id (Query pk); list by publisher and day newest first (GSI
 * byPublisherDay, descending); list articles that mention an entity newest first (GSI byEntity);
 * list a story's articles oldest first (byStory: Query pk STORY#<storyId>, story-index.ts).
 * Only conditional puts and update expressions are used: no transactions, so dynalite runs it locally.
 *
 * The small STATE item carries what idempotency needs (status, content hash, delivery, published flag,
 * publish lease) and takes every conditional write; the large ARTICLE item is written once, without a
 * condition. DynamoDB bills an update by the whole item's size, so marking a 20 KB article published
 * would cost 20 write units; marking its 1 KB state costs one.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BatchWriteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ArticleRecord, Entity, Rejection } from '#contracts/record.ts';
import type { ArticleState, ArticleStore, ClaimResult, PutArticleOptions, RejectionState, StoredPointer, StoryMembership } from '../ingest/ports.ts';
import { StoryIndex } from './story-index.ts';
import { untilProcessed } from './unprocessed.ts';

export const GSI_BY_PUBLISHER_DAY = 'byPublisherDay';
export const GSI_BY_ENTITY = 'byEntity';
/** Entity index items per article: enough to find an article by its main actors, few enough to keep writes cheap. */
export const MAX_INDEXED_ENTITIES = 10;

const ARTICLE_SK = 'ARTICLE';
const STATE_SK = 'STATE';
const REJECTION_SK = 'REJECTION';
const UNKNOWN_PUBLISHER = 'unknown';

export const articlePk = (id: string) => `ARTICLE#${id}`;
/** Entity names are matched case- and accent-insensitively. */
export function entityKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
export function publisherDayKey(publisher: string | null, isoTime: string): string {
  return `PUB#${(publisher ?? UNKNOWN_PUBLISHER).toLowerCase()}#${isoTime.slice(0, 10)}`;
}

/** Fields dropped from the item when the full record lives in S3 (the heavy, text-sized ones). */
const HEAVY_FIELDS = ['body', 'sections', 'removed', 'captions', 'quotes', 'related', 'dates', 'money', 'quantities'] as const;

export class DynamoArticleStore implements ArticleStore {
  readonly stories: StoryIndex;

  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {
    this.stories = new StoryIndex(doc, table);
  }

  assignStory(record: ArticleRecord, known: StoryMembership | null): Promise<StoryMembership> {
    return this.stories.assign(record, known);
  }

  async claimFingerprint(sha256: string, articleId: string): Promise<ClaimResult> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: { pk: `FP#${sha256}`, sk: 'FP', articleId },
          ConditionExpression: 'attribute_not_exists(pk) OR articleId = :id',
          ExpressionAttributeValues: { ':id': articleId },
        }),
      );
      return { kind: 'claimed' };
    } catch (err) {
      if (!(err instanceof ConditionalCheckFailedException)) throw err;
      const got = await this.doc.send(new GetCommand({ TableName: this.table, Key: { pk: `FP#${sha256}`, sk: 'FP' }, ConsistentRead: true }));
      const by = got.Item?.articleId as string | undefined;
      // The claim vanished between the two calls (released by an update): try once more.
      if (!by) return this.claimFingerprint(sha256, articleId);
      return by === articleId ? { kind: 'claimed' } : { kind: 'taken', by };
    }
  }

  async releaseFingerprint(sha256: string, articleId: string): Promise<void> {
    await this.ignoreConditionFailure(
      this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: `FP#${sha256}`, sk: 'FP' },
          UpdateExpression: 'REMOVE articleId',
          ConditionExpression: 'articleId = :id',
          ExpressionAttributeValues: { ':id': articleId },
        }),
      ),
    );
  }

  async getArticle(id: string): Promise<ArticleState | null> {
    const got = await this.doc.send(
      new GetCommand({
        TableName: this.table,
        Key: { pk: articlePk(id), sk: STATE_SK },
        ConsistentRead: true,
      }),
    );
    const it = got.Item;
    if (!it) return null;
    return {
      status: it.status,
      sha256: it.sha256,
      extractorVersion: (it.extractorVersion as string | undefined) ?? null,
      published: Boolean(it.published),
      delivery: it.delivery,
      leaseUntil: Number(it.leaseUntil ?? 0),
      story: typeof it.storyId === 'string' ? { storyId: it.storyId, since: String(it.storySince), nearDuplicateOf: it.nearDuplicateOf ?? null } : null,
    };
  }

  async getRejection(id: string): Promise<RejectionState | null> {
    const got = await this.doc.send(
      new GetCommand({ TableName: this.table, Key: { pk: articlePk(id), sk: REJECTION_SK }, ConsistentRead: true }),
    );
    const it = got.Item;
    if (!it) return null;
    return { published: Boolean(it.published), delivery: it.delivery, leaseUntil: Number(it.leaseUntil ?? 0) };
  }

  async putArticle(
    record: ArticleRecord,
    opts: PutArticleOptions,
  ): Promise<boolean> {
    const story = opts.story;
    const condition = opts.expected
      ? { ConditionExpression: 'sha256 = :sha AND delivery = :d', ExpressionAttributeValues: { ':sha': opts.expected.sha256, ':d': opts.expected.delivery } }
      : { ConditionExpression: 'attribute_not_exists(pk) OR #s = :dup', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':dup': 'duplicate' } };
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: {
            pk: articlePk(record.id),
            sk: STATE_SK,
            status: 'stored',
            sha256: record.fingerprint.sha256,
            extractorVersion: record.extractorVersion,
            delivery: opts.delivery,
            published: false,
            leaseUntil: opts.leaseUntil,
            // The story is kept here so a reprocess (or a new upload of the key) stays in it.
            ...(story ? { storyId: story.storyId, storySince: story.since, nearDuplicateOf: story.nearDuplicateOf } : {}),
          },
          ...condition,
        }),
      );
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) return false;
      throw err;
    }
    await this.writeArticle(record, opts.pointer, opts.expected !== null, story);
    return true;
  }

  /**
   * Writes the article item, its entity index and its story member item. Unconditional and idempotent: the STATE item has
   * already decided who writes; a recovering writer calls it again in case the first died before it.
   */
  async writeArticle(record: ArticleRecord, pointer: StoredPointer, replacing: boolean, story: StoryMembership | null): Promise<void> {
    const time = record.publishedAt ?? record.ingestedAt;
    await this.doc.send(
      new PutCommand({
        TableName: this.table,
        Item: {
          pk: articlePk(record.id),
          sk: ARTICLE_SK,
          status: 'stored',
          // Top-level copies for the GSI projections and for listing without reading the record.
          title: record.title,
          url: record.url,
          publisher: record.publisher,
          publishedAt: record.publishedAt,
          language: record.language,
          extractorVersion: record.extractorVersion,
          gsi1pk: publisherDayKey(record.publisher, time),
          gsi1sk: `${time}#${record.id}`,
          recordS3: pointer.s3,
          record: pointer.s3 ? trimRecord(record) : record,
        },
      }),
    );
    await this.writeEntityIndex(record, time, replacing);
    if (story) await this.stories.putMember(record, story);
  }

  async putDuplicate(record: ArticleRecord, opts: { delivery: string; duplicateOf: string }): Promise<void> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: { pk: articlePk(record.id), sk: STATE_SK, status: 'duplicate', sha256: record.fingerprint.sha256, delivery: opts.delivery, published: true },
          // Never replace a stored article with a duplicate marker.
          ConditionExpression: 'attribute_not_exists(pk) OR #s = :dup',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':dup': 'duplicate' },
        }),
      );
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) return;
      throw err;
    }
    await this.doc.send(
      new PutCommand({
        TableName: this.table,
        Item: {
          pk: articlePk(record.id),
          sk: ARTICLE_SK,
          status: 'duplicate',
          duplicateOf: opts.duplicateOf,
          title: record.title,
          source: record.source,
          ingestedAt: record.ingestedAt,
        },
      }),
    );
  }

  async putRejection(
    id: string,
    rejection: Rejection,
    opts: { bucket: string; key: string; delivery: string; leaseUntil: number; quarantineKey: string | null; expectedDelivery: string | null },
  ): Promise<boolean> {
    const condition = opts.expectedDelivery
      ? { ConditionExpression: 'delivery = :d', ExpressionAttributeValues: { ':d': opts.expectedDelivery } }
      : { ConditionExpression: 'attribute_not_exists(pk)' };
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: {
            pk: articlePk(id),
            sk: REJECTION_SK,
            status: 'rejected',
            code: rejection.code,
            reason: rejection.reason,
            line: rejection.line,
            source: { bucket: opts.bucket, key: opts.key },
            quarantineKey: opts.quarantineKey,
            delivery: opts.delivery,
            published: false,
            leaseUntil: opts.leaseUntil,
          },
          ...condition,
        }),
      );
      return true;
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) return false;
      throw err;
    }
  }

  async takeLease(id: string, kind: 'article' | 'rejection', now: number, leaseUntil: number): Promise<boolean> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: articlePk(id), sk: kind === 'article' ? STATE_SK : REJECTION_SK },
          UpdateExpression: 'SET leaseUntil = :until',
          ConditionExpression: 'published = :f AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)',
          ExpressionAttributeValues: { ':until': leaseUntil, ':now': now, ':f': false },
        }),
      );
      return true;
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) return false;
      throw err;
    }
  }

  async markPublished(id: string, kind: 'article' | 'rejection'): Promise<void> {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: { pk: articlePk(id), sk: kind === 'article' ? STATE_SK : REJECTION_SK },
        UpdateExpression: 'SET published = :t REMOVE leaseUntil',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':t': true },
      }),
    );
  }

  async releaseLease(id: string, kind: 'article' | 'rejection'): Promise<void> {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: { pk: articlePk(id), sk: kind === 'article' ? STATE_SK : REJECTION_SK },
        UpdateExpression: 'SET leaseUntil = :zero',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':zero': 0 },
      }),
    );
  }

  /** One small item per top entity, so the byEntity index can list articles by who and where. */
  private async writeEntityIndex(record: ArticleRecord, time: string, replacing: boolean): Promise<void> {
    const top = topEntities(record.entities);
    const wanted = new Map(top.map((e) => [`ENTITY#${e.type}#${entityKey(e.name)}`, e]));
    const deletes: string[] = [];
    if (replacing) {
      const old = await this.doc.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :e)',
          ExpressionAttributeValues: { ':pk': articlePk(record.id), ':e': 'ENTITY#' },
          ProjectionExpression: 'sk',
        }),
      );
      for (const it of old.Items ?? []) if (!wanted.has(it.sk)) deletes.push(it.sk);
    }
    const requests = [
      ...[...wanted].map(([sk, e]) => ({
        PutRequest: {
          Item: {
            pk: articlePk(record.id),
            sk,
            gsi2pk: `ENTITY#${entityKey(e.name)}`,
            gsi2sk: `${time}#${record.id}`,
            name: e.name,
            entityType: e.type,
            mentions: e.mentions,
            id: record.id,
            title: record.title,
            url: record.url,
            publisher: record.publisher,
            publishedAt: record.publishedAt,
            language: record.language,
          },
        },
      })),
      ...deletes.map((sk) => ({ DeleteRequest: { Key: { pk: articlePk(record.id), sk } } })),
    ];
    await this.batchWrite(requests);
  }

  private async batchWrite(requests: Record<string, unknown>[]): Promise<void> {
    for (let i = 0; i < requests.length; i += 25) {
      await untilProcessed(requests.slice(i, i + 25), 'BatchWriteItem', async (pending) => {
        const out = await this.doc.send(new BatchWriteCommand({ RequestItems: { [this.table]: pending as never } }));
        return out.UnprocessedItems?.[this.table] as Record<string, unknown>[] | undefined;
      });
    }
  }

  private async ignoreConditionFailure(p: Promise<unknown>): Promise<void> {
    try {
      await p;
    } catch (err) {
      if (!(err instanceof ConditionalCheckFailedException)) throw err;
    }
  }
}

export function topEntities(entities: Entity[]): Entity[] {
  return [...entities].sort((a, b) => b.mentions - a.mentions).slice(0, MAX_INDEXED_ENTITIES);
}

function trimRecord(record: ArticleRecord): Partial<ArticleRecord> {
  const copy: Partial<ArticleRecord> = { ...record };
  for (const f of HEAVY_FIELDS) delete copy[f];
  return copy;
}
