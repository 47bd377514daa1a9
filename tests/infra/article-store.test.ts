/** ArticleStore outside dev: protected and retained. (Dev behaviour is checked on the full stack.) */
import { describe, expect, it } from 'vitest';
import { App, type CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ArticleStore } from '../../lib/article-store.ts';

describe('ArticleStore', () => {
  it('turns on deletion protection and retains the table for a non-dev stage', () => {
    const stack = new Stack(new App(), 'Prod');
    const store = new ArticleStore(stack, 'Store', { deletionProtection: true, ephemeral: false });
    const t = Template.fromStack(stack).toJSON().Resources[stack.getLogicalId(store.table.node.defaultChild as CfnElement)];
    expect(t.Properties.DeletionProtectionEnabled).toBe(true);
    expect(t.DeletionPolicy).toBe('Retain');
    expect(t.UpdateReplacePolicy).toBe('Retain');
    expect(t.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(store.indexNames).toEqual(['byPublisherDay', 'byEntity']);
  });
});
