// The web app on a phone, end to end in headless Chromium at 390x844: first run, a sync from
// the real portal (which serves the app under /app/), a document marked as received, a login
// (the token at rest encrypted under a non-extractable key), a reload
// with the portal stopped (the service worker serves the shell, OPFS keeps the data), Arabic
// laid out right to left, and a second tab that waits for the first to close.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startBrowser, startPortal, tempDir, PHONE } from "./harness.mjs";
import { completeFirstRun, isoDaysFromNow } from "../e2e/flows.mjs";
import { readFileSync } from "node:fs";

const AXE = readFileSync(new URL("../../ui/node_modules/axe-core/axe.min.js", import.meta.url), "utf8");

/** axe-core's WCAG 2 A/AA rules on the page as it is: the violations, one line each. */
async function axeViolations(wd) {
  const found = await wd.request("POST", wd.s("/execute/async"), {
    script: `${AXE}
      const done = arguments[arguments.length - 1];
      axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] })
        .then((r) => done(r.violations.map((v) => v.id + ": " + v.nodes.map((n) => n.target.join(" ")).join(", "))))
        .catch((e) => done(["axe failed: " + e]));`,
    args: [],
  });
  return found;
}

const dir = tempDir("main");
let portal;
let browser;

before(async () => {
  portal = await startPortal(dir, { jobs: 300 });
  browser = await startBrowser(dir);
});

after(async () => {
  await browser?.stop().catch(() => {});
  await portal?.stop().catch(() => {});
});

/** What the Content-Security-Policy blocked since the last call (the console's security messages). */
async function cspViolations() {
  return (await browser.consoleLog()).filter((l) => l.source === "security").map((l) => l.message);
}

async function until(wd, script, expected, timeout = 20000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await wd.exec(script);
    if (last === expected) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.equal(last, expected, script);
}

