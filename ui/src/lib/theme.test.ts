import { afterEach, describe, expect, it, vi } from "vitest";

function fakeSystem(dark: boolean) {
  const listeners: Array<() => void> = [];
  const query = {
    matches: dark,
    addEventListener: (_: string, f: () => void) => listeners.push(f),
  };
  window.matchMedia = vi.fn(() => query) as unknown as typeof window.matchMedia;
  return {
    set(value: boolean) {
      query.matches = value;
      listeners.forEach((f) => f());
    },
  };
}

describe("theme", () => {
  afterEach(() => vi.resetModules());

  it("uses the user's choice whatever the system says", async () => {
    fakeSystem(true);
    const { applyTheme } = await import("./theme");
    applyTheme("light");
    expect(document.documentElement.dataset.theme).toBe("light");
    applyTheme("dark");
    expect(document.documentElement.dataset.theme).toBe("dark");
  });

  it("follows the system while the choice is 'system', also when the system changes", async () => {
    const system = fakeSystem(false);
    const { applyTheme } = await import("./theme");
    applyTheme("system");
    expect(document.documentElement.dataset.theme).toBe("light");
    system.set(true);
    expect(document.documentElement.dataset.theme).toBe("dark");
    applyTheme("light");
    system.set(true);
    expect(document.documentElement.dataset.theme).toBe("light");
  });
});
