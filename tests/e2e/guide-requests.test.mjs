// A contact request to a Welcome Guide, end to end: the real app under Xvfb and the real
// portal. Without an account the form says so and offers the login; logged in, the user sends
// a request from the guide's card; the guide (an account made with the operator's CLI) answers
// through the portal's API; after the app's next sync the answer is in the home screen's inbox,
// announced by one desktop notification.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { PORTAL_BIN, startApp, startPortal, tempDir } from "./harness.mjs";
import { completeFirstRun } from "./flows.mjs";

const dir = tempDir("guide-requests");
const EMAIL = "nour@example.org";
const PASSWORD = "correct horse battery staple";
const GUIDE = "guide-amira-haddad";
const GUIDE_PASSWORD = "guide password of amira";
const MESSAGE = "How do I bring my daughter to Essen?";
const ANSWER = "Let us meet on Monday at the town hall.";
let portal;

before(async () => {
  portal = await startPortal(dir, { jobs: 20 });
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
  return { status: resp.status, body: await resp.json().catch(() => null) };
}

test("a request from a guide's card is answered by the guide and lands in the inbox", async (t) => {
  const made = spawnSync(
    PORTAL_BIN,
    ["--db", path.join(dir, "portal.sqlite"), "guide-account", "add", "--email", "amira@example.org", "--guide", GUIDE],
    { env: { ...process.env, WELCOME_PORTAL_GUIDE_PASSWORD: GUIDE_PASSWORD }, encoding: "utf8" },
  );
  assert.equal(made.status, 0, made.stderr);
  const guide = await api("POST", "/v1/sessions", { email: "amira@example.org", password: GUIDE_PASSWORD });
  assert.equal(guide.status, 200);
  const guideToken = guide.body.token;
  assert.equal((await api("POST", "/v1/accounts", { email: EMAIL, password: PASSWORD })).status, 201);

  const app = await startApp({ dataDir: path.join(dir, "app-data"), portalUrl: portal.url });
  const card = `[data-guide="${GUIDE}"]`;
  try {
    const { wd } = app;
    await completeFirstRun(wd);

    await t.test("without an account the form says so and offers the login", async () => {
      await wd.click('[data-testid="nav-contacts"]');
      await wd.click(`${card} [data-testid="guide-request-open"]`);
      await wd.waitFor(`${card} [data-testid="guide-request-login-needed"]`, { text: /need an account/ });
      await wd.click(`${card} [data-testid="guide-request-login"]`);
      await wd.type("#email", EMAIL);
      await wd.type("#password", PASSWORD);
      await wd.click('[data-testid="login-submit"]');
      await wd.waitFor('[data-testid="settings-message"]', { text: /logged in/i });
    });

    await t.test("the request is refused without consent, then saved with it", async () => {
      await wd.click('[data-testid="nav-contacts"]');
      await wd.click(`${card} [data-testid="guide-request-open"]`);
      await wd.waitFor(`${card} [data-testid="guide-request-form"]`);
      await wd.select(`${card} [data-testid="guide-request-language"]`, "en");
      await wd.select(`${card} [data-testid="guide-request-topic"]`, "family");
      // Topics and languages by name, in the reader's language, not as codes.
      const optionText = (select, value) =>
        wd.exec(`return document.querySelector('${card} [data-testid="${select}"] option[value="${value}"]').textContent`);
      assert.equal(await optionText("guide-request-topic", "family"), "Family");
      assert.equal(await optionText("guide-request-language", "ar"), "Arabic");
      await wd.type(`${card} [data-testid="guide-request-text"]`, MESSAGE);
      await wd.click(`${card} [data-testid="guide-request-method-app"]`);
      // The browser's own check of the required box is bypassed, as a script would: the app
      // refuses it too, with its translated message.
      await wd.exec(`document.querySelector('${card} [data-testid="guide-request-consent"]').required = false`);
      await wd.click(`${card} [data-testid="guide-request-send"]`);
      await wd.waitFor(`${card} [data-testid="guide-request-error"]`, { text: /agree/ });
      await wd.click(`${card} [data-testid="guide-request-consent"]`);
      await wd.click(`${card} [data-testid="guide-request-send"]`);
      await wd.waitFor(`${card} [data-testid="guide-request-message"]`, { text: /saved/ });
      await wd.waitFor(`${card} [data-testid="guide-request-sent"]`, { text: MESSAGE });
    });

    let requestId;
    await t.test("it reaches the guide, who answers it", async () => {
      // Sending woke the background sync; the guide sees the request once it has left.
      const deadline = Date.now() + 30000;
      while (!requestId && Date.now() < deadline) {
        const list = await api("GET", "/v1/guide/requests", undefined, guideToken);
        requestId = list.body?.requests?.find((r) => r.message === MESSAGE)?.id;
        if (!requestId) await sleep(300);
      }
      assert.ok(requestId, "the guide has the request");
      await wd.waitFor(`${card} [data-testid="guide-request-sent"][data-status="sent"]`);
      const answered = await api("POST", `/v1/guide/requests/${requestId}/answer`, { answer: ANSWER }, guideToken);
      assert.equal(answered.status, 200);
    });

    await t.test("after a sync the answer is in the inbox, with one desktop notification", async () => {
      const monitor = spawn("dbus-monitor", ["--session", "interface='org.freedesktop.Notifications',member='Notify'"]);
      let calls = "";
      monitor.stdout.on("data", (chunk) => (calls += chunk));
      await sleep(300);
      await wd.click('[data-testid="sync-now"]');
      await wd.click('[data-testid="nav-home"]');
      await wd.waitFor('[data-testid="guide-answer"]', { text: "Answer from Amira Haddad", timeout: 30000 });
      assert.equal(await wd.textOf('[data-testid="guide-answer-text"]'), ANSWER);
      const until = Date.now() + 10000;
      while (!calls.includes("Answer from Amira Haddad") && Date.now() < until) await sleep(150);
      // Another sync announces nothing again.
      await wd.click('[data-testid="sync-now"]');
      await sleep(3000);
      monitor.kill();
      const notified = calls.split('"Answer from Amira Haddad"').length - 1;
      assert.ok(calls.includes("Answer from Amira Haddad") && calls.includes(ANSWER), `a notification was sent: ${calls.slice(0, 400)}`);
      assert.equal(notified, 1, "announced once");
      // The guide's card shows it as answered, with the answer.
      await wd.click('[data-testid="nav-contacts"]');
      await wd.waitFor(`${card} [data-testid="guide-request-sent"][data-status="answered"]`);
      assert.equal(await wd.textOf(`${card} [data-testid="guide-request-answer"]`), ANSWER);
      // Read: it leaves the inbox.
      await wd.click('[data-testid="nav-home"]');
      await wd.click('[data-testid="guide-answer"] button.secondary');
      const gone = Date.now() + 10000;
      while (Date.now() < gone && (await wd.findAll('[data-testid="guide-answer"]')).length > 0) await sleep(150);
      assert.equal((await wd.findAll('[data-testid="guide-answer"]')).length, 0);
    });
  } finally {
    await app.stop();
  }
});
