// Browser tests of the organisation pages on the small organisation run.sh loads
// (tests/fixtures/import/valid): tree → unit → person → Min ledelseskæde as a leader, the data check
// as an administrator, axe-core on every page, and the same path without JavaScript on a phone
// (where axe-core, itself JavaScript, cannot run).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertAccessible, assertNoProblems, assertShell, follow, heading, launchBrowser, logIn, openPart,
  mainMenuLink, mobileViewport, newWatchedContext, password, screenshot, skipReason, url,
} from './support.mjs';

const leaderEmail = process.env.LP_BROWSER_LEADER_EMAIL ?? '';
const skip = skipReason || (leaderEmail ? false : 'set LP_BROWSER_LEADER_EMAIL (run.sh does)');

describe('the organisation pages in a browser', { skip }, () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  describe('a leader browses tree, unit, person and their chain (desktop, JavaScript on)', () => {
    let context;
    let page;
    before(async () => {
      context = await newWatchedContext(browser);
      page = await context.newPage();
      await logIn(page, { userEmail: leaderEmail, userPassword: password });
      // Let the start page finish (its icon too) before the tests navigate away from it.
      await page.waitForLoadState('networkidle');
    });
    after(async () => {
      await context?.close();
    });

    test('the tree shows the top of the region, and a branch opens', async () => {
      const response = await page.goto(url('/organisation'));
      assert.equal(response.status(), 200);
      await assertShell(page, { title: 'Organisationen' });
      assert.equal(await heading(page), 'Organisationen');
      const branch = page.locator('.portal-tree details', { hasText: 'Hospitalsenhederne' });
      assert.equal(await branch.count(), 1);
      await branch.locator('summary').click();
      assert.ok(await branch.getByRole('link', { name: 'Hospitalsenhed Midt' }).isVisible());
      await screenshot(page, 'organisation-tree');
      await assertAccessible(page, 'the organisation tree');
    });

    test('search finds people and units, and says so when nothing matches', async () => {
      await page.getByLabel('Søg efter enhed eller person').fill('sørensen');
      await follow(page, page.getByRole('button', { name: 'Søg' }));
      await assertShell(page, { title: 'Søgning i organisationen' });
      assert.ok(await page.getByRole('link', { name: 'Mette Sørensen' }).isVisible());
      await assertAccessible(page, 'search results');

      await page.getByLabel('Søg efter enhed eller person').fill('xyzzy');
      await follow(page, page.getByRole('button', { name: 'Søg' }));
      assert.match(await page.locator('main').innerText(), /Ingen enheder eller personer matcher/);
      await assertAccessible(page, 'a search without results');
    });

    test('a unit shows its kind, leaders, chain, sub-units and employees', async () => {
      await page.goto(url('/organisation?q=medicinsk'));
      await follow(page, page.getByRole('link', { name: 'Medicinsk Afdeling; Viborg' }).first());
      await assertShell(page, { title: 'Medicinsk Afdeling; Viborg' });
      assert.equal(await heading(page), 'Medicinsk Afdeling; Viborg');
      const main = await page.locator('main').innerText();
      assert.match(main, /Fælles ledelse/, 'two leaders share the department');
      assert.match(main, /Anne Kjær/);
      assert.match(main, /Lars Holm/);
      assert.match(main, /Sengeafsnit M1/);
      assert.ok(await page.locator('nav[aria-label="Enhedens placering"]').getByRole('link', { name: 'Region Midtjylland' }).isVisible());
      await screenshot(page, 'organisation-unit');
      await assertAccessible(page, 'a unit page');
    });

    test('a person below the leader shows the chain and the HR details', async () => {
      await follow(page, page.getByRole('link', { name: 'Sengeafsnit M1' }).first());
      await follow(page, page.getByRole('link', { name: 'Søren Åberg' }));
      await assertShell(page, { title: 'Søren Åberg' });
      const main = await page.locator('main').innerText();
      assert.match(main, /Nærmeste leder/);
      assert.match(main, /Ledelseskæden/);
      assert.match(main, /HR-oplysninger/, 'the leader above sees the HR details');
      assert.match(main, /1005/);
      await screenshot(page, 'organisation-person');
      await assertAccessible(page, 'a person page');
    });

    test('Min ledelseskæde shows what the leader leads and the chain upwards', async () => {
      await openPart(page, 'Organisationen', '/min-ledelseskaede');
      await assertShell(page, { title: 'Min ledelseskæde' });
      const main = await page.locator('main').innerText();
      assert.match(main, /Det leder du/);
      assert.match(main, /Hospitalsenhed Midt/);
      assert.match(main, /Mette Sørensen/, 'the region director is above');
      await screenshot(page, 'organisation-chain');
      await assertAccessible(page, 'Min ledelseskæde');
    });

    test('the data check is not offered to a leader', async () => {
      assert.equal(await page.locator('nav[aria-label="Hovedmenu"] a[href="/organisation/datakontrol"]').count(), 0);
      const response = await page.goto(url('/organisation/datakontrol'));
      assert.equal(response.status(), 403);
      await assertAccessible(page, 'the 403 page');
    });

    test('no page broke the Content-Security-Policy or failed to load a resource', () => {
      assertNoProblems(context, 'the organisation pages');
    });
  });

  describe('an administrator checks the data (desktop)', () => {
    let context;
    let page;
    before(async () => {
      context = await newWatchedContext(browser);
      page = await context.newPage();
      await logIn(page);
      await page.waitForLoadState('networkidle');
    });
    after(async () => {
      await context?.close();
    });

    test('the data check lists the gaps with counts and links', async () => {
      await follow(page, mainMenuLink(page, '/organisation'));
      await follow(page, page.locator('.portal-organisation-upkeep a[href="/organisation/datakontrol"]'));
      await assertShell(page, { title: 'Datakontrol' });
      const main = await page.locator('main').innerText();
      assert.match(main, /Enheder uden leder \(\d+\)/);
      assert.match(main, /Medarbejdere uden e-mail \(1\)/);
      assert.ok(await page.locator('#people-without-email').locator('..').getByRole('link', { name: 'Søren Åberg' }).isVisible());
      await screenshot(page, 'organisation-data-check');
      await assertAccessible(page, 'the data check');
      assertNoProblems(context, 'the data check');
    });

    test('an administrator who is no person gets a friendly Min ledelseskæde', async () => {
      const response = await page.goto(url('/min-ledelseskaede'));
      assert.equal(response.status(), 200);
      assert.match(await page.locator('main').innerText(), /Vi kan ikke finde dig i organisationen/);
      await assertAccessible(page, 'Min ledelseskæde without a person');
    });
  });

  describe('without JavaScript on a phone', () => {
    let context;
    let page;
    before(async () => {
      context = await newWatchedContext(browser, { javaScriptEnabled: false, viewport: mobileViewport });
      page = await context.newPage();
      await logIn(page, { userEmail: leaderEmail, userPassword: password });
      // Let the start page finish (its icon too) before the tests navigate away from it.
      await page.waitForLoadState('networkidle');
    });
    after(async () => {
      await context?.close();
    });

    test('tree, search, unit and person all work', async () => {
      await page.goto(url('/organisation'));
      const branch = page.locator('.portal-tree details', { hasText: 'Hospitalsenhederne' });
      await branch.locator('summary').click();
      await follow(page, branch.getByRole('link', { name: 'Hospitalsenhed Midt' }));
      assert.equal(await heading(page), 'Hospitalsenhed Midt');
      await page.goto(url('/organisation'));
      await page.getByLabel('Søg efter enhed eller person').fill('holm');
      await follow(page, page.getByRole('button', { name: 'Søg' }));
      await follow(page, page.getByRole('link', { name: 'Lars Holm' }));
      assert.equal(await heading(page), 'Lars Holm');
      await screenshot(page, 'organisation-person-mobile-no-javascript');
      // axe-core runs as JavaScript in the page, so it checks these pages in the suites above.
      assertNoProblems(context, 'the organisation pages without JavaScript');
    });
  });
});
