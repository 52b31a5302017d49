// The only way the UI talks to the app: typed wrappers over its commands. Errors arrive as
// `{kind, message}` with the message already translated, and are rethrown as `AppError`.
import { invoke as tauriInvoke } from "@tauri-apps/api/core";

export class AppError extends Error {
  readonly kind: string;
  constructor(kind: string, message: string) {
    super(message);
    this.kind = kind;
    this.name = "AppError";
  }
}

export function isCommandError(value: unknown): value is { kind: string; message: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { kind?: unknown }).kind === "string" &&
    typeof (value as { message?: unknown }).message === "string"
  );
}

export async function invoke<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await tauriInvoke<T>(command, args);
  } catch (raw) {
    if (isCommandError(raw)) throw new AppError(raw.kind, raw.message);
    throw new AppError("internal", String(raw));
  }
}
