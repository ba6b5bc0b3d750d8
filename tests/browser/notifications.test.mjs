// Browser tests of the notifications (issue 16): top management starts a round, and a leader finds
// the message through the header's "Beskeder" count, reads it (the count goes), and changes how she
// is told in "Mine notifikationer" after a choice the form refuses; the same pages on a phone without
// JavaScript; axe-core on every page.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertAccessible, assertNoProblems, assertShell, follow, launchBrowser, logIn, mobileViewport,
  newWatchedContext, password, screenshot, skipReason, url,
} from './support.mjs';

const leaderEmail = process.env.LP_BROWSER_LEADER_EMAIL ?? '';
const topEmail = process.env.LP_BROWSER_TOP_EMAIL ?? '';
const skip = skipReason || (leaderEmail && topEmail ? false : 'set the LP_BROWSER_*_EMAIL variables (run.sh does)');

function isoDaysFromToday(days) {
  return new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

describe('notifications in a browser', { skip }, () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
    const context = await newWatchedContext(browser);
    const page = await context.newPage();
    await logIn(page, { userEmail: topEmail, userPassword: password });
    await page.goto(url('/aktivering/runder/ny'));
    await page.getByLabel('Navn', { exact: true }).fill('Aktivering 2027');
    await page.getByLabel('Start', { exact: true }).fill(isoDaysFromToday(0));
    await page.getByLabel('Frist for enhedernes planer').fill(isoDaysFromToday(40));
    await follow(page, page.getByRole('button', { name: 'Opret runde' }));
    assert.match(await page.locator('main').innerText(), /Aktiveringsrunden er oprettet/);
    await context.close();
  });
  after(async () => {
    await browser?.close();
  });

  describe('a leader reads the message and sets her preferences (desktop)', () => {
    let context;
    let page;
    before(async () => {
      context = await newWatchedContext(browser);
      page = await context.newPage();
      await logIn(page, { userEmail: leaderEmail, userPassword: password });
    });
    after(async () => {
      await context?.close();
    });

    test('the header counts the unread message and the inbox shows it', async () => {
      const link = page.locator('.portal-user').getByRole('link', { name: /Beskeder/ });
      assert.match(await link.innerText(), /Beskeder\s*1/);
      assert.match(await link.locator('.sr-only').innerText(), /ulæst/);
      await follow(page, link);
      await assertShell(page, { title: 'Beskeder' });
      const main = await page.locator('main').innerText();
      assert.match(main, /1 besked, 1 ulæst\./);
      assert.match(main, /Ulæst · Frister og påmindelser/);
      assert.match(main, /Lav (en aktiveringsplan|aktiveringsplaner)/);
      await screenshot(page, 'notifications-inbox');
      await assertAccessible(page, 'the inbox');
    });

    test('opening the message marks it read and links to where it is done', async () => {
      await follow(page, page.locator('.portal-inbox-subject a').first());
      assert.match(await page.locator('main').innerText(), /skal være klar senest/);
      assert.equal(await page.locator('.portal-user .portal-count').count(), 0, 'no unread count any more');
      await assertAccessible(page, 'a message');
      await follow(page, page.getByRole('link', { name: 'Gå til siden' }));
      assert.match(page.url(), /\/(aktivering\/mine-enheder|organisation\/enheder\/\d+\/plan)$/);
    });

    test('the preferences keep what is chosen and refuse what is not a choice', async () => {
      await page.goto(url('/mine-notifikationer'));
      await assertShell(page, { title: 'Mine notifikationer' });
      await assertAccessible(page, 'the preferences');
      const group = page.getByRole('group', { name: 'Status for min ledelseskæde' });
      assert.ok(await group.getByLabel('Samlet i en ugentlig mail').isChecked(), 'the default');
      // A value no radio button offers, as a tampered form would send it.
      await page.locator('input[name="kategori-nyt"]:checked').evaluate((input) => { input.value = 'hver-time'; });
      await follow(page, page.getByRole('button', { name: 'Gem mine valg' }));
      await assertShell(page, { title: 'Mine notifikationer (fejl)' });
      assert.match(await page.locator('main').innerText(), /Vælg, hvordan du vil have besked om „Nyt fra mine enheder“\./);
      await assertAccessible(page, 'the preferences with an error');
      await page.getByRole('group', { name: 'Nyt fra mine enheder' }).getByLabel('Samlet i en daglig mail').check();
      await group.getByLabel('Kun her i portalen').check();
      await follow(page, page.getByRole('button', { name: 'Gem mine valg' }));
      assert.match(await page.locator('main').innerText(), /Dine valg er gemt\./);
      await page.reload();
      assert.ok(await page.getByRole('group', { name: 'Status for min ledelseskæde' }).getByLabel('Kun her i portalen').isChecked());
      assert.ok(await page.getByRole('group', { name: 'Nyt fra mine enheder' }).getByLabel('Samlet i en daglig mail').isChecked());
      // Saved again unchanged: still the same.
      await follow(page, page.getByRole('button', { name: 'Gem mine valg' }));
      assert.ok(await page.getByRole('group', { name: 'Nyt fra mine enheder' }).getByLabel('Samlet i en daglig mail').isChecked());
      await screenshot(page, 'notifications-preferences');
    });

    test('no page broke the Content-Security-Policy or failed to load a resource', () => {
      assertNoProblems(context, 'the notification pages');
    });
  });

  describe('without JavaScript on a phone', () => {
    let context;
    let page;
    before(async () => {
      context = await newWatchedContext(browser, { javaScriptEnabled: false, viewport: mobileViewport });
      page = await context.newPage();
      await logIn(page, { userEmail: topEmail, userPassword: password });
    });
    after(async () => {
      await context?.close();
    });

    test('the inbox and the preferences work', async () => {
      await page.goto(url('/beskeder'));
      await assertShell(page, { title: 'Beskeder' });
      const main = await page.locator('main').innerText();
      assert.match(main, /(Du har ingen beskeder endnu\.|besked)/);
      await page.goto(url('/mine-notifikationer'));
      await page.getByRole('group', { name: 'Frister og påmindelser' }).getByLabel('Samlet i en daglig mail').check();
      await follow(page, page.getByRole('button', { name: 'Gem mine valg' }));
      assert.match(await page.locator('main').innerText(), /Dine valg er gemt\./);
      assert.ok(await page.getByRole('group', { name: 'Frister og påmindelser' }).getByLabel('Samlet i en daglig mail').isChecked());
      await screenshot(page, 'notifications-preferences-mobile');
    });
  });
});
