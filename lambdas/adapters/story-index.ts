/**
 * Stories on the article table: which stored articles are copies of one story, found with a few key
 * lookups at ingest (issue 16). Items:
 *
 * | item          | pk                      | sk              | holds                                                  |
 * |---------------|-------------------------|-----------------|--------------------------------------------------------|
 * | band claim    | BAND#<band>:<value>     | BAND            | storyId, articleId (the claimer), its signature, match |
 * | story member  | STORY#<storyId>         | MEMBER#<id>     | id, title, url, publisher, publishedAt, since, match   |
 *
 * Finding: an article's signature gives BANDS band keys (core/extract/minhash.ts); one BatchGetItem
 * reads their claims, and each claim carries its claimer's signature, so a candidate is verified
 * without reading its record. The best verified candidate's story is joined; with none, the article
 * founds a story (`storyId` = its own id).
 *
 * Settling races without transactions: every band value not claimed yet is claimed with a conditional
 * put, in band order. Two copies ingested at once cannot both win the first band value they share:
 * the loser reads the winner's claim, verifies it, joins the winner's story and re-points the claims
 * it already made. A redelivery finds its own claims (articleId = its id) and takes their story, so it
 * joins the same story again; `reprocess` passes the story the article already has, which is kept.
 *
 * Cost: a founder writes BANDS claims and one member item (8 write units of ≤ 1 KB); a copy writes its
 * member item and claims only the band values nobody holds yet.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BatchGetCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ArticleRecord, NearDuplicate } from '#contracts/record.ts';
import { bandKeys, sameStory, similarity, type StorySignature } from '#core/extract/minhash.ts';
import type { StoryMembership } from '../ingest/ports.ts';
import { untilProcessed } from './unprocessed.ts';

export const storyPk = (storyId: string) => `STORY#${storyId}`;
const bandPk = (band: string) => `BAND#${band}`;
const BAND_SK = 'BAND';

interface Claim {
  band: string;
  storyId: string;
  articleId: string;
  sig: StorySignature;
  since: string;
  match: NearDuplicate | null;
}

/** One article of a story, as the byStory access pattern lists it. */
export interface StoryMember {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
  since: string;
  nearDuplicateOf: NearDuplicate | null;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export class StoryIndex {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /**
   * The story of `record`: `known` (the one it already has) when given, else found or founded as the
   * module comment says. Claims the record's unclaimed band values for that story either way.
   */
  async assign(record: ArticleRecord, known: StoryMembership | null): Promise<StoryMembership> {
    const sig = signatureOf(record);
    const bands = sig ? bandKeys(sig) : [];
    const claims = await this.readClaims(bands);
    let story: StoryMembership;
    if (known) story = known;
    else {
      const own = claims.find((c) => c.articleId === record.id);
      story = own ? { storyId: own.storyId, since: own.since, nearDuplicateOf: own.match } : (best(record, sig, claims) ?? founder(record));
    }
    const held = new Set(claims.map((c) => c.band));
    for (const band of bands) {
      if (held.has(band)) continue;
      const lost = await this.claim(band, record.id, sig!, story);
      if (!lost || lost.storyId === story.storyId) continue;
      // Someone claimed this value between our read and our write. A founder whose rival is a real
      // copy joins the rival's story and moves its own claims over; otherwise the claim just stays theirs.
      const s = similarity(sig!, lost.sig);
      if (story.storyId === record.id && !known && sameStory(s)) {
        const before = story.storyId;
        story = { storyId: lost.storyId, since: story.since, nearDuplicateOf: { id: lost.articleId, similarity: round(s.containment) } };
        await this.repoint(bands, record.id, before, story);
      }
    }
    return story;
  }

  /** Writes the member item that lists the article in its story (idempotent: one key per article). */
  async putMember(record: ArticleRecord, story: StoryMembership): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.table,
        Item: {
          pk: storyPk(story.storyId),
          sk: `MEMBER#${record.id}`,
          id: record.id,
          title: record.title.slice(0, 300),
          url: record.url,
          publisher: record.publisher,
          publishedAt: record.publishedAt,
          since: story.since,
          nearDuplicateOf: story.nearDuplicateOf,
        },
      }),
    );
  }

  /** The byStory access pattern: a story's articles, oldest first. */
  async members(storyId: string, limit = 1000): Promise<StoryMember[]> {
    const out: StoryMember[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.doc.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :m)',
          ExpressionAttributeValues: { ':pk': storyPk(storyId), ':m': 'MEMBER#' },
          ExclusiveStartKey: start,
        }),
      );
      for (const it of page.Items ?? []) {
        out.push({
          id: it.id,
          title: it.title,
          url: it.url ?? null,
          publisher: it.publisher ?? null,
          publishedAt: it.publishedAt ?? null,
          since: it.since,
          nearDuplicateOf: it.nearDuplicateOf ?? null,
        });
      }
      start = page.LastEvaluatedKey;
    } while (start && out.length < limit);
    // The founder first (copies ingested in the same second share its `since`), then by join time.
    const key = (m: StoryMember) => `${m.id === storyId ? 0 : 1}${m.since}#${m.id}`;
    return out.sort((a, b) => (key(a) < key(b) ? -1 : 1)).slice(0, limit);
  }

  private async readClaims(bands: string[]): Promise<Claim[]> {
    if (bands.length === 0) return [];
    const keys = bands.map((b) => ({ pk: bandPk(b), sk: BAND_SK }));
    const out: Claim[] = [];
    await untilProcessed<Record<string, unknown>>(keys, 'BatchGetItem', async (pending) => {
      const got = await this.doc.send(new BatchGetCommand({ RequestItems: { [this.table]: { Keys: pending, ConsistentRead: true } } }));
      for (const it of got.Responses?.[this.table] ?? []) out.push(claimOf(it));
      return got.UnprocessedKeys?.[this.table]?.Keys as Record<string, unknown>[] | undefined;
    });
    return out.sort((a, b) => (a.band < b.band ? -1 : 1));
  }

  /** Claims a band value for `story`; returns the claim that won instead when someone holds it. */
  private async claim(band: string, articleId: string, sig: StorySignature, story: StoryMembership): Promise<Claim | null> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: {
            pk: bandPk(band),
            sk: BAND_SK,
            storyId: story.storyId,
            articleId,
            minhash: sig.minhash,
            shingles: sig.shingles,
            since: story.since,
            match: story.nearDuplicateOf,
          },
          // A redelivery may re-claim its own value (after it moved stories, with the story it has now).
          ConditionExpression: 'attribute_not_exists(pk) OR articleId = :me',
          ExpressionAttributeValues: { ':me': articleId },
        }),
      );
      return null;
    } catch (err) {
      if (!(err instanceof ConditionalCheckFailedException)) throw err;
      const got = await this.doc.send(new GetCommand({ TableName: this.table, Key: { pk: bandPk(band), sk: BAND_SK }, ConsistentRead: true }));
      return got.Item ? claimOf(got.Item) : null;
    }
  }

  /** Moves the claims this article made for the story it founded to the story it joined instead. */
  private async repoint(bands: string[], articleId: string, from: string, to: StoryMembership): Promise<void> {
    for (const band of bands) {
      try {
        await this.doc.send(
          new UpdateCommand({
            TableName: this.table,
            Key: { pk: bandPk(band), sk: BAND_SK },
            UpdateExpression: 'SET storyId = :to, #m = :match',
            ConditionExpression: 'articleId = :me AND storyId = :from',
            ExpressionAttributeNames: { '#m': 'match' },
            ExpressionAttributeValues: { ':to': to.storyId, ':match': to.nearDuplicateOf, ':me': articleId, ':from': from },
          }),
        );
      } catch (err) {
        if (!(err instanceof ConditionalCheckFailedException)) throw err;
      }
    }
  }
}

