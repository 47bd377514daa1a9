#!/usr/bin/env node
// The `news-ingest` command. The CLI is TypeScript; tsx compiles it on the fly (esbuild underneath).
import { register } from 'tsx/esm/api';

// The SDK warns that its 2027 releases need Node 22; the lock file pins a version that runs on 20.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2));
