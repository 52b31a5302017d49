import { describe, expect, it } from "vitest";
import { resolveText } from "./text";

describe("resolveText", () => {
  it("prefers the reader's language, then English, then German, and marks fallbacks", () => {
    const t = { de: "Anmeldung", en: "Registration" };
    expect(resolveText(t, "de")).toEqual({ text: "Anmeldung", lang: "de", fallback: false });
    expect(resolveText(t, "ar")).toEqual({ text: "Registration", lang: "en", fallback: true });
    expect(resolveText({ de: "Anmeldung" }, "tr")).toEqual({ text: "Anmeldung", lang: "de", fallback: true });
    expect(resolveText({}, "de")).toBeNull();
  });
});
