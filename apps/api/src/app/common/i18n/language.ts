export type Language = 'nl' | 'en';

/** Dutch first: English only when the request prefers it over Dutch. */
export function resolveLanguage(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) {
    return 'nl';
  }
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.slice(0, 2), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag === 'nl' || entry.tag === 'en')
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.tag === 'en' ? 'en' : 'nl';
}
