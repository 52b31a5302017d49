// The web app's screenshots at phone size (390x844, headless Chromium): the first run, the main
// screens, the settings with what a browser cannot do, a second tab waiting for the first, and
// the plan in Arabic. Run through scripts/screenshots-web.sh; writes docs/screenshots/web-*.png.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { startBrowser, startPortal, tempDir } from "./harness.mjs";
import { completeFirstRun } from "../e2e/flows.mjs";

const out = path.resolve(process.argv[2] ?? "docs/screenshots");
const dir = tempDir("shots");
const portal = await startPortal(dir, { jobs: 2000 });
const browser = await startBrowser(dir);
const { wd } = browser;

async function shot(name) {
  await new Promise((r) => setTimeout(r, 500));
  writeFileSync(path.join(out, `web-${name}.png`), await wd.screenshot());
  console.log(`wrote web-${name}.png`);
}

try {
  await wd.request("POST", wd.s("/url"), { url: `${portal.url}/app/` });
  await wd.waitFor('[data-testid="firstrun-language"]');
  await shot("first-run");
  await completeFirstRun(wd);
  for (const screen of ["home", "plan", "jobs", "contacts", "settings"]) {
    await wd.click(`[data-testid="nav-${screen}"]`);
    await wd.waitFor("h1");
    await shot(screen);
  }
  // The same app opened in a second tab waits for the first.
  const first = await wd.request("GET", wd.s("/window"));
  const { handle: second } = await wd.request("POST", wd.s("/window/new"), { type: "tab" });
  await wd.request("POST", wd.s("/window"), { handle: second });
  await wd.request("POST", wd.s("/url"), { url: `${portal.url}/app/` });
  await wd.waitFor('[data-testid="store-busy"] h1');
  await shot("second-tab");
  await wd.request("DELETE", wd.s("/window"));
  await wd.request("POST", wd.s("/window"), { handle: first });
  await wd.select('[data-testid="settings-language"]', "ar");
  await new Promise((r) => setTimeout(r, 3000));
  await wd.click('[data-testid="nav-plan"]');
  await wd.waitFor('[data-testid="plan-path"]');
  await shot("plan-ar");
} finally {
  await browser.stop();
  await portal.stop();
}
