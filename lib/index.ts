/** Public constructs for other stacks: subscribe to article events, or compose the pipeline. */
export { ArticleSubscription, subscriptionPattern } from './article-subscription.ts';
export type { ArticleSubscriptionProps, SubscriptionFilter } from './article-subscription.ts';
export { NewsIngestStack } from './news-ingest-stack.ts';
export type { NewsIngestStackProps } from './news-ingest-stack.ts';
export { ArticleEvents } from './events.ts';
export { ArticleStore, GSI_BY_ENTITY, GSI_BY_PUBLISHER_DAY } from './article-store.ts';
