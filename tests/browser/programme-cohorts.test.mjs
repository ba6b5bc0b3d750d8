// Browser tests of Globetrotter's cohorts and applications (issue 17) on the small organisation run.sh
// loads: Koncern HR creates a cohort after a form with errors and adds a meeting; Lars Holm (leader of
// Medicinsk Afdeling) applies with the preparation checklist; Jens Østergaard, the leader above him,
// finds the application in his list and signs it off; Koncern HR admits Lars; the cohort page lists
// him as a member with his unit; Koncern HR plans a meeting today and records Lars as present in the
// meeting's participant table (the forms left out of the print), and Lars sees his attendance and his
// course day. axe-core on every new page on the way; the list and the cohort page without JavaScript
// on a phone (no axe there: axe needs JavaScript). Dates are counted from today.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertAccessible, assertNoProblems, assertShell, follow, isoToday, launchBrowser, logIn, mobileViewport,
  newWatchedContext, password, screenshot, skipReason, submit, url,
} from './support.mjs';

const hrEmail = process.env.LP_BROWSER_HR_EMAIL ?? '';
const leaderEmail = process.env.LP_BROWSER_LEADER_EMAIL ?? '';  // Jens Østergaard
const employeeEmail = process.env.LP_BROWSER_EMPLOYEE_EMAIL ?? '';  // Ida Nielsen
const unitLeaderEmail = process.env.LP_BROWSER_UNIT_LEADER_EMAIL ?? '';  // Lars Holm
const skip = skipReason || (hrEmail && leaderEmail && employeeEmail && unitLeaderEmail ? false
  : 'set LP_BROWSER_HR_EMAIL, LP_BROWSER_LEADER_EMAIL, LP_BROWSER_EMPLOYEE_EMAIL and LP_BROWSER_UNIT_LEADER_EMAIL (run.sh does)');

const dayMs = 24 * 3600 * 1000;
const dayFromToday = (days) => new Date(Date.parse(`${isoToday()}T00:00:00Z`) + days * dayMs);
const pad = (number) => String(number).padStart(2, '0');
const isoDay = (day) => day.toISOString().slice(0, 10);
const danishDay = (day) => `${pad(day.getUTCDate())}.${pad(day.getUTCMonth() + 1)}.${day.getUTCFullYear()}`;

const cohortName = 'Globetrotter, browserhold';
const starts = dayFromToday(60);
const ends = dayFromToday(240);
const deadline = dayFromToday(30);

