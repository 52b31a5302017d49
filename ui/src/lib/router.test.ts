import { describe, expect, it } from "vitest";
import { parseDeepLink } from "./router";

describe("deep links", () => {
  it("open a job or a plan step", () => {
    expect(parseDeepLink("welcome-ruhr://job/10000-1198765432-S")).toEqual({ screen: "jobs", focus: "10000-1198765432-S" });
    expect(parseDeepLink("welcome-ruhr://plan/step-anmeldung")).toEqual({ screen: "plan", focus: "step-anmeldung" });
  });

  it("ignore anything else, including script-like payloads", () => {
    expect(parseDeepLink("https://example.org")).toBeNull();
    expect(parseDeepLink("welcome-ruhr://job/<script>")).toBeNull();
    expect(parseDeepLink("welcome-ruhr://settings/x")).toBeNull();
  });
});
