// The devices signed in to an account: after logging in, Settings lists this device (named,
// marked as this one) and the account's other session; signing the other one out there ends
// it on the portal, and this device stays logged in.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { startApp, startPortal, tempDir } from "./harness.mjs";
import { completeFirstRun } from "./flows.mjs";

const dir = tempDir("sessions");
const EMAIL = "lena@example.org";
const PASSWORD = "correct horse battery staple";
let portal;

before(async () => {
  portal = await startPortal(dir, { jobs: 50 });
});

after(async () => {
  await portal?.stop().catch(() => {});
});

async function post(pathname, body) {
  const resp = await fetch(`${portal.url}${pathname}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: resp.status, body: await resp.json() };
}

test("Settings lists the account's devices and signs another one out", async (t) => {
  // The account exists, with a session on a phone.
  const phone = await post("/v1/accounts", { email: EMAIL, password: PASSWORD });
  assert.equal(phone.status, 201);
  const phoneToken = phone.body.token;

  const app = await startApp({ dataDir: path.join(dir, "app-data"), portalUrl: portal.url });
  try {
    const { wd } = app;
    await completeFirstRun(wd);
    await wd.click('[data-testid="nav-settings"]');
    await wd.type("#email", EMAIL);
    await wd.type("#password", PASSWORD);
    await wd.click('[data-testid="login-submit"]');
    await wd.waitFor('[data-testid="settings-message"]', { text: /logged in/i });

    await t.test("both sessions are listed, this device named and marked", async () => {
      await wd.waitFor('[data-testid="session"]:nth-child(2)');
      const rows = JSON.parse(
        await wd.exec(`return JSON.stringify([...document.querySelectorAll('[data-testid="session"]')]
          .map((li) => ({ current: li.dataset.current, text: li.textContent })))`),
      );
      assert.equal(rows.length, 2);
      const own = rows.find((r) => r.current === "true");
      assert.ok(own, "this device is marked");
      assert.match(own.text, /This device/);
      assert.match(own.text, /\(linux\)/, "named after the computer and its system");
      assert.match(rows.find((r) => r.current === "false").text, /Device without a name/);
    });

    await t.test("signing the phone out ends its session; this device stays logged in", async () => {
      await wd.click('[data-testid="session-revoke"]');
      await wd.waitFor('[data-testid="sessions-message"]', { text: /signed out/ });
      const left = await wd.exec(`return document.querySelectorAll('[data-testid="session"]').length`);
      assert.equal(left, 1);
      const resp = await fetch(`${portal.url}/v1/me/sessions`, {
        headers: { authorization: `Bearer ${phoneToken}` },
      });
      assert.equal(resp.status, 401, "the phone's token no longer works");
      assert.match(await wd.textOf('[data-testid="settings-message"]'), /logged in/i);
    });
  } finally {
    await app.stop();
  }
});
