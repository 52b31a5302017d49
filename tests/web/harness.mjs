// Starts the real pieces for a web app test: the reference portal serving the built web app
// under /app/ (WELCOME_WEB_APP_DIR) on a free loopback port, and headless Chromium over
// chromedriver at a phone's size (390x844) with a profile of the test's own.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { WebDriver } from "../e2e/webdriver.mjs";

const PORTAL = process.env.WELCOME_PORTAL_BIN;
const WEB_APP = process.env.WELCOME_WEB_APP_DIR;
if (!PORTAL || !WEB_APP) throw new Error("run through scripts/test-web.sh (WELCOME_PORTAL_BIN, WELCOME_WEB_APP_DIR)");

export const PHONE = { width: 390, height: 844 };

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

const children = new Set();
process.on("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});

function start(command, args, env = process.env) {
  const child = spawn(command, args, { env, stdio: ["ignore", "inherit", "inherit"] });
  children.add(child);
  return child;
}

async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([exited, sleep(5000)]);
  child.kill("SIGKILL");
  children.delete(child);
}

export function tempDir(name) {
  return mkdtempSync(path.join(os.tmpdir(), `welcome-web-${name}-`));
}

/** The portal on `port` (a free one when not given), serving the web app under /app/. */
export async function startPortal(dir, { jobs = 300, port, timeout = 20000 } = {}) {
  port ??= await freePort();
  const child = start(
    PORTAL,
    ["serve", "--addr", `127.0.0.1:${port}`, "--db", path.join(dir, "portal.sqlite"), "--jobs", String(jobs)],
    { ...process.env, WELCOME_WEB_APP_DIR: WEB_APP },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/v1/health`, timeout);
  return { url, port, stop: () => stop(child) };
}

/** Headless Chromium at phone size with its own profile (OPFS, IndexedDB, service worker). */
export async function startBrowser(dir, { lang = "en-US" } = {}) {
  const port = await freePort();
  const driver = start("chromedriver", [`--port=${port}`]);
  await waitForHttp(`http://127.0.0.1:${port}/status`);
  const wd = new WebDriver(`http://127.0.0.1:${port}`);
  const value = await wd.request("POST", "/session", {
    capabilities: {
      alwaysMatch: {
        browserName: "chrome",
        // The page's console, for the tests' check that the CSP blocked nothing.
        "goog:loggingPrefs": { browser: "ALL" },
        "goog:chromeOptions": {
          binary: process.env.CHROMIUM_BIN ?? "/usr/bin/chromium",
          // A phone's viewport (headless windows are at least 500px wide).
          mobileEmulation: { deviceMetrics: { width: PHONE.width, height: PHONE.height, pixelRatio: 3, touch: true } },
          args: [
            "--headless=new",
            `--window-size=${PHONE.width},${PHONE.height}`,
            `--user-data-dir=${path.join(dir, "profile")}`,
            `--lang=${lang}`,
            "--no-sandbox",
            "--disable-dev-shm-usage",
          ],
        },
      },
    },
  });
  wd.session = value.sessionId;
  // A screen may render again between finding an element and clicking it: find it again.
  const click = wd.click.bind(wd);
  wd.click = async (css, options) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await click(css, options);
      } catch (e) {
        if (attempt >= 5 || !/stale element/.test(e.message)) throw e;
      }
    }
  };
  return {
    wd,
    /** The page's console messages since the last call (chromedriver's browser log). */
    async consoleLog() {
      return wd.request("POST", wd.s("/se/log"), { type: "browser" });
    },
    async stop() {
      try {
        await wd.quit();
      } finally {
        await stop(driver);
      }
    },
  };
}
