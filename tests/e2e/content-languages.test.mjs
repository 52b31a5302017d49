// The portal's content in the reader's language: after switching to Arabic and then to
// Ukrainian, every text of the plan screen is in that language (nothing falls back to English),
// unreviewed translations carry their marker, and the marker shows the English and German
// originals.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { startApp, startPortal, tempDir } from "./harness.mjs";
import { completeFirstRun } from "./flows.mjs";

const dir = tempDir("languages");
let portal;

before(async () => {
  portal = await startPortal(dir, { jobs: 100 });
});

after(async () => {
  await portal?.stop().catch(() => {});
});

/** What the plan screen shows of the portal's texts: how many, how many fall back, samples. */
const PLAN_TEXTS = `
  const plan = document.querySelector('main');
  const texts = [...plan.querySelectorAll('span[lang]')].filter((s) => !s.closest('[data-testid="text-original"]'));
  return JSON.stringify({
    count: texts.length,
    langs: [...new Set(texts.map((s) => s.lang))],
    fallbacks: plan.querySelectorAll('.fallback').length,
    markers: plan.querySelectorAll('[data-testid="text-unreviewed"]').length,
    sample: texts.slice(0, 3).map((s) => s.textContent),
  });`;

async function planIn(wd, lang, script) {
  // The language change wakes the background sync, which fetches the texts in that language.
  const deadline = Date.now() + 45000;
  let seen;
  while (Date.now() < deadline) {
    await wd.click('[data-testid="nav-home"]');
    await wd.click('[data-testid="nav-plan"]');
    await wd.waitFor('[data-testid="plan-path"]');
    seen = JSON.parse(await wd.exec(PLAN_TEXTS));
    if (seen.count > 10 && seen.fallbacks === 0 && seen.langs.length === 1 && seen.langs[0] === lang) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  assert.deepEqual(seen.langs, [lang], `every content text on the plan is in ${lang}: ${JSON.stringify(seen)}`);
  assert.equal(seen.fallbacks, 0, "no text falls back to another language");
  assert.ok(seen.count > 10, `the plan shows its texts (${seen.count})`);
  for (const text of seen.sample) assert.match(text, script);
  assert.ok(seen.markers > 0, "unreviewed translations are marked");
  return seen;
}

async function switchTo(wd, lang) {
  await wd.click('[data-testid="nav-settings"]');
  await wd.select('[data-testid="settings-language"]', lang);
}

test("the plan reads in Arabic and in Ukrainian, with the originals one click away", async (t) => {
  const app = await startApp({ dataDir: path.join(dir, "app-data"), portalUrl: portal.url });
  try {
    const { wd } = app;
    await completeFirstRun(wd);

    await t.test("Arabic: every plan text in Arabic, none in English", async () => {
      await switchTo(wd, "ar");
      await planIn(wd, "ar", /[\u0600-\u06FF]/);
    });

    await t.test("the marker shows the English and German originals", async () => {
      await wd.click('[data-testid="text-unreviewed"]');
      await wd.waitFor('[data-testid="text-original"]');
      const originals = JSON.parse(
        await wd.exec(`return JSON.stringify([...document.querySelectorAll('[data-testid="text-original"]')].map((o) => o.lang))`),
      );
      assert.deepEqual(originals, ["en", "de"]);
    });

    await t.test("Ukrainian: every plan text in Ukrainian", async () => {
      await switchTo(wd, "uk");
      await planIn(wd, "uk", /[\u0400-\u04FF]/);
    });
  } finally {
    await app.stop();
  }
});
