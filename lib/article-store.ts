/**
 * The article table: single-table design keyed by `pk`/`sk`, with two GSIs for the read paths
 * (articles by publisher and day; articles mentioning an entity). Key formats:
 *   byPublisherDay: gsi1pk = `PUB#<publisher>#<yyyy-mm-dd>`, gsi1sk = `<publishedAt>#<id>`
 *   byEntity:       gsi2pk = `ENTITY#<normalized name>`, gsi2sk = `<publishedAt>#<id>`
 * (the entity type lives in the item's sort key `ENTITY#<type>#<name>`, so one name finds every type;
 * the key formats themselves are written by lambdas/adapters/article-table.ts: the table only fixes
 * the attribute names and types). Projections carry just what a listing shows; the full record is one
 * GetItem away.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';

export const GSI_BY_PUBLISHER_DAY = 'byPublisherDay';
export const GSI_BY_ENTITY = 'byEntity';

export interface ArticleStoreProps {
  deletionProtection: boolean;
  /** Destroy the table with the stack (dev) instead of retaining it. */
  ephemeral: boolean;
}

/** The DynamoDB table the ingest function writes articles, rejections and fingerprints to. */
export class ArticleStore extends Construct {
  readonly table: dynamodb.Table;
  readonly indexNames = [GSI_BY_PUBLISHER_DAY, GSI_BY_ENTITY] as const;

  constructor(scope: Construct, id: string, props: ArticleStoreProps) {
    super(scope, id);
    const S = dynamodb.AttributeType.STRING;
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: 'pk', type: S },
      sortKey: { name: 'sk', type: S },
      // Bursty, unpredictable ingest: on-demand avoids both throttling and idle capacity.
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: props.deletionProtection,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      removalPolicy: props.ephemeral ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: GSI_BY_PUBLISHER_DAY,
      partitionKey: { name: 'gsi1pk', type: S },
      sortKey: { name: 'gsi1sk', type: S },
      projectionType: dynamodb.ProjectionType.INCLUDE,
      nonKeyAttributes: ['title', 'url', 'publishedAt', 'language', 'publisher'],
    });
    this.table.addGlobalSecondaryIndex({
      indexName: GSI_BY_ENTITY,
      partitionKey: { name: 'gsi2pk', type: S },
      sortKey: { name: 'gsi2sk', type: S },
      projectionType: dynamodb.ProjectionType.INCLUDE,
      nonKeyAttributes: ['title', 'url', 'publishedAt', 'publisher', 'language'],
    });
  }
}