describe('Globetrotter in a browser: a cohort, an application signed off by the leader above, an admission', { skip }, () => {
  let browser;
  const contexts = [];
  const pages = {};
  let cohortPath = '';
  let applicationPath = '';
  async function as(who) {
    if (!pages[who]) {
      const context = await newWatchedContext(browser);
      context.who = who;
      contexts.push(context);
      pages[who] = await context.newPage();
      await logIn(pages[who], { userEmail: who, userPassword: password });
      assert.equal(new URL(pages[who].url()).pathname, '/', `${who} is logged in`);
    }
    return pages[who];
  }

  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    for (const context of contexts) assertNoProblems(context, context.who);
    await browser?.close();
  });

  test('Koncern HR creates a cohort after a form with errors', async () => {
    const page = await as(hrEmail);
    await page.goto(url('/udvikling/kohorter'));
    await assertShell(page, { title: 'Globetrotter-hold' });
    await assertAccessible(page, 'the cohort list');
    await follow(page, page.getByRole('link', { name: 'Nyt hold' }));
    await assertShell(page, { title: 'Nyt Globetrotter-hold' });
    await assertAccessible(page, 'the new cohort form');
    await page.getByLabel('Navn', { exact: true }).fill(cohortName);
    await page.getByLabel('Første dag').fill(isoDay(starts));
    await page.getByLabel('Sidste dag').fill(isoDay(dayFromToday(10)));
    await page.getByLabel('Ansøgningsfrist').fill(isoDay(deadline));
    await page.getByLabel('Antal pladser').fill('ti');
    const refused = await submit(page, 'Gem holdet');
    assert.equal(refused.status(), 422);
    await assertShell(page, { title: 'Nyt Globetrotter-hold (fejl)' });
    const main = await page.locator('main').innerText();
    assert.match(main, /Holdet skal slutte efter, det er begyndt\./);
    assert.match(main, /Skriv antallet af pladser som et helt tal fra 1 til 200\./);
    assert.equal(await page.getByLabel('Antal pladser').inputValue(), 'ti', 'what was typed is kept');
    await assertAccessible(page, 'the cohort form with errors');
    await screenshot(page, 'cohorts-form-errors');
    await page.getByLabel('Sidste dag').fill(isoDay(ends));
    await page.getByLabel('Antal pladser').fill('10');
    const saved = await submit(page, 'Gem holdet');
    assert.equal(saved.status(), 200);
    cohortPath = new URL(page.url()).pathname;
    assert.match(cohortPath, /^\/udvikling\/kohorter\/\d+$/);
    await assertShell(page, { title: cohortName });
    assert.match(await page.locator('main').innerText(), new RegExp(`${danishDay(starts)}–${danishDay(ends)}`));
  });

  test('Koncern HR adds a meeting and material to the cohort', async () => {
    assert.ok(cohortPath, 'the cohort was created');
    const page = await as(hrEmail);
    await page.goto(url(cohortPath));
    await page.getByLabel('Tema').fill('Opstart på holdet');
    await page.getByLabel('Dato', { exact: true }).fill(isoDay(starts));
    await page.getByLabel('Starter kl.').fill('09:00');
    await page.getByLabel('Slutter kl.').fill('15:30');
    await page.getByLabel('Sted', { exact: true }).fill('Regionshuset Viborg');
    await submit(page, 'Tilføj mødet');
    assert.match(await page.locator('main').innerText(), /Opstart på holdet/);
    await page.getByLabel('Titel').fill('Læsestof');
    await page.getByLabel('Tekst').fill('Kapitel 1 og 2.\nTag noter med.');
    await submit(page, 'Del materialet');
    assert.match(await page.locator('main').innerText(), /Læsestof/);
    await assertAccessible(page, 'the cohort page for Koncern HR');
    await screenshot(page, 'cohorts-cohort-hr');
  });

  test('an employee sees the public part and cannot apply', async () => {
    const page = await as(employeeEmail);
    await page.goto(url(cohortPath));
    await assertShell(page, { title: cohortName });
    const main = await page.locator('main').innerText();
    assert.match(main, /Holdet er for ledere/);
    assert.doesNotMatch(main, /Tilføj et møde/);
    await assertAccessible(page, 'the cohort page for an employee');
  });

  test('Lars applies with the preparation checklist', async () => {
    const page = await as(unitLeaderEmail);
    await page.goto(url(cohortPath));
    await follow(page, page.getByRole('link', { name: 'Søg om optagelse' }));
    await assertShell(page, { title: `Søg om optagelse på ${cohortName}` });
    await assertAccessible(page, 'the application form');
    await page.getByLabel('Motivation').fill('Jeg vil lære af ledere fra andre hospitaler.\nOg dele mine erfaringer.');
    const boxes = page.getByRole('checkbox');
    const count = await boxes.count();
    assert.equal(count, 3, 'the default checklist has three items');
    for (let i = 0; i < count; ++i) await boxes.nth(i).check();
    await page.getByLabel('Note til punkt 1 (valgfri)').fill('Samtale holdt med Jens.');
    const sent = await submit(page, 'Send ansøgningen');
    assert.equal(sent.status(), 200);
    applicationPath = new URL(page.url()).pathname;
    assert.match(applicationPath, /^\/udvikling\/ansoegninger\/\d+$/);
    await assertShell(page, { title: `Ansøgning: Lars Holm, ${cohortName}` });
    const main = await page.locator('main').innerText();
    assert.match(main, /Venter på lederens godkendelse/);
    assert.match(main, /Jens Østergaard/);
    await assertAccessible(page, 'the application for the applicant');
    await screenshot(page, 'cohorts-application-own');
  });

  test('Jens, the leader above Lars, finds it and signs it off', async () => {
    assert.ok(applicationPath, 'the application was sent');
    const page = await as(leaderEmail);
    await page.goto(url('/udvikling/ansoegninger'));
    await assertShell(page, { title: 'Ansøgninger til Globetrotter' });
    await assertAccessible(page, 'the list of applications');
    await follow(page, page.getByRole('link', { name: 'Lars Holm' }));
    assert.equal(new URL(page.url()).pathname, applicationPath);
    await assertAccessible(page, 'the application for the signing leader');
    await screenshot(page, 'cohorts-application-signer');
    await submit(page, 'Godkend forberedelsen');
    assert.match(await page.locator('main').innerText(), /Godkendt lokalt, venter på Koncern HR/);
  });

  test('Koncern HR admits Lars, and the cohort page lists him with his unit', async () => {
    const page = await as(hrEmail);
    await page.goto(url('/udvikling/ansoegninger'));
    await follow(page, page.getByRole('link', { name: 'Lars Holm' }));
    await assertAccessible(page, 'the application for Koncern HR');
    await submit(page, 'Optag på holdet');
    assert.match(await page.locator('main').innerText(), /Optaget/);
    await page.goto(url(cohortPath));
    const members = page.locator('section', { has: page.getByRole('heading', { name: /^Deltagere \(/ }) });
    assert.match(await members.innerText(), /Lars Holm\s+Medicinsk Afdeling; Viborg/);
    assert.match(await page.locator('main').innerText(), /1 af 10 pladser er besat/);
    await assertAccessible(page, 'the cohort page with a member');
    const lars = await as(unitLeaderEmail);
    await lars.goto(url(cohortPath));
    assert.match(await lars.locator('main').innerText(), /Lars Holm/);
    await screenshot(lars, 'cohorts-cohort-member');
  });

  test('Koncern HR records Lars as present at a meeting held today, and Lars sees it', async () => {
    const page = await as(hrEmail);
    await page.goto(url(cohortPath));
    await page.getByLabel('Tema').fill('Netværksmøde i dag');
    await page.getByLabel('Dato', { exact: true }).fill(isoToday());
    await page.getByLabel('Starter kl.').fill('08:00');
    await page.getByLabel('Slutter kl.').fill('09:00');
    await page.getByLabel('Sted', { exact: true }).fill('Aarhus Universitetshospital');
    await submit(page, 'Tilføj mødet');
    const today = danishDay(dayFromToday(0));
    const meeting = page.locator('li', { has: page.getByRole('heading', { name: 'Netværksmøde i dag' }) });
    const roll = meeting.getByRole('region', { name: 'Deltagere og fremmøde' });
    assert.match(await roll.innerText(), /Lars Holm\s+Medicinsk Afdeling; Viborg\s+Ikke registreret/);
    const later = page.locator('li', { has: page.getByRole('heading', { name: 'Opstart på holdet' }) });
    assert.match(await later.innerText(), /Fremmødet kan registreres fra mødets dag\./);
    assert.equal(await later.getByRole('combobox').count(), 0, 'no attendance before the day');
    const choice = meeting.getByRole('combobox', { name: `Fremmøde for Lars Holm den ${today}` });
    await choice.selectOption({ label: 'Mødt' });
    const [response] = await Promise.all([
      page.waitForNavigation(),
      meeting.getByRole('button', { name: 'Gem', exact: true }).click(),
    ]);
    await page.waitForLoadState('load');
    assert.equal(response.status(), 200);
    assert.match(await page.locator('main').innerText(), /Fremmødet er gemt/);
    // On screen the saved choice shows in the form; the text beside it is for print.
    assert.equal(await choice.inputValue(), 'moedt');
    assert.doesNotMatch(await roll.innerText(), /Ikke registreret/);
    await assertAccessible(page, 'the cohort page with a participant table');
    await screenshot(page, 'cohorts-attendance-hr');
    // Printed: the table without the forms.
    await page.emulateMedia({ media: 'print' });
    assert.ok(await roll.getByRole('table').isVisible(), 'the participant table is printed');
    assert.ok(!(await choice.isVisible()), 'the forms are not printed');
    assert.match(await roll.innerText(), /Lars Holm\s+Medicinsk Afdeling; Viborg\s+Mødt/);
    await page.emulateMedia({ media: 'screen' });

    const lars = await as(unitLeaderEmail);
    await lars.goto(url(cohortPath));
    const main = await lars.locator('main').innerText();
    assert.match(main, /Dit fremmøde: Mødt/);
    assert.match(main, /Du er registreret som mødt til 1 af 2 møder\./);
    assert.doesNotMatch(main, /Deltagere og fremmøde/, 'the participant table is for Koncern HR');
    await assertAccessible(lars, 'the cohort page with the member\'s own attendance');
    await screenshot(lars, 'cohorts-attendance-member');
    await lars.goto(url('/min-udvikling'));
    assert.match(await lars.locator('main').innerText(), /1 af 6 kursusdage/);
  });

  describe('without JavaScript on a phone', () => {
    let context;
    let page;
    before(async () => {
      context = await newWatchedContext(browser, { javaScriptEnabled: false, viewport: mobileViewport });
      page = await context.newPage();
      await logIn(page, { userEmail: unitLeaderEmail, userPassword: password });
    });
    after(async () => {
      await context?.close();
    });

    test('the cohort list and the cohort page fit the screen and read in order', async () => {
      for (const [where, title] of [['/udvikling/kohorter', 'Globetrotter-hold'], [cohortPath, cohortName],
        ['/udvikling/ansoegninger', 'Ansøgninger til Globetrotter']]) {
        await page.goto(url(where));
        await assertShell(page, { title });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${where} scrolls sideways by ${overflow} px on a phone`);
      }
      assert.match(await page.locator('main').innerText(), new RegExp(cohortName));
      await screenshot(page, 'cohorts-applications-mobile-no-javascript');
    });
  });
});
