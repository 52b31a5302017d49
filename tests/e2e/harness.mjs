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
const PORTAL = process.env.WELCOME_PORTAL_BIN;
if (!APP || !PORTAL) throw new Error("run through scripts/e2e.sh (WELCOME_APP_BIN, WELCOME_PORTAL_BIN)");

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

export function tempDir(name) {
  return mkdtempSync(path.join(os.tmpdir(), `welcome-e2e-${name}-`));
}

export async function startPortal(dir, { jobs = 300 } = {}) {
  const port = await freePort();
  const child = spawn(
    PORTAL,
    ["serve", "--addr", `127.0.0.1:${port}`, "--db", path.join(dir, "portal.sqlite"), "--jobs", String(jobs)],
    { stdio: ["ignore", "inherit", "inherit"] },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/v1/health`);
  return {
    url,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}

/** Starts tauri-driver and opens the app with its own data folder, pointed at `portalUrl`. */
export async function startApp({ dataDir, portalUrl, locale = "en" }) {
  const port = await freePort();
  const nativePort = await freePort();
  const env = {
    ...process.env,
    WELCOME_DATA_DIR: dataDir,
    WELCOME_PORTAL_URL: portalUrl,
    LANG: locale === "de" ? "de_DE.UTF-8" : "en_US.UTF-8",
    LANGUAGE: locale,
  };
  const driver = spawn("tauri-driver", ["--port", String(port), "--native-port", String(nativePort)], {
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitForHttp(`http://127.0.0.1:${port}/status`);
  const wd = new WebDriver(`http://127.0.0.1:${port}`);
  await wd.start(APP);
  return {
    wd,
    async stop() {
      await wd.quit();
      driver.kill("SIGTERM");
      await new Promise((r) => driver.once("exit", r));
    },
  };
}
