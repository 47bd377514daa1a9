/**
 * The pipeline's custom EventBridge bus and an archive of everything it publishes, so a new
 * subscriber can replay history. The bus name and ARN are exported for subscriber stacks.
 */
import { CfnOutput, Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import { Construct } from 'constructs';

export interface ArticleEventsProps {
  stage: string;
  /** The `source` the pipeline writes; the archive keeps events from it. */
  eventSource: string;
  archiveRetention?: Duration;
}

/** `news-ingest-<stage>` bus, its archive, and CfnOutputs (with exports) for name and ARN. */
export class ArticleEvents extends Construct {
  readonly bus: events.EventBus;
  readonly archive: events.Archive;
  readonly eventSource: string;

  constructor(scope: Construct, id: string, props: ArticleEventsProps) {
    super(scope, id);
    this.eventSource = props.eventSource;
    this.bus = new events.EventBus(this, 'Bus', {
      eventBusName: `news-ingest-${props.stage}`,
      description: 'Article Ingested / Updated / Rejected events from news-ingest',
    });
    this.archive = this.bus.archive('Archive', {
      description: `All ${props.eventSource} events, for replay to new subscribers`,
      eventPattern: { source: [props.eventSource] },
      retention: props.archiveRetention ?? Duration.days(30),
    });
    new CfnOutput(scope, 'EventBusName', {
      value: this.bus.eventBusName,
      exportName: `news-ingest-${props.stage}-event-bus-name`,
      description: 'Subscribe to article events on this bus',
    });
    new CfnOutput(scope, 'EventBusArn', {
      value: this.bus.eventBusArn,
      exportName: `news-ingest-${props.stage}-event-bus-arn`,
    });
  }
}
