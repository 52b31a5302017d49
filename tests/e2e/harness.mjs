// Starts the real pieces for an end-to-end test: the reference portal on a free loopback port
// with a fresh database, tauri-driver (which starts WebKitWebDriver and the app) and a data
// folder of the test's own, so no test ever touches a real profile.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { WebDriver } from "./webdriver.mjs";

const APP = process.env.WELCOME_APP_BIN;
export const APP_BIN = APP;
const PORTAL = process.env.WELCOME_PORTAL_BIN;
export const PORTAL_BIN = PORTAL;
if (!PORTAL) throw new Error("run through scripts/e2e.sh (WELCOME_APP_BIN, WELCOME_PORTAL_BIN)");

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitForHttp(url, timeout = 20000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(url);
      if (r.ok || r.status === 404 || r.status === 405) return;
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  throw new Error(`${url} did not answer`);
}

// Every helper process runs in a process group of its own, so stopping it also stops what it
// started (WebKitWebDriver and the app under tauri-driver) even when a child outlives its
// parent. A group still alive when the test process exits is killed then, so no orphaned app
// can hold the test runner's output open.
const groups = new Set();
process.on("exit", () => {
  for (const pid of groups) signalGroup(pid, "SIGKILL");
});

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // the group is gone
  }
}

function spawnGroup(command, args, options) {
  const child = spawn(command, args, { ...options, detached: true });
  groups.add(child.pid);
  return child;
}

/** SIGTERM to the whole group, SIGKILL to whatever is left after a grace period. */
async function stopGroup(child, graceMs = 5000) {
  signalGroup(child.pid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && signalGroup(child.pid, 0)) await sleep(100);
  signalGroup(child.pid, "SIGKILL");
  // Bounded: an orphan's zombie still counts as alive until whoever adopted it reaps it.
  const killed = Date.now() + 2000;
  while (Date.now() < killed && signalGroup(child.pid, 0)) await sleep(50);
  groups.delete(child.pid);
}

export function tempDir(name) {
  return mkdtempSync(path.join(os.tmpdir(), `welcome-e2e-${name}-`));
}

export async function startPortal(dir, { jobs = 300 } = {}) {
  const port = await freePort();
  const child = spawnGroup(
    PORTAL,
    ["serve", "--addr", `127.0.0.1:${port}`, "--db", path.join(dir, "portal.sqlite"), "--jobs", String(jobs)],
    { stdio: ["ignore", "inherit", "inherit"] },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/v1/health`);
  return {
    url,
    async stop() {
      await stopGroup(child);
    },
  };
}

/**
 * Starts tauri-driver and opens the app with its own data folder, pointed at `portalUrl`, with
 * `args` on its command line (a welcome-ruhr:// link, as the desktop starts it for one).
 */
export async function startApp({ dataDir, portalUrl, locale = "en", args = [] }) {
  if (!APP) throw new Error("run through scripts/e2e.sh (WELCOME_APP_BIN, WELCOME_PORTAL_BIN)");
  const port = await freePort();
  const nativePort = await freePort();
  const env = {
    ...process.env,
    WELCOME_DATA_DIR: dataDir,
    WELCOME_PORTAL_URL: portalUrl,
    LANG: locale === "de" ? "de_DE.UTF-8" : "en_US.UTF-8",
    LANGUAGE: locale,
  };
  const driver = spawnGroup("tauri-driver", ["--port", String(port), "--native-port", String(nativePort)], {
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitForHttp(`http://127.0.0.1:${port}/status`);
  const wd = new WebDriver(`http://127.0.0.1:${port}`);
  await wd.start(APP, {}, args);
  return {
    wd,
    /** tauri-driver's process id: the app and its WebKit processes are among its descendants. */
    driverPid: driver.pid,
    async stop() {
      try {
        await wd.quit();
      } finally {
        // The app itself too: WebKitWebDriver does not always end it when the session ends.
        await stopGroup(driver);
      }
    },
  };
}

/**
 * Starts chromedriver and a headless Chromium (Debian's packages) whose preferred language is
 * `locale`, with a profile folder of its own: for the pages the portal serves.
 */
export async function startBrowser({ locale = "en", profileDir }) {
  const port = await freePort();
  const driver = spawnGroup(process.env.CHROMEDRIVER_BIN || "chromedriver", [`--port=${port}`], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForHttp(`http://127.0.0.1:${port}/status`);
  const wd = new WebDriver(`http://127.0.0.1:${port}`);
  await wd.startWith({
    browserName: "chrome",
    "goog:chromeOptions": {
      binary: process.env.CHROMIUM_BIN || "/usr/bin/chromium",
      args: ["--headless=new", "--no-sandbox", "--disable-gpu", `--lang=${locale}`, `--user-data-dir=${profileDir}`],
      prefs: { "intl.accept_languages": locale },
    },
  });
  return {
    wd,
    async stop() {
      try {
        await wd.quit();
      } finally {
        await stopGroup(driver);
      }
    },
  };
}
