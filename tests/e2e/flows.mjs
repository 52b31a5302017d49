// Steps shared by the end-to-end tests and the screenshot script.

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
