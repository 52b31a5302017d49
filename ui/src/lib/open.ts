// Web pages, e-mail and phone links open in the system's own apps, never inside the app window.
import { openUrl } from "@tauri-apps/plugin-opener";

const ALLOWED = /^(https?:\/\/|mailto:|tel:)/i;

export async function openExternal(url: string) {
  if (!ALLOWED.test(url)) return;
  await openUrl(url);
}

const WEB_PAGE = /^https?:\/\/[^\s/]/i;

/** A web page (http or https only: a job ad's own page), in the system's browser. */
export async function openWebPage(url: string) {
  if (!WEB_PAGE.test(url)) return;
  await openUrl(url);
}
