// Launching the app while it runs, as the desktop does for a welcome-ruhr:// link or a second click
// in the menu: the new process hands its arguments to the running app and ends at once, with exit
// status 0 (xdg-open reports anything else as a failure), and the running app shows the link.
//
// A link opened while the app is closed starts it, and the app opens what the link names.
//
// The second process is started without a display: it must not start GTK, WebKit or the
// accessibility bridge only to exit again (exiting half way through their start-up crashed it).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { APP_BIN, startApp, startPortal, tempDir } from "./harness.mjs";
import { completeFirstRun, someJob } from "./flows.mjs";

const run = promisify(execFile);
const dir = tempDir("second-launch");
let portal;

before(async () => {
  portal = await startPortal(dir, { jobs: 300 });
});

after(async () => {
  await portal?.stop().catch(() => {});
});

/** Starts the app binary again, without a display, and returns how it ended. */
async function launchAgain(args, dataDir) {
  const env = { ...process.env, WELCOME_DATA_DIR: dataDir };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const started = Date.now();
  try {
    const { stdout, stderr } = await run(APP_BIN, args, { env, timeout: 20000 });
    return { code: 0, stdout, stderr, ms: Date.now() - started };
  } catch (error) {
    return { code: error.code, signal: error.signal, stdout: error.stdout, stderr: error.stderr };
  }
}

test("a second launch hands its link to the running app and ends", async (t) => {
  const app = await startApp({ dataDir: path.join(dir, "app-data"), portalUrl: portal.url });
  try {
    const { wd } = app;
    await completeFirstRun(wd);
    const job = await someJob(portal.url);

    await t.test("a welcome-ruhr://job link opens that job in the running window", async () => {
      const secondData = path.join(dir, "second-instance");
      const ended = await launchAgain([`welcome-ruhr://job/${job.id}`], secondData);
      assert.equal(ended.code, 0, `the second launch ended with ${ended.code ?? ended.signal}: ${ended.stderr}`);
      assert.ok(!existsSync(secondData), "the second launch opened no data folder of its own");
      await wd.waitFor("#job-h", { text: job.title, timeout: 20000 });
      await wd.waitFor(".detail strong", { text: job.employer });
    });

    await t.test("a plain second launch ends too and leaves the window where it was", async () => {
      await wd.click('[data-testid="nav-home"]');
      await wd.waitFor('[data-testid="home-next-steps"]');
      const ended = await launchAgain([], path.join(dir, "third-instance"));
      assert.equal(ended.code, 0, `the second launch ended with ${ended.code ?? ended.signal}: ${ended.stderr}`);
      await wd.waitFor('[data-testid="home-next-steps"]');
    });
  } finally {
    await app.stop();
  }
});

test("a link opened while the app is closed starts it at that job", async () => {
  const job = await someJob(portal.url);
  const app = await startApp({
    dataDir: path.join(dir, "app-data"),
    portalUrl: portal.url,
    args: [`welcome-ruhr://job/${job.id}`],
  });
  try {
    const { wd } = app;
    await wd.waitFor("#job-h", { text: job.title, timeout: 30000 });
    await wd.waitFor(".detail strong", { text: job.employer });
  } finally {
    await app.stop();
  }
});
