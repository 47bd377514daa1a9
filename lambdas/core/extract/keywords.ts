/** Ranked key terms. FIRST SIMPLE VERSION: issue 4 replaces it. */
export function extractKeywords(_title: string, _paragraphs: string[], _language: string): string[] {
  return [];
}