test("the web app: first run, sync, offline reload, Arabic", async (t) => {
  const { wd } = browser;

  await t.test("the portal serves the app with its manifest and a strict CSP", async () => {
    const page = await fetch(`${portal.url}/app/`);
    assert.equal(page.status, 200);
    const csp = page.headers.get("content-security-policy");
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    const manifest = await (await fetch(`${portal.url}/app/manifest.webmanifest`)).json();
    assert.equal(manifest.display, "standalone");
    assert.equal(manifest.start_url, "/app/");
    assert.equal(manifest.dir, "auto");
    assert.ok(manifest.icons.some((i) => i.sizes === "512x512"));
  });

  await t.test("first run at phone size: language, sync from the portal, questionnaire, plan", async () => {
    await wd.request("POST", wd.s("/url"), { url: `${portal.url}/app/` });
    const width = await wd.exec("return window.innerWidth");
    assert.ok(Math.abs(width - PHONE.width) <= 16, `the page is phone-wide (${width}px)`);
    await completeFirstRun(wd);
    assert.deepEqual(await axeViolations(wd), [], "axe-core: no violations on the home screen");
    assert.deepEqual(await cspViolations(), [], "the app runs within its CSP");
  });

  await t.test("the CSP blocks a script injected into the page", async () => {
    const ran = await wd.exec(
      "const s = document.createElement('script'); s.textContent = 'window.injected = 1'; document.head.append(s); return window.injected ?? null",
    );
    assert.equal(ran, null);
    assert.match((await cspViolations()).join("\n"), /inline script violates/);
  });

  await t.test("a document is marked as received", async () => {
    await wd.click('[data-testid="nav-plan"]');
    await wd.waitFor('[data-testid="plan-path"]', { text: /Blue Card/ });
    await wd.select('[data-testid="status-doc-passport"]', "received");
    await wd.waitFor('[data-testid="saved-doc-passport"]');
    assert.deepEqual(await axeViolations(wd), [], "axe-core: no violations in the plan");
    await wd.click('[data-testid="nav-jobs"]');
    await wd.waitFor('[data-testid="job-result"]');
  });

  await t.test("a due date set for tomorrow reminds on the home screen until read", async () => {
    await wd.click('[data-testid="nav-plan"]');
    await wd.waitFor('input[id^="due-"]');
    const id = await wd.exec("return document.querySelector('input[id^=\"due-\"]').id");
    await wd.select(`#${id}`, isoDaysFromNow(1));
    await wd.click('[data-testid="nav-home"]');
    await wd.waitFor('[data-testid="reminder"]', { text: /Due tomorrow/ });
    assert.equal((await wd.findAll('[data-testid="reminder"]')).length, 1, "one reminder");
    await wd.click('[data-testid="reminder"] button.secondary');
    const deadline = Date.now() + 10000;
    while (Date.now() < deadline && (await wd.findAll('[data-testid="reminder"]')).length > 0) {
      await new Promise((r) => setTimeout(r, 150));
    }
    assert.equal((await wd.findAll('[data-testid="reminder"]')).length, 0, "read reminders leave the home screen");
  });

  await t.test("a login keeps the token encrypted in IndexedDB under a non-extractable key", async () => {
    const email = "web-phone@example.org";
    const password = "correct horse battery staple";
    const created = await fetch(`${portal.url}/v1/accounts`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
    assert.equal(created.status, 201);
    await wd.click('[data-testid="nav-settings"]');
    await wd.type("#email", email);
    await wd.type("#password", password);
    await wd.click('[data-testid="login-submit"]');
    await wd.waitFor('[data-testid="settings-message"]', { text: /logged in/i });
    const stored = await wd.request("POST", wd.s("/execute/async"), {
      script: `const done = arguments[arguments.length - 1];
        const open = indexedDB.open("welcome-secrets");
        open.onsuccess = () => {
          const store = open.result.transaction("secrets").objectStore("secrets");
          const key = store.get("key");
          const tokens = store.get("tokens");
          tokens.onsuccess = () => {
            const sealed = Object.values(tokens.result ?? {});
            done({
              algorithm: key.result?.algorithm?.name,
              extractable: key.result?.extractable,
              usages: key.result?.usages,
              count: sealed.length,
              sealed: sealed.every((t) => t.iv instanceof Uint8Array && t.data instanceof ArrayBuffer),
              strings: JSON.stringify(tokens.result),
            });
          };
        };
        open.onerror = () => done({ error: String(open.error) });`,
      args: [],
    });
    assert.equal(stored.algorithm, "AES-GCM");
    assert.equal(stored.extractable, false, "the key cannot be exported");
    assert.deepEqual([...stored.usages].sort(), ["decrypt", "encrypt"]);
    assert.equal(stored.count, 1, "one token, for this portal and account");
    assert.ok(stored.sealed, "stored as IV and ciphertext only");
  });

  await t.test("the service worker holds the shell", async () => {
    await until(wd, "return !!navigator.serviceWorker.controller", true);
  });

  await t.test("reloaded with the portal stopped, everything is still there", async () => {
    await portal.stop();
    await wd.request("POST", wd.s("/refresh"), {});
    await wd.waitFor('[data-testid="home-next-steps"]', { timeout: 30000 });
    await wd.click('[data-testid="nav-plan"]');
    await wd.waitForValue('[data-testid="status-doc-passport"]', "received");
    await wd.click('[data-testid="nav-jobs"]');
    await wd.waitFor('[data-testid="job-result"]');
    await wd.click('[data-testid="nav-contacts"]');
    await wd.waitFor('[data-testid="contact-card"]');
  });

  await t.test("Arabic lays out right to left", async () => {
    await wd.click('[data-testid="nav-settings"]');
    await wd.select('[data-testid="settings-language"]', "ar");
    await until(wd, "return document.documentElement.dir + '|' + document.documentElement.lang", "rtl|ar");
    assert.match(await wd.textOf("h1"), /[\u0600-\u06FF]/, "the settings heading is in Arabic script");
    assert.match(await wd.textOf('[data-testid="platform-limits"]'), /[\u0600-\u06FF]/, "what the browser cannot do, in Arabic");
    assert.deepEqual(await axeViolations(wd), [], "axe-core: no violations in Arabic");
    assert.deepEqual(await cspViolations(), [], "nothing the app does was blocked by its CSP");
  });

  await t.test("a second tab waits for the first, says why in the reader's language, then takes over", async () => {
    const first = await wd.request("GET", wd.s("/window"));
    const { handle: second } = await wd.request("POST", wd.s("/window/new"), { type: "tab" });
    await wd.request("POST", wd.s("/window"), { handle: second });
    await wd.request("POST", wd.s("/url"), { url: `${portal.url}/app/` });
    await wd.waitFor('[data-testid="store-busy"] h1', { text: /[\u0600-\u06FF]/, timeout: 30000 });
    assert.equal(await wd.exec("return document.documentElement.dir"), "rtl");
    assert.deepEqual(await axeViolations(wd), [], "axe-core: no violations on the waiting screen");

    // The first tab closes: this one opens the store by itself, with everything in it.
    await wd.request("POST", wd.s("/window"), { handle: first });
    await wd.request("DELETE", wd.s("/window"));
    await wd.request("POST", wd.s("/window"), { handle: second });
    await wd.waitFor('[data-testid="home-next-steps"]', { timeout: 30000 });
    assert.equal((await wd.findAll('[data-testid="store-busy"]')).length, 0);
    await wd.click('[data-testid="nav-plan"]');
    await wd.waitForValue('[data-testid="status-doc-passport"]', "received");
  });
});
