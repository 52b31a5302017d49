// Web pages, e-mail and phone links open in the system's own apps, never inside the app window.
import { openUrl } from "@tauri-apps/plugin-opener";
import { onWeb } from "./api";

const ALLOWED = /^(https?:\/\/|mailto:|tel:)/i;

// In the web app the browser opens them (a new tab, the phone's dialler or mail app).
async function open(url: string) {
  if (onWeb()) window.open(url, "_blank", "noopener,noreferrer");
  else await openUrl(url);
}

export async function openExternal(url: string) {
  if (!ALLOWED.test(url)) return;
  await open(url);
}

const WEB_PAGE = /^https?:\/\/[^\s/]/i;

/** A web page (http or https only: a job ad's own page), in the system's browser. */
export async function openWebPage(url: string) {
  if (!WEB_PAGE.test(url)) return;
  await open(url);
}
