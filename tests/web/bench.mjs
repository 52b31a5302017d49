// The web app's figures, in headless Chromium at phone size: the download (compressed as the
// portal sends it), the first sync of 10,000 and 100,000 jobs into OPFS, and search times.
// Writes benches/WEB.md (the sync benchmark's report, benches/RESULTS.md, carries it).
// Run through scripts/bench-web.sh.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { startBrowser, startPortal, tempDir } from "./harness.mjs";

const COUNTS = (process.env.JOBS ?? "10000,100000").split(",").map(Number);
const SEARCHES = ["", "pflege", "ingenieur", "fach", "lager", "verkauf", "kraft", "m", "software", "koch"];
const ROUNDS = 10; // every search this often: 100 timed searches per job count

/** Bytes on the wire for `url` as Chromium asks for it (zstd or gzip), and unpacked. */
function sizes(url) {
  const wire = execFileSync("curl", ["-s", "-H", "Accept-Encoding: gzip, deflate, br, zstd", "-o", "/dev/null", "-w", "%{size_download}", url]);
  const raw = execFileSync("curl", ["-s", "-o", "/dev/null", "-w", "%{size_download}", url]);
  return { wire: Number(wire), raw: Number(raw) };
}

function kib(bytes) {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(2)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// In a page of the app's origin that is not the app (a fresh profile, so no service worker
// yet): a worker of the app's own, timed from its start.
const MEASURE = `
const [searches, rounds, done] = arguments;
const started = performance.now();
const worker = new Worker("/app/worker.js", { type: "module" });
const pending = new Map();
let next = 0;
let syncDone;
const synced = new Promise((resolve) => (syncDone = resolve));
worker.onmessage = ({ data }) => {
  if (data.event === "sync-progress" && data.payload.done) syncDone(performance.now());
  else if ("id" in data) pending.get(data.id)(data);
};
const call = (command, args) => new Promise((resolve) => {
  const id = ++next;
  pending.set(id, resolve);
  worker.postMessage({ id, command, args: JSON.stringify(args ?? {}) });
});
(async () => {
  await call("app_info");
  const ready = performance.now();
  const syncEnd = await synced;
  const overview = (await call("overview")).ok;
  const times = [];
  let errors = 0;
  for (let r = 0; r < rounds; r++) {
    for (const text of searches) {
      const t = performance.now();
      const answer = await call("search_jobs", { query: { text, limit: 20 } });
      times.push(performance.now() - t);
      if (answer.error) errors++;
    }
  }
  worker.terminate();
  done({ ready: ready - started, sync: syncEnd - started, jobs: overview.sync.job_count,
         error: overview.sync.last_error_kind, times, errors });
})().catch((e) => done({ failed: String(e) }));`;

const rows = [];
let download;
for (const count of COUNTS) {
  const dir = tempDir(`bench-${count}`);
  const portal = await startPortal(dir, { jobs: count, timeout: 600000 });
  const browser = await startBrowser(dir);
  try {
    if (!download) {
      const shell = JSON.parse(readFileSync(`${process.env.WELCOME_WEB_APP_DIR}/shell.json`, "utf8"));
      const files = ["", "sw.js", ...shell];
      const each = files.map((f) => ({ file: f || "index.html (/app/)", ...sizes(`${portal.url}/app/${f}`) }));
      download = {
        wire: each.reduce((a, f) => a + f.wire, 0),
        raw: each.reduce((a, f) => a + f.raw, 0),
        wasm: each.find((f) => f.file.endsWith(".wasm")),
      };
    }
    const { wd } = browser;
    await wd.request("POST", wd.s("/timeouts"), { script: 1800000 });
    await wd.request("POST", wd.s("/url"), { url: `${portal.url}/app/shell.json` });
    const m = await wd.request("POST", wd.s("/execute/async"), { script: MEASURE, args: [SEARCHES, ROUNDS] });
    if (m.failed) throw new Error(m.failed);
    rows.push({ count, ...m, p50: percentile(m.times, 50), p95: percentile(m.times, 95) });
    console.log(JSON.stringify({ count, ready: m.ready, sync: m.sync, jobs: m.jobs, p95: percentile(m.times, 95) }));
  } finally {
    await browser.stop();
    await portal.stop();
  }
}

const chromium = execFileSync(process.env.CHROMIUM_BIN ?? "/usr/bin/chromium", ["--version"], { stdio: ["ignore", "pipe", "ignore"] })
  .toString()
  .trim()
  .replace(/ built on .*/, "");
const col = (f) => rows.map(f).join(" | ");
const text = `# The web app: download, first sync and search in the browser

Measured by \`scripts/bench-web.sh\` (tests/web/bench.mjs) in headless ${chromium} at 390x844,
the core in the app's Web Worker over SQLite in OPFS, against the reference portal (its debug build) on loopback
(generated jobs). Timed inside the page from the worker's start. A 2-core machine shared with
other builds: compare runs on one machine only.

## Download (the app shell, as the portal sends it to Chromium)

| what | on the wire (compressed) | unpacked |
|---|---:|---:|
| the whole shell (every file the service worker keeps) | ${kib(download.wire)} | ${kib(download.raw)} |
| of which the core (\`welcome_web_bg.wasm\`) | ${kib(download.wasm.wire)} | ${kib(download.wasm.raw)} |

## First sync and search

| measure | ${col((r) => `${r.count} jobs`)} |
|---|${rows.map(() => "---:").join("|")}|
| jobs on the device after the first sync | ${col((r) => r.jobs)} |
| worker start to first answer (module fetched and compiled, store opened) | ${col((r) => `${r.ready.toFixed(0)} ms`)} |
| worker start to first sync done (module, store, content pull incl. full-text index, into OPFS) | ${col((r) => `${(r.sync / 1000).toFixed(2)} s`)} |
| first sync: rows/s | ${col((r) => Math.round(r.jobs / (r.sync / 1000)))} |
| search, p50 (${SEARCHES.length * ROUNDS} searches, page to worker and back) | ${col((r) => `${r.p50.toFixed(1)} ms`)} |
| search, p95 | ${col((r) => `${r.p95.toFixed(1)} ms`)} |
| searches that failed | ${col((r) => r.errors)} |
`;
writeFileSync(new URL("../../benches/WEB.md", import.meta.url), text);
console.log(text);
