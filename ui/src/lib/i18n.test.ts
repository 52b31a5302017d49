import { describe, expect, it } from "vitest";
import { Translator } from "./i18n";

const de = `app-name = Begleiter
jobs-count = { $count ->
    [one] { $count } Stelle
   *[other] { $count } Stellen
}`;
const en = `app-name = Companion
only-in-english = Only English
jobs-count = { $count ->
    [one] one job
   *[other] { $count } jobs
}`;

describe("Translator", () => {
  it("formats in the chosen language with plural rules", () => {
    const t = new Translator([{ locale: "de", source: de }, { locale: "en", source: en }]);
    expect(t.t("app-name")).toBe("Begleiter");
    expect(t.t("jobs-count", { count: 1 })).toBe("1 Stelle");
    expect(t.t("jobs-count", { count: 3 })).toBe("3 Stellen");
  });

  it("falls back per message and never shows an empty string", () => {
    const t = new Translator([{ locale: "de", source: de }, { locale: "en", source: en }]);
    expect(t.t("only-in-english")).toBe("Only English");
    expect(t.t("nowhere")).toBe("nowhere");
  });

  it("formats dates and money per locale", () => {
    const t = new Translator([{ locale: "de", source: de }]);
    expect(t.date("2027-03-15")).toMatch(/15\.\s?03\.\s?2027|15\. März 2027/);
    expect(t.money(50700)).toContain("50.700");
  });
});
