// Browser tests of the start page per person, on the small organisation run.sh loads: the start page
// of each kind of user passes axe, with nothing waiting (an employee, an editor, the administrator
// without a person) and with things waiting (leaders once a round has started: a plan to make, the
// chain status; top management and Koncern HR: the whole region); a leader's follow-up on a phone
// shows each unit as a block without sideways scrolling; and the password change on a login of its
// own (after mistakes, then for real, then logging in with the new password).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertAccessible, assertNoProblems, assertShell, follow, launchBrowser, logIn, mobileViewport,
  newWatchedContext, password, screenshot, skipReason, url,
} from './support.mjs';

const employeeEmail = process.env.LP_BROWSER_EMPLOYEE_EMAIL ?? '';
const leaderEmail = process.env.LP_BROWSER_LEADER_EMAIL ?? '';
const unitLeaderEmail = process.env.LP_BROWSER_UNIT_LEADER_EMAIL ?? '';
const topEmail = process.env.LP_BROWSER_TOP_EMAIL ?? '';
const editorEmail = process.env.LP_BROWSER_EDITOR_EMAIL ?? '';
const accountEmail = process.env.LP_BROWSER_ACCOUNT_EMAIL ?? '';
const hrEmail = process.env.LP_BROWSER_HR_EMAIL ?? '';
const skip = skipReason || (employeeEmail && leaderEmail && unitLeaderEmail && topEmail && editorEmail && accountEmail &&
  hrEmail
  ? false
  : 'set the LP_BROWSER_*_EMAIL variables (run.sh does)');

function isoDaysFromToday(days) {
  const day = new Date(Date.now() + days * 24 * 3600 * 1000);
  return day.toISOString().slice(0, 10);
}