function signatureOf(record: ArticleRecord): StorySignature | null {
  const f = record.fingerprint;
  return f.minhash && typeof f.shingles === 'number' ? { minhash: f.minhash, shingles: f.shingles } : null;
}

function founder(record: ArticleRecord): StoryMembership {
  return { storyId: record.id, since: record.ingestedAt, nearDuplicateOf: null };
}

/** The verified claim most like the article (ties: the older story), as the story to join. */
function best(record: ArticleRecord, sig: StorySignature | null, claims: Claim[]): StoryMembership | null {
  if (!sig) return null;
  let pick: { claim: Claim; containment: number } | null = null;
  for (const c of claims) {
    if (c.articleId === record.id) continue;
    const s = similarity(sig, c.sig);
    if (!sameStory(s)) continue;
    if (!pick || s.containment > pick.containment || (s.containment === pick.containment && c.since < pick.claim.since)) pick = { claim: c, containment: s.containment };
  }
  return pick ? { storyId: pick.claim.storyId, since: record.ingestedAt, nearDuplicateOf: { id: pick.claim.articleId, similarity: round(pick.containment) } } : null;
}

function claimOf(it: Record<string, unknown>): Claim {
  return {
    band: String(it.pk).slice('BAND#'.length),
    storyId: String(it.storyId),
    articleId: String(it.articleId),
    sig: { minhash: String(it.minhash), shingles: Number(it.shingles) },
    since: String(it.since),
    match: (it.match as NearDuplicate | null | undefined) ?? null,
  };
}
