// Browser tests of a unit's local translation on the small organisation run.sh loads
// (tests/fixtures/import/valid): Jens Østergaard, who leads Hospitalsenhed Midt, writes a translation
// with two themes (the editor with its errors first), publishes it and records a MED discussion; Ida
// Nielsen in Sengeafsnit M1 below it sees it inherited and on the hospital's own page; an
// administrator adds a theme and saves a draft without JavaScript. axe-core runs on every page.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertAccessible, assertNoProblems, assertShell, follow, heading, launchBrowser, logIn, openPart,
  mobileViewport, newWatchedContext, password, screenshot, skipReason, submit, url,
} from './support.mjs';

const leaderEmail = process.env.LP_BROWSER_LEADER_EMAIL ?? '';
const employeeEmail = process.env.LP_BROWSER_EMPLOYEE_EMAIL ?? '';
const skip = skipReason
  || (leaderEmail && employeeEmail ? false : 'set LP_BROWSER_LEADER_EMAIL and LP_BROWSER_EMPLOYEE_EMAIL (run.sh does)');

describe('the local translation in a browser', { skip }, () => {
  let browser;
  let hospitalPath = '';
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  describe('a leader writes and publishes the translation (desktop, JavaScript on)', () => {
    let context;
    let page;
    before(async () => {
      context = await newWatchedContext(browser);
      page = await context.newPage();
      await logIn(page, { userEmail: leaderEmail, userPassword: password });
      await page.waitForLoadState('networkidle');
    });
    after(async () => {
      await context?.close();
    });

    test('Vores oversættelse leads to the unit, which has no translation yet', async () => {
      await openPart(page, 'Ledelsesgrundlaget', '/vores-oversaettelse');
      hospitalPath = new URL(page.url()).pathname;
      assert.match(hospitalPath, /^\/organisation\/enheder\/\d+\/oversaettelse$/);
      await assertShell(page, { title: 'Oversættelse: Hospitalsenhed Midt' });
      const main = await page.locator('main').innerText();
      assert.match(main, /Der er ingen udgivet oversættelse/);
      assert.match(main, /Der er ingen kladde/);
      await screenshot(page, 'translation-none');
      await assertAccessible(page, 'a translation page without a translation');
    });

    test('publishing an empty form shows the errors next to the fields', async () => {
      await follow(page, page.getByRole('link', { name: 'Skriv enhedens oversættelse', exact: true }));
      await assertShell(page, { title: 'Rediger oversættelsen: Hospitalsenhed Midt' });
      await assertAccessible(page, 'the translation editor');
      await page.locator('#introduction').fill('Vores fælles grundlag på hospitalet.');
      const response = await submit(page, 'Udgiv');
      assert.equal(response.status(), 422);
      await assertShell(page, { title: 'Rediger oversættelsen (fejl): Hospitalsenhed Midt' });
      assert.match(await page.locator('.error-summary').innerText(), /Skriv mindst ét tema/);
      assert.equal(await page.locator('#introduction').inputValue(), 'Vores fælles grundlag på hospitalet.');
      await screenshot(page, 'translation-edit-errors');
      await assertAccessible(page, 'the translation editor with errors');
    });

    test('two themes are written, one more row is added, and the translation is published', async () => {
      await page.locator('#theme-1-title').fill('Tæt på patienten');
      await page.locator('#theme-1-bullets').fill('Vi lytter\nVi forklarer');
      await page.locator('#theme-1-employees').fill('Vi giver dig tid til **samtalen**.');
      await page.locator('#theme-1-leaders').fill('At du siger til, når noget ikke virker.');
      await page.locator('#theme-1-value-dialog').check();
      assert.equal(await submit(page, 'Tilføj tema').then((r) => r.status()), 200);
      assert.equal(await page.locator('#theme-1-title').inputValue(), 'Tæt på patienten');
      await page.locator('#theme-2-title').fill('Modet til at prøve nyt');
      await page.locator('#theme-2-bullets').fill('Vi afprøver idéer i lille skala');
      await page.locator('#theme-2-value-dristighed').check();
      await page.locator('#theme-2-value-dygtighed').check();
      const response = await submit(page, 'Udgiv');
      assert.equal(response.status(), 200);
      assert.equal(new URL(page.url()).pathname, hospitalPath);
      const main = await page.locator('main').innerText();
      assert.match(main, /Oversættelsen er udgivet/);
      assert.match(main, /Version 1, udgivet/);
      assert.match(main, /Tæt på patienten/);
      assert.match(main, /Modet til at prøve nyt/);
      assert.equal(await page.locator('main strong', { hasText: 'samtalen' }).count(), 1, 'Markdown is rendered');
      assert.equal(await page.locator('main li', { hasText: /^Vi forklarer$/ }).count(), 1,
        'each line a bullet, also after the form was shown again');
      await screenshot(page, 'translation-published');
      await assertAccessible(page, 'a published translation');
    });

    test('the versions list and the published version can be read', async () => {
      await follow(page, page.getByRole('link', { name: 'Alle versioner' }));
      await assertShell(page, { title: 'Versioner: Hospitalsenhed Midt' });
      assert.match(await page.locator('main').innerText(), /Udgivet, gælder nu/);
      await assertAccessible(page, 'the versions list');
      await follow(page, page.getByRole('link', { name: 'Version 1' }));
      assert.equal(await heading(page), 'Hospitalsenhed Midt: oversættelsen, version 1');
      await assertAccessible(page, 'a published version');
    });

    test('a MED discussion is refused with a future date, then recorded', async () => {
      await page.goto(url(`${hospitalPath}/med`));
      await assertShell(page, { title: 'MED-drøftelser: Hospitalsenhed Midt' });
      await assertAccessible(page, 'the MED page');
      await page.locator('#held_on').fill('2199-01-01');
      await page.locator('#committee').fill('HovedMED Hospitalsenhed Midt');
      assert.equal((await submit(page, 'Registrer drøftelsen')).status(), 422);
      assert.match(await page.locator('#held_on-error').innerText(), /Datoen skal ligge mellem 01\.01\.2020 og i dag/);
      assert.equal(await page.locator('#committee').inputValue(), 'HovedMED Hospitalsenhed Midt');
      await assertAccessible(page, 'the MED page with errors');
      await page.locator('#held_on').fill('2026-01-15');
      assert.equal((await submit(page, 'Registrer drøftelsen')).status(), 200);
      assert.match(await page.locator('main').innerText(), /15\.01\.2026/);
    });

    test('the unit page links the translation and offers the delegates', async () => {
      await page.goto(url(hospitalPath.replace(/\/oversaettelse$/, '')));
      assert.ok(await page.getByRole('link', { name: 'Enhedens oversættelse' }).isVisible());
      assert.match(await page.locator('main').innerText(), /Enheden har ingen stedfortrædere/);
      await page.locator('#delegate-employee-no').fill('9999');
      assert.equal((await submit(page, 'Tilføj stedfortræder')).status(), 422);
      assert.match(await page.locator('.error-summary').innerText(), /ingen medarbejder med medarbejdernummer 9999/);
      await assertAccessible(page, 'the unit page with the delegate form and an error');
    });

    test('no page broke the Content-Security-Policy or failed to load a resource', () => {
      assertNoProblems(context, 'the translation pages');
    });
  });

  describe('an employee below the unit reads it (desktop)', () => {
    let context;
    let page;
    before(async () => {
      context = await newWatchedContext(browser);
      page = await context.newPage();
      await logIn(page, { userEmail: employeeEmail, userPassword: password });
      await page.waitForLoadState('networkidle');
    });
    after(async () => {
      await context?.close();
    });

    test('the own unit inherits the hospital\'s translation and says so', async () => {
      await openPart(page, 'Ledelsesgrundlaget', '/vores-oversaettelse');
      await assertShell(page, { title: 'Oversættelse: Sengeafsnit M1' });
      const main = await page.locator('main').innerText();
      assert.match(main, /Enheden har ingen egen oversættelse; her er Hospitalsenhed Midts/);
      assert.match(main, /Tæt på patienten/);
      assert.doesNotMatch(main, /Rediger/);
      await screenshot(page, 'translation-inherited');
      await assertAccessible(page, 'an inherited translation');
      await follow(page, page.getByRole('link', { name: 'Hospitalsenhed Midt' }).last());
      assert.equal(new URL(page.url()).pathname, hospitalPath);
      assert.match(await page.locator('main').innerText(), /Modet til at prøve nyt/);
    });

    test('the editor and the history are not for an employee', async () => {
      const response = await page.goto(url(`${hospitalPath}/rediger`));
      assert.equal(response.status(), 403);
      await assertAccessible(page, 'the 403 page of the editor');
      assertNoProblems(context, 'the employee\'s pages');
    });
  });

  describe('an administrator adds a theme without JavaScript (phone)', () => {
    let context;
    let page;
    before(async () => {
      context = await newWatchedContext(browser, { javaScriptEnabled: false, viewport: mobileViewport });
      page = await context.newPage();
      await logIn(page);
    });
    after(async () => {
      await context?.close();
    });

    test('Tilføj tema and Gem kladde work as plain form posts', async () => {
      await page.goto(url(`${hospitalPath}/rediger`));
      assert.equal(await page.locator('#theme-1-title').inputValue(), 'Tæt på patienten', 'starts from version 1');
      await submit(page, 'Tilføj tema');
      await page.locator('#theme-3-title').fill('Et tredje tema');
      await page.locator('#theme-3-position').fill('1');
      await submit(page, 'Gem kladde');
      assert.match(await page.locator('main').innerText(), /Kladden er gemt/);
      assert.equal(await page.locator('#theme-1-title').inputValue(), 'Et tredje tema', 'moved first');
      assert.equal(await page.locator('#theme-2-title').inputValue(), 'Tæt på patienten');
      assertNoProblems(context, 'the editor without JavaScript');
    });
  });
});
