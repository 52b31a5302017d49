// The one interface the UI talks to, with two adapters: the desktop app's Tauri IPC, or the
// web app's core in a Web Worker (the same Rust commands, compiled to WebAssembly). Screens
// only use `api.ts` and `app.ts`, which use this; none knows which one runs.
import { invoke as tauriInvoke } from "@tauri-apps/api/core";
import { listen as tauriListen } from "@tauri-apps/api/event";

export interface AppEvent<T> {
  payload: T;
}

export interface Backend {
  /** `web`: in a browser; what the browser cannot do (keychain, files, links) is said so. */
  readonly kind: "tauri" | "web";
  invoke<T>(command: string, args?: Record<string, unknown>): Promise<T>;
  /** A command whose argument is a file's bytes, the other arguments in headers. */
  invokeBytes<T>(command: string, bytes: Uint8Array, headers: Record<string, string>): Promise<T>;
  listen<T>(event: string, handler: (event: AppEvent<T>) => void): Promise<() => void>;
}

const tauri: Backend = {
  kind: "tauri",
  invoke: (command, args) => tauriInvoke(command, args),
  invokeBytes: (command, bytes, headers) => tauriInvoke(command, bytes, { headers }),
  listen: (event, handler) => tauriListen(event, handler),
};

type Reply = { id: number; ok?: unknown; error?: unknown } | { event: string; payload: unknown };

/**
 * An export (`{__download, mime, content}`): the desktop app writes it to the downloads
 * folder and answers the path; here the browser downloads it and the answer is its name.
 */
function download(answer: unknown): unknown {
  if (typeof answer !== "object" || answer === null || !("__download" in answer)) return answer;
  const file = answer as { __download: string; mime: string; content: string };
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = file.__download;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return file.__download;
}

const STATE_EVENTS = new Set(["store-busy"]);
const LOCALE_KEY = "welcome-locale";

/**
 * The language the page last showed, kept beside the store: while another tab holds the store
 * (where the user's choice is), the worker still answers in it.
 */
function lastLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_KEY);
  } catch {
    return null;
  }
}

function rememberLocale(answer: unknown): unknown {
  const locale = (answer as { locale?: unknown; locales?: unknown } | null)?.locale;
  if (typeof locale === "string" && Array.isArray((answer as { locales?: unknown }).locales)) {
    try {
      localStorage.setItem(LOCALE_KEY, locale);
    } catch {
      // storage refused (private mode): the browser's languages decide instead
    }
  }
  return answer;
}

function workerBackend(): Backend {
  const base = import.meta.env.BASE_URL;
  const worker = new Worker(`${base}worker.js`, { type: "module" });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  const listeners = new Map<string, Set<(event: AppEvent<unknown>) => void>>();
  // Events that tell a state rather than a moment: a screen that listens later still hears the
  // last one (the worker says `store-busy` as soon as it starts, before any screen listens).
  const lastState = new Map<string, unknown>();
  let next = 1;
  worker.onmessage = ({ data }: MessageEvent<Reply>) => {
    if ("event" in data) {
      if (STATE_EVENTS.has(data.event)) lastState.set(data.event, data.payload);
      listeners.get(data.event)?.forEach((h) => h({ payload: data.payload }));
      return;
    }
    const call = pending.get(data.id);
    if (!call) return;
    pending.delete(data.id);
    if ("error" in data) call.reject(data.error);
    else call.resolve(download(rememberLocale(data.ok)));
  };
  worker.onerror = (e) => {
    const error = { kind: "internal", message: `the web app's core did not start: ${e.message}` };
    pending.forEach((call) => call.reject(error));
    pending.clear();
  };
  return {
    kind: "web",
    invoke<T>(command: string, args?: Record<string, unknown>) {
      const id = next++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        // As JSON text, like Tauri's IPC: screens pass reactive state (proxies), which
        // structured cloning refuses.
        worker.postMessage({ id, command, args: JSON.stringify(args ?? {}), locale: lastLocale() });
      });
    },
    // The document vault is the desktop app's (a browser has no keychain for its key).
    invokeBytes<T>(command: string): Promise<T> {
      return Promise.reject({ kind: "unsupported", message: `“${command}” is not available in the web app` });
    },
    async listen<T>(event: string, handler: (event: AppEvent<T>) => void) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const h = handler as (event: AppEvent<unknown>) => void;
      set.add(h);
      if (lastState.has(event)) h({ payload: lastState.get(event) });
      return () => set.delete(h);
    },
  };
}

/** The web build (`vite build --mode web`, served by the portal under /app/) outside Tauri. */
function onWeb(): boolean {
  return import.meta.env.MODE === "web" && !("__TAURI_INTERNALS__" in globalThis);
}

let chosen: Backend | null = null;

export function backend(): Backend {
  chosen ??= onWeb() ? workerBackend() : tauri;
  return chosen;
}

/** The web app's installability and offline start: its manifest and service worker. */
export function installWebApp() {
  if (!onWeb()) return;
  const base = import.meta.env.BASE_URL;
  const manifest = document.createElement("link");
  manifest.rel = "manifest";
  manifest.href = `${base}manifest.webmanifest`;
  const icon = document.createElement("link");
  icon.rel = "icon";
  icon.href = `${base}icons/128x128.png`;
  document.head.append(manifest, icon);
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {});
  }
}
