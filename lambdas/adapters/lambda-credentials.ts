/**
 * The AWS credential provider of the Lambda bundles, put in place of `@aws-sdk/credential-provider-node`
 * by an esbuild alias (LAMBDA_BUNDLE_ALIASES in lib/ingest-function.ts); the CLI and the tests keep
 * the SDK's full default chain.
 *
 * Why: Lambda hands every function its role's credentials in environment variables
 * (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), the first link of the SDK's
 * default chain. The other links (SSO, shared ini files, credential processes, web identity tokens,
 * container and instance metadata) never run there, yet they bring two nested SDK clients along:
 * about 110 KB of the 900 KB bundle, parsed and compiled by every cold start for nothing.
 *
 * The exports mirror what the SDK clients' runtime configs import from the package they replace.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';
type Init = Parameters<typeof fromEnv>[0];
type Provider = ReturnType<typeof fromEnv>;
type Credentials = Awaited<ReturnType<Provider>>;

/** The environment's credentials, as the default chain's first link reads them; a clear error when they are missing. */
export const defaultProvider = (init: Init = {}): Provider => fromEnv(init);

/** As in the SDK: credentials with an expiry are refreshed five minutes before it. */
export const credentialsWillNeedRefresh = (credentials: Credentials | undefined): boolean => credentials?.expiration !== undefined;
export const credentialsTreatedAsExpired = (credentials: Credentials | undefined): boolean =>
  credentials?.expiration !== undefined && credentials.expiration.getTime() - Date.now() < 300_000;
