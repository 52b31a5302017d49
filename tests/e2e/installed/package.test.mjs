// The app as a user gets it: installed from the .deb (scripts/test-package.sh installs it and
// points WELCOME_APP_BIN at the installed binary), started from the system's binary folder
// against the real portal on loopback. It syncs, finds a job, and a welcome-ruhr:// link
// opened with xdg-open, which goes through the desktop entry the package registered, shows that
// job in the running app.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { APP_BIN, startApp, startPortal, tempDir } from "../harness.mjs";
import { completeFirstRun, someJob } from "../flows.mjs";

const run = promisify(execFile);
const dir = tempDir("installed");
let portal;

before(async () => {
  portal = await startPortal(dir, { jobs: 300 });
});

after(async () => {
  await portal?.stop().catch(() => {});
});

test("the installed app syncs, searches and opens a welcome-ruhr:// link", async (t) => {
  assert.ok(APP_BIN.startsWith("/usr/"), `the installed binary, not a build: ${APP_BIN}`);
  const app = await startApp({ dataDir: path.join(dir, "app-data"), portalUrl: portal.url });
  try {
    const { wd } = app;

    await t.test("first run and a sync from the portal", async () => {
      await completeFirstRun(wd);
    });

    const job = await someJob(portal.url);

    await t.test("a job search finds the synced ad", async () => {
      await wd.click('[data-testid="nav-jobs"]');
      await wd.waitFor('[data-testid="job-result"]');
      await wd.type("#j-text", job.title);
      await wd.click('[data-testid="jobs-search"]');
      await wd.waitFor('[data-testid="job-result"] .title', { text: job.title });
      await wd.click('[data-testid="nav-home"]');
      await wd.waitFor('[data-testid="home-next-steps"]');
    });

    await t.test("xdg-open welcome-ruhr://job/<id> shows that job in the running app", async () => {
      // Only what the package registered system-wide counts: no user-level handler.
      const home = mkdtempSync(path.join(os.tmpdir(), "welcome-e2e-xdg-"));
      await run("xdg-open", [`welcome-ruhr://job/${job.id}`], {
        env: {
          ...process.env,
          XDG_CONFIG_HOME: path.join(home, "config"),
          XDG_DATA_HOME: path.join(home, "data"),
          XDG_CURRENT_DESKTOP: "",
          // Should the link start a second app instead of reaching this one, that app opens
          // an empty data folder of its own (and the test fails), never a real profile.
          WELCOME_DATA_DIR: path.join(home, "second-instance"),
        },
        timeout: 30000,
      });
      await wd.waitFor("#job-h", { text: job.title, timeout: 30000 });
      await wd.waitFor(".detail strong", { text: job.employer });
    });
  } finally {
    await app.stop();
  }
});
