// The app a newcomer uses, end to end: first run, a sync from the real portal on loopback,
// marking a document as received and attaching its scan, reminders, an appointment and its PDF,
// a restart with the portal stopped (everything still there, the scan opens), Arabic laid out
// right to left, and a keychain reset that loses the vault's key but no file.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { spawn, spawnSync, execFileSync } from "node:child_process";
import fs from "node:fs";
import { startApp, startPortal, tempDir } from "./harness.mjs";
import { completeFirstRun, isoDaysFromNow } from "./flows.mjs";

const dir = tempDir("main");
const dataDir = path.join(dir, "app-data");
let portal;

before(async () => {
  portal = await startPortal(dir, { jobs: 300 });
});

after(async () => {
  await portal?.stop().catch(() => {});
});

test("first run, sync, plan and progress, offline restart, Arabic", async (t) => {
  let app = await startApp({ dataDir, portalUrl: portal.url });
  try {
    const { wd } = app;

    await t.test("first run: language, sync from the portal, questionnaire, plan", async () => {
      await completeFirstRun(wd);
    });

    await t.test("a document is marked as received", async () => {
      await wd.click('[data-testid="nav-plan"]');
      await wd.waitFor('[data-testid="plan-path"]', { text: /Blue Card/ });
      await wd.select('[data-testid="status-doc-passport"]', "received");
      await wd.waitFor('[data-testid="saved-doc-passport"]');
    });

    await t.test("a scan is attached to the passport; a text file is refused and changes nothing", async () => {
      await wd.click('[data-testid="nav-plan"]');
      // The file chooser's input, given a file the way the chooser gives it.
      const scan = path.resolve("icons/128x128.png");
      const input = await wd.find('[data-testid="attach-doc-passport"]');
      await wd.request("POST", wd.s(`/element/${input}/value`), { text: scan });
      await wd.waitFor('[data-testid="files-doc-passport"] [data-testid="attachment"]', { text: /128x128\.png/ });
      await wd.waitFor('[data-testid="files-doc-passport"] img.thumb');
      const notes = path.join(dir, "notes.txt");
      fs.writeFileSync(notes, "my passport number is not a scan");
      await wd.request("POST", wd.s(`/element/${input}/value`), { text: notes });
      await wd.waitFor('[data-testid="files-doc-passport"] [data-testid="vault-error"]', { text: /cannot be attached/ });
      assert.equal((await wd.findAll('[data-testid="files-doc-passport"] [data-testid="attachment"]')).length, 1);
      // Kept encrypted: nothing in the data folder reads as the picture.
      const vaultDir = path.join(dataDir, "vault");
      const kept = fs.readdirSync(vaultDir);
      assert.equal(kept.length, 1);
      const png = fs.readFileSync(scan);
      assert.ok(!fs.readFileSync(path.join(vaultDir, kept[0])).includes(png.subarray(16, 48)), "the file is not stored in the clear");
    });

    await t.test("a due date set for tomorrow reminds on the home screen until read", async () => {
      // The desktop notification: the app's Notify call on the session bus, watched as it
      // passes (the test session runs no notification daemon, so nothing is shown).
      const monitor = spawn("dbus-monitor", ["--session", "interface='org.freedesktop.Notifications',member='Notify'"]);
      let calls = "";
      monitor.stdout.on("data", (chunk) => (calls += chunk));
      await new Promise((r) => setTimeout(r, 300));
      await wd.click('[data-testid="nav-plan"]');
      await wd.waitFor('input[id^="due-"]');
      const id = await wd.exec("return document.querySelector('input[id^=\"due-\"]').id");
      await wd.select(`#${id}`, isoDaysFromNow(1));
      await wd.click('[data-testid="nav-home"]');
      await wd.waitFor('[data-testid="reminder"]', { text: /Due tomorrow/ });
      assert.equal((await wd.findAll('[data-testid="reminder"]')).length, 1, "one reminder, not one per day before");
      const title = await wd.textOf('[data-testid="reminder"] button.link');
      const until = Date.now() + 10000;
      while (!calls.includes(title) && Date.now() < until) await new Promise((r) => setTimeout(r, 150));
      monitor.kill();
      assert.ok(calls.includes("member=Notify") && calls.includes(title), `a desktop notification "${title}" was sent: ${calls.slice(0, 400)}`);
      assert.match(calls, /Due tomorrow/, "its body says when");
      await wd.click('[data-testid="reminder"] button.secondary');
      const deadline = Date.now() + 10000;
      while ((await wd.findAll('[data-testid="reminder"]')).length > 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 150));
      }
      assert.equal((await wd.findAll('[data-testid="reminder"]')).length, 0, "a read reminder leaves the home screen");
    });

    await t.test("an appointment tomorrow is listed in the plan and reminds on the home screen", async () => {
      await wd.click('[data-testid="nav-plan"]');
      await wd.click('[data-testid="appointment-add"]');
      await wd.type("#ap-title", "Anmeldung im Bürgeramt");
      await wd.select("#ap-date", isoDaysFromNow(1));
      await wd.select("#ap-time", "10:30");
      await wd.click('[data-testid="appointment-save"]');
      await wd.waitFor('[data-testid="appointment"]', { text: /Anmeldung im Bürgeramt/ });
      await wd.click('[data-testid="nav-home"]');
      await wd.waitFor('[data-testid="reminder"]', { text: /Appointment tomorrow/ });
    });

    await t.test("the appointment's PDF has the document list and the attached scan", async () => {
      await wd.click('[data-testid="nav-plan"]');
      await wd.click('[data-testid="appointment-pdf"]');
      const hint = await wd.textOf('p.hint[role="status"]');
      const file = hint.slice(hint.indexOf("/"));
      assert.ok(file.endsWith(".pdf"), hint);
      const pdf = fs.readFileSync(file);
      assert.equal(pdf.subarray(0, 5).toString(), "%PDF-");
      // Two pages: the list, then the scan; the list names the attached file.
      assert.match(execFileSync("pdfinfo", [file]).toString(), /Pages:\s+2\n/);
      const text = execFileSync("pdftotext", ["-f", "1", "-l", "1", file, "-"]).toString();
      assert.match(text, /Valid passport/);
      assert.match(text, /attached: 128x128\.png/);
    });

    await t.test("jobs and contacts are there", async () => {
      await wd.click('[data-testid="nav-jobs"]');
      await wd.waitFor('[data-testid="job-result"]');
      await wd.click('[data-testid="nav-contacts"]');
      await wd.waitFor('[data-testid="contact-card"]');
    });

    await t.test("a nursing ad says the profession is regulated, names counselling and offers its page", async () => {
      await wd.click('[data-testid="nav-jobs"]');
      await wd.type("#j-text", "Universitätsklinikum Intensivstation");
      await wd.click('[data-testid="jobs-search"]');
      await wd.waitFor('[data-testid="job-result"]', { text: /Pflegefachkraft/ });
      await wd.click('[data-testid="job-result"] button.title');
      await wd.waitFor('[data-testid="job-regulated"]', { text: /Regulated profession/ });
      await wd.waitFor('[data-testid="job-regulated"] [data-testid="contact-card"]');
      await wd.waitFor('[data-testid="job-open-ad"]', { text: /Open the ad/ });
      // An assistant's ad is not a regulated profession.
      await wd.click("button.link");
      await wd.type("#j-text", "Medizinische Fachangestellte");
      await wd.click('[data-testid="jobs-search"]');
      await wd.waitFor('[data-testid="job-result"]', { text: /Medizinische/ });
      await wd.click('[data-testid="job-result"] button.title');
      await wd.waitFor('[data-testid="job-open-ad"]');
      assert.equal((await wd.findAll('[data-testid="job-regulated"]')).length, 0);
    });
  } finally {
    await app.stop();
  }

  await portal.stop();
  portal = null;

  app = await startApp({ dataDir, portalUrl: "http://127.0.0.1:9" });
  try {
    const { wd } = app;
    await t.test("after a restart with the portal stopped everything is still there", async () => {
      await wd.waitFor('[data-testid="home-next-steps"]');
      await wd.click('[data-testid="nav-plan"]');
      await wd.waitForValue('[data-testid="status-doc-passport"]', "received");
      // The attached scan opens, from this device alone.
      await wd.click('[data-testid="files-doc-passport"] [data-testid="attachment-open"]');
      await wd.waitFor('[data-testid="attachment-viewer"]');
      const deadline = Date.now() + 10000;
      let width = 0;
      while (width === 0 && Date.now() < deadline) {
        width = await wd.exec("return document.querySelector('[data-testid=\"attachment-image\"]')?.naturalWidth ?? 0");
        if (width === 0) await new Promise((r) => setTimeout(r, 150));
      }
      assert.equal(width, 128, "the picture is shown at its size");
      await wd.click('[data-testid="attachment-viewer"] button');
      await wd.click('[data-testid="nav-jobs"]');
      await wd.waitFor('[data-testid="job-result"]');
      await wd.click('[data-testid="nav-contacts"]');
      await wd.waitFor('[data-testid="contact-card"]');
      await wd.click('[data-testid="sync-now"]');
      await wd.waitFor('[data-testid="sync-offline"]');
    });

    await t.test("Arabic lays out right to left", async () => {
      await wd.click('[data-testid="nav-settings"]');
      await wd.select('[data-testid="settings-language"]', "ar");
      const deadline = Date.now() + 10000;
      let dir;
      while (Date.now() < deadline) {
        dir = await wd.exec("return document.documentElement.dir + '|' + document.documentElement.lang");
        if (dir === "rtl|ar") break;
        await new Promise((r) => setTimeout(r, 150));
      }
      assert.equal(dir, "rtl|ar");
      const arabic = /[\u0600-\u06FF]/;
      const heading = await wd.textOf("h1");
      assert.match(heading, arabic, "the settings heading is in Arabic script");
      // Every visible string follows, the error from the failed sync (portal stopped) included.
      const tabs = await wd.findAll('[data-testid^="nav-"]');
      assert.ok(tabs.length >= 5);
      for (const tab of tabs) assert.match(await wd.text(tab), arabic, "every tab label is in Arabic");
      assert.match(await wd.textOf('[data-testid="sync-offline"]'), arabic, "the offline indicator is in Arabic");
      assert.match(await wd.textOf('[data-testid="sync-error"]'), arabic, "the sync error is in Arabic");
    });
  } finally {
    await app.stop();
  }

  // The keychain is reset: the vault's key is removed from the real Secret Service.
  // secret-tool prints the attributes on stderr and the secret on stdout; only the former is read.
  const search = spawnSync("secret-tool", ["search", "--all", "service", "welcome-ruhr-companion"], { encoding: "utf8" });
  const vaultEntry = `${search.stderr}\n${search.stdout}`.match(/attribute\.username = (vault#\S+)/)?.[1];
  assert.ok(vaultEntry, "the vault's key is in the keychain");
  execFileSync("secret-tool", ["clear", "service", "welcome-ruhr-companion", "username", vaultEntry]);

  app = await startApp({ dataDir, portalUrl: "http://127.0.0.1:9", locale: "en" });
  try {
    const { wd } = app;
    await t.test("after a keychain reset the plan says the files' key is gone and keeps the files", async () => {
      await wd.click('[data-testid="nav-plan"]');
      await wd.waitFor('[data-testid="vault-locked"]', { text: /.{20}/ });
      await wd.waitFor('[data-testid="files-doc-passport"] [data-testid="attachment"]');
      assert.equal((await wd.findAll('[data-testid="attachment-open"]')).length, 0, "nothing offers to open what cannot be opened");
      assert.equal(fs.readdirSync(path.join(dataDir, "vault")).length, 1, "the encrypted file is kept");
    });
  } finally {
    await app.stop();
  }
});
