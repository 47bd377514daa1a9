// Placeholder so the CDK stack can bundle; the ingest engineer replaces this with the real reprocess handler.
export const handler = async () => ({});
