// Takes the README's screenshots from the real app: every main screen at desktop width, the
// main ones at phone width, and the plan in Arabic and in Ukrainian. Run through scripts/screenshots.sh.
import { writeFileSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { startApp, startPortal, tempDir } from "./harness.mjs";
import { completeFirstRun } from "./flows.mjs";

const out = path.resolve(process.argv[2] ?? "docs/screenshots");
const dir = tempDir("shots");
const portal = await startPortal(dir, { jobs: 2000 });
const app = await startApp({ dataDir: path.join(dir, "data"), portalUrl: portal.url });
const { wd } = app;

/** The app window as the X server shows it (WebKit's own screenshot can stall on a busy page). */
async function shot(name) {
  await new Promise((r) => setTimeout(r, 600));
  const { x, y, width, height } = await wd.request("GET", wd.s("/window/rect"));
  execFileSync("import", ["-window", "root", "-crop", `${width}x${height}+${x}+${y}`, "+repage", path.join(out, `${name}.png`)]);
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
  // A document with an attached scan (a specimen page drawn here, not anyone's papers), and
  // the appointment PDF made from it, rendered to a picture.
  const scan = path.join(dir, "passport-specimen.jpg");
  execFileSync("convert", [
    "-size", "1240x1754", "xc:#f4f1e8", "-fill", "#1d3b6e", "-draw", "rectangle 0,0 1240,170",
    "-fill", "white", "-font", "DejaVu-Sans-Bold", "-pointsize", "64", "-annotate", "+80+115", "REISEPASS · PASSPORT",
    "-fill", "#c8c2b0", "-draw", "rectangle 80,260 480,760",
    "-fill", "#333333", "-font", "DejaVu-Sans", "-pointsize", "42",
    "-annotate", "+540+320", "Name: MUSTERMANN", "-annotate", "+540+400", "Vorname: ERIKA",
    "-annotate", "+540+480", "Geburtsdatum: 12.08.1994", "-annotate", "+540+560", "Gültig bis: 31.05.2034",
    "-fill", "#b3261e", "-font", "DejaVu-Sans-Bold", "-pointsize", "150", "-annotate", "-25x-25+260+1350", "SPECIMEN",
    "-quality", "85", scan,
  ]);
  await wd.click('[data-testid="nav-plan"]');
  const input = await wd.find('[data-testid="attach-doc-passport"]');
  await wd.request("POST", wd.s(`/element/${input}/value`), { text: scan });
  await wd.waitFor('[data-testid="files-doc-passport"] img.thumb');
  await wd.select('[data-testid="status-doc-passport"]', "received");
  await wd.click('[data-testid="appointment-add"]');
  await wd.type("#ap-title", "Ausländerbehörde Dortmund");
  await wd.select("#ap-date", "2027-03-15");
  await wd.select("#ap-time", "09:30");
  await wd.type("#ap-place", "Olpe 1, 44135 Dortmund");
  await wd.click('[data-testid="appointment-save"]');
  await wd.click('[data-testid="appointment-pdf"]');
  const hint = await wd.textOf('p.hint[role="status"]');
  const pdf = hint.slice(hint.indexOf("/"));
  await wd.exec("document.getElementById('item-doc-passport').scrollIntoView({block: 'start'})");
  await shot("desktop-plan-documents");
  const prefix = path.join(dir, "pdf-page");
  execFileSync("pdftoppm", ["-r", "60", "-png", "-f", "1", "-l", "2", pdf, prefix]);
  execFileSync("convert", [`${prefix}-1.png`, `${prefix}-2.png`, "-bordercolor", "#888888", "-border", "1",
    "-background", "white", "-splice", "12x0", "+append", path.join(out, "appointment-pdf.png")]);
  rmSync(`${prefix}-1.png`);
  rmSync(`${prefix}-2.png`);
  console.log("wrote appointment-pdf.png");
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
