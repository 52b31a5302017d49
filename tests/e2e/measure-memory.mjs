// Memory of the running app as a user's machine accounts it: the proportional set size (PSS,
// from /proc/PID/smaps_rollup) of the app process and of every WebKit process it started, on the
// home screen after the first sync and again after browsing 1,000 jobs in the job search.
// Run through scripts/measure-memory.sh, which writes the figures into benches/PACKAGING.md.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { APP_BIN, startApp, startPortal, tempDir } from "./harness.mjs";
import { completeFirstRun } from "./flows.mjs";

const JOBS = Number(process.env.MEASURE_JOBS ?? 1200);
const BROWSE = Number(process.env.MEASURE_BROWSE ?? 1000);
const SETTLE_MS = 5000;
const out = process.argv[2];
if (!out) throw new Error("usage: measure-memory.mjs <result.json>");

function processes() {
  const all = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name is in parentheses and may itself hold spaces or parentheses.
      const close = stat.lastIndexOf(")");
      const comm = stat.slice(stat.indexOf("(") + 1, close);
      const ppid = Number(stat.slice(close + 2).split(" ")[1]);
      all.push({ pid: Number(entry), ppid, comm });
    } catch {
      // gone meanwhile
    }
  }
  return all;
}

function descendants(root) {
  const all = processes();
  const found = [];
  const queue = [root];
  while (queue.length) {
    const parent = queue.shift();
    for (const p of all) {
      if (p.ppid === parent) {
        found.push(p);
        queue.push(p.pid);
      }
    }
  }
  return found;
}

function pssKiB(pid) {
  const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
  const match = /^Pss:\s+(\d+) kB/m.exec(rollup);
  if (!match) throw new Error(`no Pss line for ${pid}`);
  return Number(match[1]);
}

/** PSS of the app and its WebKit processes, in MiB, found among tauri-driver's descendants. */
function measure(driverPid) {
  const tree = descendants(driverPid);
  // The kernel keeps the first 15 characters of the executable's name.
  const appName = path.basename(APP_BIN).slice(0, 15);
  const app = tree.find((p) => p.comm === appName);
  if (!app) throw new Error(`no ${appName} process under tauri-driver: ${JSON.stringify(tree)}`);
  const mib = (kib) => Math.round((kib / 1024) * 10) / 10;
  const result = { app: mib(pssKiB(app.pid)), web: 0, network: 0, other: 0, processes: [] };
  for (const p of descendants(app.pid)) {
    let kib;
    try {
      kib = pssKiB(p.pid);
    } catch {
      continue; // gone meanwhile
    }
    result.processes.push({ comm: p.comm, pss: mib(kib) });
    if (p.comm.startsWith("WebKitWebProces")) result.web += kib;
    else if (p.comm.startsWith("WebKitNetworkPr")) result.network += kib;
    else result.other += kib;
  }
  result.web = mib(result.web);
  result.network = mib(result.network);
  result.other = mib(result.other);
  result.total = Math.round((result.app + result.web + result.network + result.other) * 10) / 10;
  return result;
}

async function waitForSyncDone(wd) {
  const deadline = Date.now() + 120000;
  while (Date.now() < deadline) {
    const done = await wd.exec(
      "return !!document.querySelector('[data-testid=\"sync-indicator\"] .dot.on')",
    );
    if (done) return;
    await sleep(250);
  }
  throw new Error("the first sync did not finish");
}

// The titles on the page: they change when the next page is in.
const titles = (wd) =>
  wd.exec("return [...document.querySelectorAll('[data-testid=\"job-result\"] .title')].map((e) => e.textContent).join('|')");

const dir = tempDir("memory");
const portal = await startPortal(dir, { jobs: JOBS });
let app;
try {
  app = await startApp({ dataDir: path.join(dir, "app-data"), portalUrl: portal.url });
  const { wd } = app;
  await completeFirstRun(wd);
  await waitForSyncDone(wd);
  await wd.waitFor('[data-testid="home-next-steps"]');
  await sleep(SETTLE_MS);
  const home = measure(app.driverPid);
  console.log("home screen:", JSON.stringify(home));

  // Browse: page through the search results, opening each page's first ad and going back.
  await wd.click('[data-testid="nav-jobs"]');
  await wd.waitFor('[data-testid="job-result"]');
  const perPage = (await wd.findAll('[data-testid="job-result"]')).length;
  let seen = 0;
  while (seen < BROWSE) {
    const before = await titles(wd);
    await wd.click('[data-testid="job-result"] .title');
    await wd.waitFor("#job-h");
    await wd.click(".detail button.link");
    await wd.waitFor('[data-testid="job-result"]');
    seen += perPage;
    if (seen >= BROWSE) break;
    await wd.click('[data-testid="jobs-next"]');
    const deadline = Date.now() + 10000;
    while ((await titles(wd)) === before && Date.now() < deadline) await sleep(50);
  }
  await sleep(SETTLE_MS);
  const browsed = measure(app.driverPid);
  console.log(`after browsing ${seen} jobs:`, JSON.stringify(browsed));
  writeFileSync(out, JSON.stringify({ jobs: JOBS, browsed: seen, home, after: browsed }, null, 2));
} finally {
  await app?.stop().catch(() => {});
  await portal.stop().catch(() => {});
}
process.exit(0);
