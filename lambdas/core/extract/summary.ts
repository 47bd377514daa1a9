/** The lede: first one to three sentences, at most 500 characters. FIRST SIMPLE VERSION. */
export function summarize(paragraphs: string[]): string {
  return (paragraphs[0] ?? '').slice(0, 500);
}
