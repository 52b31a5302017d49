import { describe, expect, it } from "vitest";
import { needsReview, resolveText, townName } from "./text";

describe("resolveText", () => {
  it("prefers the reader's language, then English, then German, and marks fallbacks", () => {
    const t = { de: "Anmeldung", en: "Registration" };
    expect(resolveText(t, "de")).toEqual({ text: "Anmeldung", lang: "de", fallback: false, status: "original" });
    expect(resolveText(t, "ar")).toEqual({ text: "Registration", lang: "en", fallback: true, status: "original" });
    expect(resolveText({ de: "Anmeldung" }, "tr")).toEqual({ text: "Anmeldung", lang: "de", fallback: true, status: "original" });
    expect(resolveText({}, "de")).toBeNull();
  });

  it("gives an unreviewed translation its originals, a reviewed one none", () => {
    const t = {
      de: "Anmeldung",
      en: "Registration of address (Anmeldung)",
      ar: { text: "تسجيل العنوان (Anmeldung)", status: "translated" as const },
      uk: { text: "Реєстрація (Anmeldung)", status: "reviewed" as const },
    };
    const ar = resolveText(t, "ar")!;
    expect(ar.lang).toBe("ar");
    expect(ar.fallback).toBe(false);
    expect(needsReview(ar.status)).toBe(true);
    expect(ar.originals).toEqual([
      { lang: "en", text: "Registration of address (Anmeldung)" },
      { lang: "de", text: "Anmeldung" },
    ]);
    const uk = resolveText(t, "uk")!;
    expect(needsReview(uk.status)).toBe(false);
    expect(uk.originals).toBeUndefined();
  });
});

describe("townName", () => {
  it("shows the reader's own name for a town beside the German one", () => {
    const essen = { name: "Essen", names: { ar: { text: "إسن", status: "translated" as const } } };
    expect(townName(essen, "ar")).toBe("إسن (Essen)");
    expect(townName(essen, "pl")).toBe("Essen");
    expect(townName({ name: "Bochum" }, "ar")).toBe("Bochum");
  });
});
