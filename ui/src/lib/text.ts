// Resolves a portal text map the way core's LocalizedText::resolve does: the reader's language,
// then English, then German, then any; says whether a fallback was used, and hands an unreviewed
// translation its originals (English, then German) so the reader can check it.
import type { ResolvedText } from "../bindings/ResolvedText";
import type { TextStatus } from "../bindings/TextStatus";
import type { OriginalText } from "../bindings/OriginalText";

type Entry = string | { text: string; status: TextStatus };
const FALLBACK = ["en", "de"];

function entry(value: Entry | undefined): { text: string; status: TextStatus } | null {
  if (value === undefined || value === null) return null;
  const e = typeof value === "string" ? { text: value, status: "original" as TextStatus } : value;
  return e.text && e.text.trim() ? e : null;
}

/** True for a translation nobody has checked yet (also a status this build does not know). */
export function needsReview(status: TextStatus | undefined): boolean {
  return status !== undefined && status !== "original" && status !== "reviewed";
}

export function resolveText(map: Record<string, Entry> | undefined | null, locale: string): ResolvedText | null {
  if (!map) return null;
  let pick: [string, { text: string; status: TextStatus }] | null = null;
  for (const lang of [locale, ...FALLBACK]) {
    const e = entry(map[lang]);
    if (e) {
      pick = [lang, e];
      break;
    }
  }
  if (!pick) {
    for (const [lang, value] of Object.entries(map)) {
      const e = entry(value);
      if (e) {
        pick = [lang, e];
        break;
      }
    }
  }
  if (!pick) return null;
  const [lang, e] = pick;
  const resolved: ResolvedText = { text: e.text, lang, fallback: lang !== locale, status: e.status };
  if (needsReview(e.status)) {
    const originals: OriginalText[] = [];
    for (const l of FALLBACK) {
      const o = entry(map[l]);
      if (o && o.status === "original") originals.push({ lang: l, text: o.text });
    }
    resolved.originals = originals;
  }
  return resolved;
}

/** A town as the reader knows it: its name in the reader's script where it has one, with the
 *  German name beside it (the one on signs, letters and job ads). */
export function townName(town: { name: string; names?: Record<string, Entry> }, locale: string): string {
  const own = entry(town.names?.[locale]);
  return own && own.text !== town.name ? `${own.text} (${town.name})` : town.name;
}
