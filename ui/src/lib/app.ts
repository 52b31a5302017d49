// App-wide state: the language, the overview (people, sync status, alerts) and the sync
// progress events. Screens read these stores; only commands change the data behind them.
import { writable, get } from "svelte/store";
import { invoke, listen } from "./api";
import { setCatalogs } from "./i18n";
import { applyTheme } from "./theme";
import type { AppInfo } from "../bindings/AppInfo";
import type { Catalog } from "../bindings/Catalog";
import type { Overview } from "../bindings/Overview";
import type { SettingsView } from "../bindings/SettingsView";
import type { SyncProgressView } from "../bindings/SyncProgressView";

export interface AppStore {
  loaded: boolean;
  info: AppInfo | null;
  overview: Overview | null;
  /** The person whose plan the screens show. */
  personId: string | null;
  progress: SyncProgressView | null;
  syncing: boolean;
}

export const app = writable<AppStore>({
  loaded: false,
  info: null,
  overview: null,
  personId: null,
  progress: null,
  syncing: false,
});

async function loadCatalogs(info: AppInfo) {
  const catalogs = await invoke<Catalog[]>("i18n_catalog");
  setCatalogs(catalogs, info.rtl);
}

export async function loadApp() {
  const [info, settings] = await Promise.all([
    invoke<AppInfo>("app_info"),
    invoke<SettingsView>("settings"),
  ]);
  applyTheme(settings.theme);
  await loadCatalogs(info);
  app.update((s) => ({ ...s, info, loaded: true }));
  listen<SyncProgressView>("sync-progress", (event) => {
    app.update((s) => ({ ...s, progress: event.payload, syncing: !event.payload.done }));
    if (event.payload.done) refreshOverview();
  });
  // The network is back: the background sync runs now instead of after its backoff.
  window.addEventListener("online", () => {
    invoke("network_online").catch(() => {});
  });
}

/**
 * Only the language: while another tab holds the web app's store, nothing else can load, and the
 * page still says why in the reader's language.
 */
export async function loadLanguage() {
  const info = await invoke<AppInfo>("app_info");
  await loadCatalogs(info);
}

export async function refreshOverview() {
  const overview = await invoke<Overview>("overview");
  app.update((s) => {
    const stillThere = overview.people.some((p) => p.id === s.personId);
    return { ...s, overview, personId: stillThere ? s.personId : (overview.people[0]?.id ?? null) };
  });
}

export async function setLocale(locale: string | null) {
  const info = await invoke<AppInfo>("set_locale", { locale });
  await loadCatalogs(info);
  app.update((s) => ({ ...s, info }));
  await refreshOverview();
}

export function selectPerson(personId: string) {
  app.update((s) => ({ ...s, personId }));
}

export async function syncNow() {
  if (get(app).syncing) return;
  app.update((s) => ({ ...s, syncing: true }));
  try {
    await invoke("sync_now");
  } finally {
    app.update((s) => ({ ...s, syncing: false }));
    await refreshOverview();
  }
}
