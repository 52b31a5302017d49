// The only way the UI talks to the app: typed wrappers over its commands. Errors arrive as
// `{kind, message}` with the message already translated, and are rethrown as `AppError`.
// Desktop (Tauri IPC) or web (the core in a worker): see backend.ts.
import { backend, type AppEvent } from "./backend";

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
    return await backend().invoke<T>(command, args);
  } catch (raw) {
    if (isCommandError(raw)) throw new AppError(raw.kind, raw.message);
    throw new AppError("internal", String(raw));
  }
}

/** Events from the app (`sync-progress`, `data-changed`, ...); resolves to the unsubscribe. */
export function listen<T>(event: string, handler: (event: AppEvent<T>) => void) {
  return backend().listen<T>(event, handler);
}

/** Whether the app runs in a browser (no keychain, files or deep links there). */
export function onWeb(): boolean {
  return backend().kind === "web";
}

/** The message id of what this platform cannot do that the desktop app does, if any. */
export function platformLimits(): string | null {
  return onWeb() ? "settings-web-limits" : null;
}

/// A command whose argument is a file's bytes (sent raw, not as JSON); the other arguments go
/// in headers, percent-encoded so a file name in any script arrives whole.
export async function invokeWithBytes<T>(
  command: string,
  bytes: Uint8Array,
  headers: Record<string, string>,
): Promise<T> {
  const encoded = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, encodeURIComponent(v)]));
  try {
    return await backend().invokeBytes<T>(command, bytes, encoded);
  } catch (raw) {
    if (isCommandError(raw)) throw new AppError(raw.kind, raw.message);
    throw new AppError("internal", String(raw));
  }
}

/// A command that answers with raw bytes (a picture), as an object URL the caller revokes.
export async function invokeForObjectUrl(command: string, args: Record<string, unknown>, type: string): Promise<string | null> {
  const bytes = await invoke<ArrayBuffer | number[]>(command, args);
  const buffer = bytes instanceof ArrayBuffer ? bytes : new Uint8Array(bytes).buffer;
  if (buffer.byteLength === 0) return null;
  return URL.createObjectURL(new Blob([buffer], { type }));
}
