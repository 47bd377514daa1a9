/**
 * Subscribe a target to news-ingest article events, filtered by language, publisher and entity.
 *
 * @example
 * // In another stack (the bus looked up from the exported ARN):
 * import { ArticleSubscription } from 'news-ingest/constructs';
 * const bus = events.EventBus.fromEventBusArn(this, 'News', Fn.importValue('news-ingest-prod-event-bus-arn'));
 * new ArticleSubscription(this, 'AfghanistanDesk', {
 *   bus,
 *   target: new targets.SqsQueue(deskQueue),
 *   languages: ['en', 'fr'],
 *   entities: ['Taliban', 'Kabul'],   // any of these names, case-insensitive
 * });
 *
 * Each list is an OR of its values; different lists AND together. Entity matching uses the
 * event's flat `detail.entityNames` array (the top entities of the article), which EventBridge
 * matches when any element equals any listed name.
 */
import * as events from 'aws-cdk-lib/aws-events';
import { Construct } from 'constructs';
import { DEFAULT_EVENT_SOURCE, DetailType } from '#contracts/events.ts';

export interface ArticleSubscriptionProps {
  bus: events.IEventBus;
  target: events.IRuleTarget;
  /** Defaults to Article Ingested and Article Updated. */
  detailTypes?: readonly DetailType[];
  /** ISO 639-1 codes, matched exactly (lower-cased). */
  languages?: readonly string[];
  /** Publisher names, matched case-insensitively. */
  publishers?: readonly string[];
  /** Entity names, matched case-insensitively against `detail.entityNames`. */
  entities?: readonly string[];
  /** Story ids: only articles of these stories (`detail.storyId`). */
  stories?: readonly string[];
  /** true: only the first article of each story (one event per story); false: only the copies. */
  firstInStory?: boolean;
  /** The pipeline's event source; defaults to `news.ingest`. */
  source?: string;
  ruleName?: string;
  description?: string;
}

export interface SubscriptionFilter {
  source?: string;
  detailTypes?: readonly DetailType[];
  languages?: readonly string[];
  publishers?: readonly string[];
  entities?: readonly string[];
  stories?: readonly string[];
  firstInStory?: boolean;
}

/** A rule on the article bus whose pattern selects the requested articles. */
export class ArticleSubscription extends Construct {
  readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: ArticleSubscriptionProps) {
    super(scope, id);
    this.rule = new events.Rule(this, 'Rule', {
      eventBus: props.bus,
      ruleName: props.ruleName,
      description: props.description ?? 'news-ingest article subscription',
      eventPattern: subscriptionPattern(props),
      targets: [props.target],
    });
  }
}

/**
 * Builds the EventBridge pattern for a filter. Throws on an empty list, which would otherwise
 * produce a rule that silently never matches.
 */
export function subscriptionPattern(filter: SubscriptionFilter): events.EventPattern {
  const detailTypes = filter.detailTypes ?? [DetailType.ArticleIngested, DetailType.ArticleUpdated];
  nonEmpty('detailTypes', detailTypes);
  const detail: Record<string, unknown> = {};
  if (filter.languages) detail.language = nonEmpty('languages', filter.languages).map((l) => l.trim().toLowerCase());
  if (filter.publishers) detail.publisher = nonEmpty('publishers', filter.publishers).map(ignoreCase);
  if (filter.entities) detail.entityNames = nonEmpty('entities', filter.entities).map(ignoreCase);
  if (filter.stories) detail.storyId = [...nonEmpty('stories', filter.stories)];
  if (filter.firstInStory !== undefined) detail.firstInStory = [filter.firstInStory];
  return {
    source: [filter.source ?? DEFAULT_EVENT_SOURCE],
    detailType: [...detailTypes],
    ...(Object.keys(detail).length > 0 ? { detail } : {}),
  };
}

function ignoreCase(value: string): { 'equals-ignore-case': string } {
  return { 'equals-ignore-case': value.trim() };
}

function nonEmpty<T>(name: string, values: readonly T[]): readonly T[] {
  if (values.length === 0) throw new Error(`ArticleSubscription: ${name} must not be empty (omit it to match all)`);
  return values;
}
