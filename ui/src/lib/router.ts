// The screens of the app. A tiny store instead of a router library: the app has no URLs to
// share, and deep links (welcome-ruhr://job/<id>) arrive as events that call `go`.
import { writable } from "svelte/store";

export type Screen = "home" | "plan" | "contacts" | "jobs" | "settings";

export interface Route {
  screen: Screen;
  /** e.g. a job id or a plan item id to open. */
  focus?: string;
}

export const route = writable<Route>({ screen: "home" });

export function go(screen: Screen, focus?: string) {
  route.set({ screen, focus });
}

/** Parses `welcome-ruhr://job/<id>` and `welcome-ruhr://plan/<item>`; null for anything else. */
export function parseDeepLink(url: string): Route | null {
  const match = /^welcome-ruhr:\/\/(job|plan|contacts)\/?([A-Za-z0-9._:-]*)$/.exec(url.trim());
  if (!match) return null;
  const screen: Screen = match[1] === "job" ? "jobs" : (match[1] as Screen);
  return { screen, focus: match[2] || undefined };
}
