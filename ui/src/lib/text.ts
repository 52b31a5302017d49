// Resolves a portal text map the way core's LocalizedText::resolve does: the reader's language,
// then English, then German, then any; and says whether a fallback was used.
import type { ResolvedText } from "../bindings/ResolvedText";

export function resolveText(map: Record<string, string> | undefined | null, locale: string): ResolvedText | null {
  if (!map) return null;
  for (const lang of [locale, "en", "de"]) {
    const text = map[lang];
    if (text && text.trim()) return { text, lang, fallback: lang !== locale };
  }
  const any = Object.entries(map).find(([, t]) => t.trim());
  return any ? { text: any[1], lang: any[0], fallback: any[0] !== locale } : null;
}
