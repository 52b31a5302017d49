// The Welcome Guides' page in a real browser (Debian's headless Chromium over chromedriver),
// against the real portal: an operator makes a guide account with the CLI, a user sends a
// request through the API the app uses, the guide logs in on the page (in German, the
// browser's language), sees the request, answers it, and the answer is in the user's feed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { PORTAL_BIN, startBrowser, startPortal, tempDir } from "./harness.mjs";

const dir = tempDir("guide-page");
const GUIDE_EMAIL = "amira@example.org";
const GUIDE_PASSWORD = "guide password of amira";
const MESSAGE = "Wie beantrage ich den Familiennachzug für meine Tochter?";
let portal;

before(async () => {
  portal = await startPortal(dir, { jobs: 0 });
});

after(async () => {
  await portal?.stop().catch(() => {});
});

async function api(method, pathname, body, token) {
  const headers = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const resp = await fetch(`${portal.url}${pathname}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await resp.text();
  const json = (resp.headers.get("content-type") || "").startsWith("application/json");
  return { status: resp.status, text, body: json ? JSON.parse(text) : null };
}

/** The user's request record as their feed carries it. */
async function feedRecord(token, recordId) {
  const { text } = await api("GET", "/v1/me/feed", undefined, token);
  const line = text
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l))
    .find((l) => l.op === "record" && l.record_id === recordId);
  return line && Object.fromEntries(Object.entries(line.fields).map(([k, v]) => [k, v.value]));
}

test("a guide logs in on the page, answers a request, and the answer reaches the user's feed", async (t) => {
  // The operator's command, the password on its environment.
  const made = spawnSync(
    PORTAL_BIN,
    ["--db", path.join(dir, "portal.sqlite"), "guide-account", "add", "--email", GUIDE_EMAIL, "--guide", "guide-amira-haddad"],
    { env: { ...process.env, WELCOME_PORTAL_GUIDE_PASSWORD: GUIDE_PASSWORD }, encoding: "utf8" },
  );
  assert.equal(made.status, 0, made.stderr);
  assert.match(made.stdout, /guide account created/);

  const user = await api("POST", "/v1/accounts", { email: "nour@example.org", password: "a long enough password" });
  assert.equal(user.status, 201);
  const token = user.body.token;
  const pushed = await api(
    "POST",
    "/v1/me/mutations",
    {
      client_id: "c00000000000000e2",
      mutations: [
        {
          id: 1,
          collection: "guide_request",
          record_id: "r-e2e-1",
          hlc: `${Date.now()}-0000-c00000000000000e2`,
          change: {
            op: "set",
            fields: {
              guide_id: "guide-amira-haddad",
              language: "de",
              topic: "family",
              message: MESSAGE,
              contact_method: "phone",
              contact_value: "+49 201 1234567",
              consent: true,
              sent_at: new Date().toISOString(),
            },
          },
        },
      ],
    },
    token,
  );
  assert.equal(pushed.body.results[0].status, "applied", pushed.text);

  const browser = await startBrowser({ locale: "de-DE", profileDir: path.join(dir, "chromium") });
  try {
    const { wd } = browser;
    await wd.navigate(`${portal.url}/guide/`);

    await t.test("the page speaks the browser's language and labels its fields", async () => {
      await wd.waitFor("#login-heading", { text: "Mit dem Guide-Konto anmelden" });
      assert.equal(await wd.exec("return document.documentElement.lang"), "de");
      assert.equal(await wd.textOf('label[for="email"]'), "E-Mail");
      assert.equal(await wd.textOf('label[for="password"]'), "Passwort");
    });

    await t.test("a wrong password is said so, in German", async () => {
      await wd.type("#email", GUIDE_EMAIL);
      await wd.type("#password", "wrong password, certainly");
      await wd.click("#login-submit");
      await wd.waitFor("#status", { text: "E-Mail oder Passwort ist falsch." });
    });

    await t.test("after logging in, the guide sees the request", async () => {
      await wd.type("#password", GUIDE_PASSWORD);
      await wd.click("#login-submit");
      await wd.waitFor("#inbox-heading", { text: "Anfragen an Amira Haddad" });
      const request = await wd.waitFor(".request .message", { text: MESSAGE });
      assert.ok(request);
      assert.match(await wd.textOf(".request .contact"), /Telefon: \+49 201 1234567/);
      // Language and topic by name, in the page's language, not as codes.
      assert.equal(await wd.textOf(".request .meta:not(.received):not(.contact)"), "Sprache: Deutsch · Thema: Familie");
    });

    await t.test("the guide answers; the page shows it and the user's feed carries it", async () => {
      await wd.type(".request .answer-text", "Gern! Ich rufe Sie morgen an.");
      await wd.click(".request .answer-send");
      await wd.waitFor("#status", { text: "Die Antwort wurde gesendet." });
      await wd.waitFor(".request .answer", { text: "Gern! Ich rufe Sie morgen an." });
      const record = await feedRecord(token, "r-e2e-1");
      assert.equal(record.answer, "Gern! Ich rufe Sie morgen an.");
      assert.equal(record.guide_name, "Amira Haddad");
      assert.ok(record.answered_at);
    });

    await t.test("the policy let no inline script run and the page made no errors", async () => {
      const logs = await wd
        .request("POST", wd.s("/se/log"), { type: "browser" })
        .catch(() => []);
      // Failed loads are expected (the wrong password's 401, no favicon); a script error or a
      // policy violation is not.
      const severe = (logs || []).filter((l) => l.level === "SEVERE" && l.source !== "network");
      assert.deepEqual(severe, []);
    });
  } finally {
    await browser.stop();
  }
});

test("the page follows an English browser and refuses a normal account", async () => {
  const user = await api("POST", "/v1/accounts", { email: "sam@example.org", password: "a long enough password" });
  assert.equal(user.status, 201);
  const browser = await startBrowser({ locale: "en-GB", profileDir: path.join(dir, "chromium-en") });
  try {
    const { wd } = browser;
    await wd.navigate(`${portal.url}/guide/`);
    await wd.waitFor("#login-heading", { text: "Log in with your guide account" });
    assert.equal(await wd.exec("return document.documentElement.lang"), "en");
    await wd.type("#email", "sam@example.org");
    await wd.type("#password", "a long enough password");
    await wd.click("#login-submit");
    await wd.waitFor("#status", { text: "This account is not a guide account." });
    assert.equal(await wd.exec("return document.getElementById('inbox').hidden"), true);
  } finally {
    await browser.stop();
  }
});
