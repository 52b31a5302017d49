// Steps shared by the end-to-end tests and the screenshot script.
import assert from "node:assert/strict";

export function isoDaysFromNow(days) {
  return new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);
}

/** First run as a skilled worker with a job offer in Essen, arriving in two months. */
export async function completeFirstRun(wd, { screenshot } = {}) {
  await wd.waitFor('[data-testid="firstrun-language"]');
  await wd.select('[data-testid="firstrun-language"]', "en");
  await wd.click('[data-testid="firstrun-continue"]');
  await wd.waitFor('[data-testid="q-municipality"] option[value="essen"]', { timeout: 60000 });
  await wd.select('[data-testid="q-citizenship"]', "other");
  await wd.select('[data-testid="q-purpose"]', "work_with_offer");
  await wd.select('[data-testid="q-qualification"]', "academic");
  await wd.select('[data-testid="q-recognition"]', "recognised");
  await wd.type('[data-testid="q-salary"]', "56000");
  await wd.type('[data-testid="q-age"]', "31");
  await wd.select('[data-testid="q-municipality"]', "essen");
  await wd.select('[data-testid="q-arrival"]', isoDaysFromNow(60));
  if (screenshot) await screenshot("questionnaire");
  await wd.click('[data-testid="q-submit"]');
  await wd.waitFor('[data-testid="home-next-steps"]', { timeout: 20000 });
}

/** One job ad as the portal publishes it (id, title, employer), from the public feed of all jobs. */
export async function someJob(portalUrl) {
  const scope = encodeURIComponent(JSON.stringify({ municipalities: [], fields: [], all: true }));
  const body = await (await fetch(`${portalUrl}/v1/feed?limit=1000&scope=${scope}`)).text();
  const jobs = body
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
    .filter((record) => record.op === "upsert" && record.kind === "job")
    .map((record) => record.data);
  assert.ok(jobs.length > 0, "the portal's feed has jobs");
  return jobs[Math.floor(jobs.length / 2)];
}
