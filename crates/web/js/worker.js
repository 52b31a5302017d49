// The web app's core: a dedicated worker running welcome-web (the Rust core as WebAssembly)
// over SQLite in the origin-private file system. The page posts `{id, command, args}` (args as
// JSON text); the worker answers `{id, ok}` or `{id, error: {kind, message}}` and posts events
// as `{event, payload}` (`sync-progress`, `settings-changed`), like the desktop app's IPC.
//
// The login token: only this worker ever holds it in plain form. At rest it is AES-GCM
// ciphertext in IndexedDB under a WebCrypto key created non-extractable, so neither the key nor
// the token can be read out of storage (the key can only be used, by this origin's code, which
// the Content-Security-Policy limits to the app's own files).
//
// One tab at a time: the store's file handles are exclusive to one worker. A second tab's worker
// waits for the first tab to close (a Web Lock), posts `store-busy` (true, then false once it has
// taken the store over) and meanwhile answers only the language commands, so the page can say
// in the reader's language why it waits.
import init, { open, call, call_before_open, take_token_writes } from "./pkg/welcome_web.js";

const SECRETS_DB = "welcome-secrets";
const SECRETS = "secrets";

function request(r) {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

async function secretsDb() {
  const opening = indexedDB.open(SECRETS_DB, 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore(SECRETS);
  return request(opening);
}

function store(db, mode) {
  return db.transaction(SECRETS, mode).objectStore(SECRETS);
}

async function tokenKey(db) {
  let key = await request(store(db, "readonly").get("key"));
  if (!key) {
    key = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, [
      "encrypt",
      "decrypt",
    ]);
    await request(store(db, "readwrite").put(key, "key"));
  }
  return key;
}

async function loadTokens(db, key) {
  const sealed = (await request(store(db, "readonly").get("tokens"))) ?? {};
  const tokens = {};
  for (const [account, { iv, data }] of Object.entries(sealed)) {
    try {
      const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv }, key, data);
      tokens[account] = new TextDecoder().decode(plain);
    } catch {
      // A token sealed under a lost key cannot be read: the user logs in again.
    }
  }
  return tokens;
}

async function persistTokens(db, key, writes) {
  if (writes.length === 0) return;
  const sealed = (await request(store(db, "readonly").get("tokens"))) ?? {};
  for (const [account, token] of writes) {
    if (token === null) {
      delete sealed[account];
    } else {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const data = await crypto.subtle.encrypt(
        { name: "AES-GCM", iv },
        key,
        new TextEncoder().encode(token),
      );
      sealed[account] = { iv, data };
    }
  }
  await request(store(db, "readwrite").put(sealed, "tokens"));
}

const STORE_LOCK = "welcome-ruhr-store";
/** Commands the page may get answered before the store is open (see `call_before_open`). */
const BEFORE_OPEN = new Set(["app_info", "i18n_catalog"]);

/**
 * Claims the store for this worker's lifetime. `free`: whether it was free at once (false: another
 * tab has it); `held`: settles once this worker holds it.
 */
function claimStore() {
  let decided;
  const free = new Promise((resolve) => (decided = resolve));
  const held = new Promise((resolve) => {
    if (!navigator.locks) {
      decided(true);
      resolve();
      return;
    }
    // Granted: kept until the worker ends (the promise never settles).
    const hold = () => {
      resolve();
      return new Promise(() => {});
    };
    navigator.locks.request(STORE_LOCK, { ifAvailable: true }, (lock) => {
      decided(lock !== null);
      if (lock) return hold();
      navigator.locks.request(STORE_LOCK, hold);
      return undefined;
    });
  });
  return { free, held };
}

const claim = claimStore();
claim.free.then((free) => free || postMessage({ event: "store-busy", payload: true }));
const loaded = init();
let opened = false;

/** Opens the store; right after another tab let go, its file handles may take a moment. */
async function openStore(tokens, emit) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await open(JSON.stringify(tokens), self.location.origin, emit);
    } catch (error) {
      if (attempt >= 10) throw error;
      await new Promise((r) => setTimeout(r, 300));
    }
  }
}

