#!/usr/bin/env node
/**
 * CDK entry point (`cdk.json`: `npx tsx bin/app.ts`). Context flags: stage, deletionProtection,
 * eventSource, maxConcurrency, reservedConcurrency, alarmTopicArn. cdk-nag runs on every synth.
 */
import { buildApp } from '../lib/app.ts';

buildApp().app.synth();
