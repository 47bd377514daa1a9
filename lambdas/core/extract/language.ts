/** Language identification (ISO 639-1). FIRST SIMPLE VERSION: issue 4 replaces it. */
export function detectLanguage(_text: string, declared: string | null): string {
  return declared ?? 'en';
}
