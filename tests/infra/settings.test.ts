/** Context flags: defaults per stage, CLI string values, and refusals of unsafe values. */
import { describe, expect, it } from 'vitest';
import { App } from 'aws-cdk-lib';
import { settingsFromContext } from '../../lib/settings.ts';

const settings = (context: Record<string, unknown>) => settingsFromContext(new App({ context }).node);

describe('settingsFromContext', () => {
  it('defaults to an ephemeral dev stage without deletion protection', () => {
    expect(settings({})).toEqual({
      stage: 'dev',
      deletionProtection: false,
      ephemeral: true,
      eventSource: 'news.ingest',
      maxConcurrency: 10,
      reservedConcurrency: undefined,
      alarmTopicArn: undefined,
    });
  });

  it('protects and retains any other stage', () => {
    const s = settings({ stage: 'prod' });
    expect(s.deletionProtection).toBe(true);
    expect(s.ephemeral).toBe(false);
  });

  it('reads CLI strings and cdk.json values alike', () => {
    expect(settings({ stage: 'prod', deletionProtection: 'false', maxConcurrency: '25', reservedConcurrency: 30 })).toMatchObject({
      deletionProtection: false,
      maxConcurrency: 25,
      reservedConcurrency: 30,
    });
    expect(settings({ deletionProtection: true, eventSource: 'acme.news' })).toMatchObject({ deletionProtection: true, eventSource: 'acme.news' });
  });

  it('refuses values that would deploy something unintended', () => {
    expect(() => settings({ deletionProtection: 'yes' })).toThrow(/true or false/);
    expect(() => settings({ maxConcurrency: '1' })).toThrow(/between 2 and 1000/);
    expect(() => settings({ maxConcurrency: 'ten' })).toThrow(/integer/);
    expect(() => settings({ maxConcurrency: 20, reservedConcurrency: 5 })).toThrow(/reservedConcurrency/);
    expect(() => settings({ stage: 'Prod Stage' })).toThrow(/stage/);
    expect(() => settings({ alarmTopicArn: 'oncall' })).toThrow(/SNS topic ARN/);
    expect(settings({ alarmTopicArn: 'arn:aws:sns:eu-west-1:123456789012:oncall' }).alarmTopicArn).toBe('arn:aws:sns:eu-west-1:123456789012:oncall');
  });
});