const ready = (async () => {
  await claim.held;
  await loaded;
  const db = await secretsDb();
  const key = await tokenKey(db);
  const tokens = await loadTokens(db, key);
  const emit = (event, payload) => postMessage({ event, payload: JSON.parse(payload) });
  await openStore(tokens, emit);
  opened = true;
  if (!(await claim.free)) postMessage({ event: "store-busy", payload: false });
  return { db, key };
})();

// Token writes are persisted one batch after the other, in order.
let persisting = Promise.resolve();

/** The IPC's error shape `{kind, message}` of whatever a command threw. */
function commandError(raw) {
  if (typeof raw?.kind === "string") return raw;
  try {
    const error = JSON.parse(String(raw));
    if (typeof error?.kind === "string") return error;
  } catch {
    // not the core's error
  }
  return { kind: "internal", message: String(raw?.message ?? raw) };
}

/**
 * Runs a command; the token writes it made are persisted (encrypted) after it. `locale`: the one
 * the page last used, for the language commands while another tab holds the store.
 */
async function run(command, args, locale) {
  if (!opened && BEFORE_OPEN.has(command) && !(await claim.free)) {
    await loaded;
    return JSON.parse(call_before_open(command, locale ?? undefined));
  }
  const { db, key } = await ready;
  try {
    const json = typeof args === "string" ? args : JSON.stringify(args ?? {});
    return JSON.parse(await call(command, json));
  } catch (raw) {
    throw commandError(raw);
  } finally {
    const writes = JSON.parse(take_token_writes());
    persisting = persisting.then(() => persistTokens(db, key, writes)).catch(() => {});
  }
}

// The background sync, as the desktop app's (src-tauri/src/background.rs): on start, on the
// interval from the settings, when the network is back, and after a short backoff while the
// portal cannot be reached. Nothing runs while sync is paused.
const OFFLINE_BACKOFF_S = [5, 15, 60, 180, 600];
let offlineTries = 0;
let timer = null;

async function backgroundSync() {
  clearTimeout(timer);
  let wait;
  try {
    const settings = await run("settings");
    wait = settings.sync_interval_minutes * 60;
    if (!settings.sync_paused) {
      try {
        await run("sync_now");
        offlineTries = 0;
      } catch (error) {
        if (error?.kind !== "network") throw error;
        wait = OFFLINE_BACKOFF_S[Math.min(offlineTries++, OFFLINE_BACKOFF_S.length - 1)];
      }
    }
  } catch {
    wait ??= 60;
  }
  timer = setTimeout(backgroundSync, wait * 1000);
}

ready.then(backgroundSync, () => {});

// Reminders, as the desktop app's loop (src-tauri/src/reminders.rs): at start (one that fell
// due while the app was closed comes now, marked late), every minute, and at once when a date
// or a reminder setting changed. They land in the inbox (the core emits `data-changed`).
const REMINDERS_EVERY_MS = 60_000;
const WAKES_REMINDERS = new Set([
  "set_item_due",
  "set_document_expiry",
  "save_appointment",
  "set_reminder_settings",
  "set_item_reminders",
]);
let reminderTimer = null;

async function deliverReminders() {
  clearTimeout(reminderTimer);
  try {
    await run("deliver_reminders");
  } catch {
    // checked again in a minute
  }
  reminderTimer = setTimeout(deliverReminders, REMINDERS_EVERY_MS);
}

ready.then(deliverReminders, () => {});

self.onmessage = async ({ data }) => {
  const { id, command, args, locale } = data;
  try {
    const answer = await run(command, args, locale);
    // A guide request leaves at once when online, as on the desktop.
    if (command === "network_online" || command === "update_settings" || command === "send_guide_request") {
      backgroundSync();
    }
    if (WAKES_REMINDERS.has(command)) deliverReminders();
    postMessage({ id, ok: answer });
  } catch (raw) {
    postMessage({ id, error: commandError(raw) });
  }
};
