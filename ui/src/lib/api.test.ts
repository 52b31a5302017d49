import { describe, expect, it, vi } from "vitest";

vi.mock("@tauri-apps/api/core", () => ({
  invoke: vi.fn(async (command: string) => {
    if (command === "fails") throw { kind: "network", message: "Das Portal ist nicht erreichbar." };
    if (command === "crashes") throw "boom";
    return { ok: command };
  }),
}));

import { AppError, invoke } from "./api";

describe("invoke", () => {
  it("passes results through", async () => {
    await expect(invoke("works")).resolves.toEqual({ ok: "works" });
  });

  it("rethrows the app's error shape as a typed, translated AppError", async () => {
    const error = await invoke("fails").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).kind).toBe("network");
    expect((error as AppError).message).toBe("Das Portal ist nicht erreichbar.");
  });

  it("turns anything else into an internal error instead of crashing the screen", async () => {
    const error = await invoke("crashes").catch((e: unknown) => e);
    expect((error as AppError).kind).toBe("internal");
  });
});