describe('the start page per person', { skip }, () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  async function startPage(email, what, check) {
    const context = await newWatchedContext(browser);
    const page = await context.newPage();
    await logIn(page, { userEmail: email, userPassword: password });
    await assertShell(page, { title: 'Forside' });
    const main = await page.locator('main').innerText();
    assert.match(main, /Venter på dig/);
    assert.match(main, /Nyt for dig/);
    assert.match(main, /Det finder du i portalen/, 'the overview of the portal stays below');
    await check(main, page);
    await assertAccessible(page, what);
    assertNoProblems(context, what);
    await context.close();
  }

  test('with nothing waiting: an employee, an editor, the administrator without a person', async () => {
    await startPage(employeeEmail, 'an employee\'s start page', (main) => {
      assert.match(main, /Der venter ikke noget på dig lige nu\./);
      assert.doesNotMatch(main, /Status under dig/);
    });
    await startPage(editorEmail, 'an editor\'s start page', (main) => {
      assert.match(main, /Der venter ikke noget på dig lige nu\./);
    });
    await startPage(process.env.LP_BROWSER_EMAIL, 'the administrator\'s start page', (main) => {
      assert.match(main, /ikke knyttet til en person i organisationen/);
    });
  });

  test('top management starts a round; then the leaders have things waiting', async () => {
    const context = await newWatchedContext(browser);
    const page = await context.newPage();
    await logIn(page, { userEmail: topEmail, userPassword: password });
    await page.goto(url('/aktivering/runder/ny'));
    await page.getByLabel('Navn', { exact: true }).fill('Aktivering 2027');
    await page.getByLabel('Start', { exact: true }).fill(isoDaysFromToday(-3));
    await page.getByLabel('Frist for enhedernes planer').fill(isoDaysFromToday(45));
    await follow(page, page.getByRole('button', { name: 'Opret runde' }));
    assert.match(await page.locator('main').innerText(), /Aktiveringsrunden er oprettet/);
    await context.close();

    await startPage(unitLeaderEmail, 'a unit leader\'s start page with things waiting', (main) => {
      assert.match(main, /Lav en aktiveringsplan for Medicinsk Afdeling; Viborg/);
      assert.match(main, /Du er leder af Medicinsk Afdeling; Viborg\./);
      assert.match(main, /Frist \d\d\.\d\d\.\d{4}/);
      assert.match(main, /Aktiveringsrunden „Aktivering 2027“ er startet/);
    });
    await startPage(leaderEmail, 'a leader of leaders\' start page with the chain status', async (main, page) => {
      assert.match(main, /Lav en aktiveringsplan for Hospitalsenhed Midt/);
      assert.match(main, /Status under dig/);
      assert.match(main, /Din ledelseskæde: \d+ enheder med leder i runden „Aktivering 2027“\./);
      assert.match(main, /\d+ enheder mangler en plan/);
      assert.ok(await page.locator('.portal-start-figure--attention', { hasText: 'mangler en plan' }).count() === 1,
        'the missing plans are marked as needing action (not by colour alone: the text says so)');
      await screenshot(page, 'start-leader-of-leaders');
    });
    await startPage(topEmail, 'top management\'s start page', (main) => {
      assert.match(main, /Hele regionen: \d+ enheder med leder/);
    });
    // Koncern HR follows up on the whole region without being a person of it.
    await startPage(hrEmail, 'Koncern HR\'s start page', (main) => {
      assert.match(main, /Hele regionen: \d+ enheder med leder/);
      assert.match(main, /Enhedernes ledere laver hver en plan/);
      assert.doesNotMatch(main, /Din leder/, 'a login without a unit has no leader');
    });
  });

  test('a leader\'s follow-up on a phone shows each unit as a block, without sideways scrolling', async () => {
    const context = await newWatchedContext(browser, { viewport: mobileViewport });
    const page = await context.newPage();
    await logIn(page, { userEmail: leaderEmail, userPassword: password });
    for (const path of ['/opfoelgning', '/aktivering/mine-enheder']) {
      await page.goto(url(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth
        - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow} px on a phone`);
      const table = page.locator('table.portal-stack').first();
      const scroll = await table.evaluate((element) => {
        const wrapper = element.closest('.table--responsive-scroll') ?? element.parentElement;
        return wrapper.scrollWidth - wrapper.clientWidth;
      });
      assert.ok(scroll <= 0, `the table on ${path} scrolls sideways by ${scroll} px`);
      const labelled = await page.locator('table.portal-stack td[data-label="Plan"]').first().evaluate(
        (cell) => getComputedStyle(cell, '::before').content);
      assert.match(labelled, /Plan/, 'each figure is named on a phone');
      await assertAccessible(page, `${path} on a phone`);
    }
    await screenshot(page, 'followup-phone');
    assertNoProblems(context, 'the follow-up on a phone');
    await context.close();
  });

  test('a person changes the password after mistakes, and logs in with the new one', async () => {
    const context = await newWatchedContext(browser);
    const page = await context.newPage();
    await logIn(page, { userEmail: accountEmail, userPassword: password });
    await page.goto(url('/min-profil'));
    await follow(page, page.getByRole('link', { name: 'Skift adgangskode' }).last());
    await assertShell(page, { title: 'Skift adgangskode' });
    await assertAccessible(page, 'the password form');
    await page.getByLabel('Nuværende adgangskode').fill('forkert-adgangskode');
    await page.getByLabel('Ny adgangskode', { exact: true }).fill('kort');
    await page.getByLabel('Gentag den nye adgangskode').fill('andet');
    await follow(page, page.getByRole('button', { name: 'Skift adgangskode' }));
    await assertShell(page, { title: 'Skift adgangskode (fejl)' });
    assert.equal(await page.getByLabel('Nuværende adgangskode').inputValue(), '', 'a password is never echoed');
    await assertAccessible(page, 'the password form with errors');
    const fresh = 'Ny-Adgangskode-til-Karen-2027';
    await page.getByLabel('Nuværende adgangskode').fill(password);
    await page.getByLabel('Ny adgangskode', { exact: true }).fill(fresh);
    await page.getByLabel('Gentag den nye adgangskode').fill(fresh);
    await follow(page, page.getByRole('button', { name: 'Skift adgangskode' }));
    assert.match(await page.locator('main').innerText(), /Din adgangskode er skiftet/);
    await context.close();

    const again = await newWatchedContext(browser);
    const second = await again.newPage();
    await logIn(second, { userEmail: accountEmail, userPassword: password });
    assert.equal(new URL(second.url()).pathname, '/log-ind', 'the old password no longer works');
    await logIn(second, { userEmail: accountEmail, userPassword: fresh });
    await assertShell(second, { title: 'Forside' });
    await again.close();
  });
});
