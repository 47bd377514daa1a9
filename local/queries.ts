/** Read side of the local store for the CLI: get by id, list by entity, publisher or story. */
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { ArticleRecord } from '#contracts/record.ts';
import { GSI_BY_ENTITY, GSI_BY_PUBLISHER_DAY, articlePk, entityKey, publisherDayKey } from '#adapters/article-table.ts';
import { StoryIndex } from '#adapters/story-index.ts';
import type { LocalStack } from './local-stack.ts';

export interface ArticleSummary {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  /** Listing a story: when the article joined it and which article it was found to copy. */
  story?: { since: string; nearDuplicateOf: { id: string; similarity: number } | null };
}

/** Every item stored under an id: the article (with its full record) and/or its rejection. */
export async function getById(
  stack: LocalStack,
  id: string,
): Promise<{ article: ArticleRecord | null; item: Record<string, unknown> | null; state: Record<string, unknown> | null; rejection: Record<string, unknown> | null }> {
  const out = await stack.clients.doc.send(
    new QueryCommand({ TableName: stack.table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': articlePk(id) } }),
  );
  const items = out.Items ?? [];
  const item = items.find((i) => i.sk === 'ARTICLE') ?? null;
  const rejection = items.find((i) => i.sk === 'REJECTION') ?? null;
  const state = items.find((i) => i.sk === 'STATE') ?? null;
  let article: ArticleRecord | null = (item?.record as ArticleRecord | undefined) ?? null;
  const pointer = item?.recordS3 as { bucket: string; key: string } | null | undefined;
  if (pointer) {
    const got = await stack.clients.s3.send(new GetObjectCommand({ Bucket: pointer.bucket, Key: pointer.key }));
    article = JSON.parse(await got.Body!.transformToString()) as ArticleRecord;
  }
  return { article, item, state, rejection };
}

export async function listArticles(
  stack: LocalStack,
  filter: { entity?: string; publisher?: string; day?: string; story?: string; limit?: number },
): Promise<ArticleSummary[]> {
  const limit = filter.limit ?? 50;
  if (filter.story) {
    // The byStory access pattern, as a subscriber's reader would use it: oldest first.
    const members = await new StoryIndex(stack.clients.doc, stack.table).members(filter.story, limit);
    return members.map((m) => ({ id: m.id, title: m.title, publisher: m.publisher, publishedAt: m.publishedAt, url: m.url, story: { since: m.since, nearDuplicateOf: m.nearDuplicateOf } }));
  }
  let items: Record<string, unknown>[];
  if (filter.entity) {
    const out = await stack.clients.doc.send(
      new QueryCommand({
        TableName: stack.table,
        IndexName: GSI_BY_ENTITY,
        KeyConditionExpression: 'gsi2pk = :e',
        ExpressionAttributeValues: { ':e': `ENTITY#${entityKey(filter.entity)}` },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    items = out.Items ?? [];
    if (filter.publisher) items = items.filter((i) => String(i.publisher ?? '').toLowerCase() === filter.publisher!.toLowerCase());
  } else if (filter.publisher && filter.day) {
    const out = await stack.clients.doc.send(
      new QueryCommand({
        TableName: stack.table,
        IndexName: GSI_BY_PUBLISHER_DAY,
        KeyConditionExpression: 'gsi1pk = :p',
        ExpressionAttributeValues: { ':p': publisherDayKey(filter.publisher, filter.day) },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    items = out.Items ?? [];
  } else {
    // Locally a scan is fine; in AWS, list by publisher goes day by day through the byPublisherDay index.
    items = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await stack.clients.doc.send(new ScanCommand({ TableName: stack.table, ExclusiveStartKey: start }));
      items.push(...(out.Items ?? []).filter((i) => i.sk === 'ARTICLE' && i.status === 'stored'));
      start = out.LastEvaluatedKey;
    } while (start);
    if (filter.publisher) items = items.filter((i) => String(i.publisher ?? '').toLowerCase() === filter.publisher!.toLowerCase());
    items.sort((a, b) => String(b.gsi1sk ?? '').localeCompare(String(a.gsi1sk ?? '')));
    items = items.slice(0, limit);
  }
  return items.map((i) => ({
    id: String(i.id ?? String(i.pk).slice('ARTICLE#'.length)),
    title: String(i.title ?? ''),
    publisher: (i.publisher as string | null) ?? null,
    publishedAt: (i.publishedAt as string | null) ?? null,
    url: (i.url as string | null) ?? null,
  }));
}
