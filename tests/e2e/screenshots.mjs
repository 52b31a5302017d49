// Takes the README's screenshots from the real app: every main screen at desktop width, the
// main ones at phone width, and the plan in Arabic and in Ukrainian. Run through scripts/screenshots.sh.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { startApp, startPortal, tempDir } from "./harness.mjs";
import { completeFirstRun } from "./flows.mjs";

const out = path.resolve(process.argv[2] ?? "docs/screenshots");
const dir = tempDir("shots");
const portal = await startPortal(dir, { jobs: 2000 });
const app = await startApp({ dataDir: path.join(dir, "data"), portalUrl: portal.url });
const { wd } = app;

async function shot(name) {
  await new Promise((r) => setTimeout(r, 400));
  writeFileSync(path.join(out, `${name}.png`), await wd.screenshot());
  console.log(`wrote ${name}.png`);
}

/** The plan screen once its texts arrived in `lang` (the language change syncs them). */
async function planIn(lang) {
  const deadline = Date.now() + 45000;
  while (Date.now() < deadline) {
    await wd.click('[data-testid="nav-home"]');
    await wd.click('[data-testid="nav-plan"]');
    await wd.waitFor('[data-testid="plan-path"]');
    const langs = await wd.exec(
      `return [...new Set([...document.querySelectorAll('main span[lang]')].map((s) => s.lang))].join(",")`,
    );
    if (langs === lang) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function size(width, height) {
  await wd.request("POST", wd.s("/window/rect"), { width, height });
}

try {
  await size(1200, 820);
  await wd.waitFor('[data-testid="firstrun-language"]');
  await shot("first-run");
  await completeFirstRun(wd, { screenshot: shot });
  const screens = ["home", "plan", "contacts", "jobs", "settings"];
  for (const screen of screens) {
    await wd.click(`[data-testid="nav-${screen}"]`);
    await shot(`desktop-${screen}`);
  }
  await size(390, 800);
  for (const screen of ["home", "plan", "jobs"]) {
    await wd.click(`[data-testid="nav-${screen}"]`);
    await shot(`phone-${screen}`);
  }
  await size(1200, 820);
  for (const [lang, name] of [["ar", "arabic"], ["uk", "ukrainian"]]) {
    await wd.click('[data-testid="nav-settings"]');
    await wd.select('[data-testid="settings-language"]', lang);
    await planIn(lang);
    await shot(`desktop-plan-${name}`);
  }
} finally {
  await app.stop();
  await portal.stop();
}
