// Browser tests of the follow-up views on the small organisation run.sh loads: the administrator
// (whose reach is the whole region, like koncernledelse) opens the chain view from the main menu,
// goes on to the region view, sorts the table by clicking column headers and downloads the CSV;
// the leader Jens sees his units several levels down but is refused the region; the employee is
// refused both; axe-core on every page; on a phone the table scrolls inside its labelled region,
// and without JavaScript the filter form's sorting fields sort it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertAccessible, assertNoProblems, assertShell, follow, heading, launchBrowser, logIn,
  mobileViewport, newWatchedContext, password, screenshot, skipReason, url,
} from './support.mjs';

const leaderEmail = process.env.LP_BROWSER_LEADER_EMAIL ?? '';
const employeeEmail = process.env.LP_BROWSER_EMPLOYEE_EMAIL ?? '';
const skip = skipReason
  || (leaderEmail && employeeEmail ? false : 'set LP_BROWSER_LEADER_EMAIL and LP_BROWSER_EMPLOYEE_EMAIL (run.sh does)');

// The unit names of the sortable table's rows, top to bottom.
async function unitColumn(page) {
  return page.locator('table.portal-sortable tbody th[scope="row"] > a').allInnerTexts();
}

// Clicks the first column's header on the region view (the table in tree order), checks that the
// table is now sorted by unit name, ascending, and returns the unit names.
async function sortByUnitAscending(page) {
  await follow(page, page.locator('table.portal-sortable thead th').first().getByRole('link'));
  assert.match(page.url(), /sorter=enhed&retning=stigende/);
  assert.equal(await page.locator('table.portal-sortable thead th').first().getAttribute('aria-sort'),
    'ascending');
  const ascending = await unitColumn(page);
  assert.deepEqual(ascending, [...ascending].sort((a, b) => a.localeCompare(b, 'da')));
  return ascending;
}

describe('follow-up in a browser', { skip }, () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  describe('the whole region (administrator, desktop, JavaScript on)', () => {
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

    test('the chain view is in the main navigation, lists the region and passes axe', async () => {
      // "Mål og opfølgning" opens its first part (Målbilleder); the follow-up is in its side menu.
      await follow(page, page.locator('nav[aria-label="Hovedmenu"] a', { hasText: 'Mål og opfølgning' }));
      await follow(page, page.locator('nav[aria-label="Mål og opfølgning"] a[href="/opfoelgning"]'));
      await assertShell(page, { title: 'Opfølgning' });
      assert.equal(await heading(page), 'Opfølgning');
      const rows = page.locator('main table tbody tr');
      assert.ok((await rows.count()) > 3, 'the region has several units');
      assert.match(await page.locator('main table tbody tr').first().innerText(), /Region Midtjylland/);
      await assertAccessible(page, 'the chain view (region)');
      await screenshot(page, 'followup-chain-admin');
    });

    test('the region view has a heat map with figures and a legend, and passes axe', async () => {
      await follow(page, page.getByRole('link', { name: /Se hele regionen/ }));
      await assertShell(page, { title: 'Opfølgning for hele regionen' });
      const heat = page.locator('table.portal-heatmap');
      assert.match(await heat.innerText(), /Hospitalsenhederne/);
      assert.match(await heat.innerText(), /\d+,\d %/);
      // The colour scale shows: DKFDS's table cells must not paint over it.
      const colours = await heat.locator('td[class*="portal-heat-"]').evaluateAll(
        (cells) => cells.map((cell) => getComputedStyle(cell).backgroundColor));
      assert.ok(colours.length > 0, 'the heat map has coloured cells');
      assert.deepEqual(colours.filter((c) => c === 'rgba(0, 0, 0, 0)' || c === 'rgb(255, 255, 255)'), [],
        'every cell of the scale has its colour');
      assert.match(await page.locator('.portal-heat-legend').innerText(), /80 % og derover/);
      await assertAccessible(page, 'the region view');
      await screenshot(page, 'followup-region');
    });

    test('clicking a column header sorts the table, and clicking it again reverses it', async () => {
      const ascending = await sortByUnitAscending(page);
      await follow(page, page.locator('table.portal-sortable thead th').first().getByRole('link'));
      assert.match(page.url(), /retning=faldende/);
      assert.equal(await page.locator('table.portal-sortable thead th').first().getAttribute('aria-sort'),
        'descending');
      const descending = await unitColumn(page);
      assert.deepEqual(descending, [...ascending].reverse());
      await assertAccessible(page, 'the region view sorted');
    });

    test('the filter narrows the table to one area, and the CSV follows it', async () => {
      await page.locator('#omraade').selectOption({ label: 'Hospitalsenhederne' });
      await follow(page, page.getByRole('button', { name: 'Vis' }));
      assert.match(page.url(), /omraade=\d+/);
      const names = await unitColumn(page);
      assert.ok(names.includes('Hospitalsenhed Midt'));
      assert.ok(!names.includes('Region Midtjylland'));
      await assertAccessible(page, 'the region view filtered');
      const href = await page.getByRole('link', { name: 'CSV (til Excel)' }).getAttribute('href');
      assert.match(href, /omraade=\d+/);
      const response = await page.request.get(url(href));
      assert.equal(response.status(), 200);
      const body = await response.text();
      assert.ok(body.startsWith('\uFEFFEnhed;Enheds-id;'), body.slice(0, 40));
      assert.equal(body.trim().split('\r\n').length, names.length + 1);
      assertNoProblems(context, 'the region follow-up');
    });
  });

  describe('a leader and an employee', () => {
    test('the leader sees his units several levels down, and is refused the region', async () => {
      const context = await newWatchedContext(browser);
      const page = await context.newPage();
      await logIn(page, { userEmail: leaderEmail, userPassword: password });
      await page.goto(url('/opfoelgning'));
      assert.equal(await heading(page), 'Opfølgning');
      const text = await page.locator('main table').innerText();
      assert.match(text, /Hospitalsenhederne/);
      assert.match(text, /Medicinsk Afdeling; Viborg/);  // two levels below the area he leads
      assert.doesNotMatch(text, /Region Midtjylland/);
      assert.equal(await page.getByRole('link', { name: /Se hele regionen/ }).count(), 0);
      await assertAccessible(page, 'the chain view (leader)');
      const region = await page.goto(url('/opfoelgning/region'));
      assert.equal(region.status(), 403);
      await assertAccessible(page, 'the region view refused');
      await context.close();
    });

    test('the employee is refused the follow-up', async () => {
      const context = await newWatchedContext(browser);
      const page = await context.newPage();
      await logIn(page, { userEmail: employeeEmail, userPassword: password });
      const response = await page.goto(url('/opfoelgning'));
      assert.equal(response.status(), 403);
      await context.close();
    });
  });

  describe('on a phone', () => {
    test('the table sits in a labelled scrolling region and the page does not scroll sideways', async () => {
      // Measured with JavaScript on: Playwright's evaluate needs it; the layout is the same without.
      const context = await newWatchedContext(browser, { viewport: mobileViewport });
      const page = await context.newPage();
      await logIn(page);
      await page.goto(url('/opfoelgning/region'));
      const wrapper = page.locator('div.portal-followup-scroll[role="region"]').last();
      assert.match(await wrapper.getAttribute('aria-label'), /rul vandret/);
      // Whatever does not fit scrolls inside the wrapper (overflow-x), never the page itself.
      assert.match(await wrapper.evaluate((element) => getComputedStyle(element).overflowX), /auto|scroll/);
      const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
      assert.ok(!pageOverflow, 'the page itself does not scroll sideways');
      await context.close();
    });

    test('without JavaScript, the form sorts the table (the headings are hidden by the stacked rows)', async () => {
      // No evaluate and no axe here: Playwright's evaluate never returns on a page without
      // JavaScript (that is what hung this test before); the page itself was checked above.
      const context = await newWatchedContext(browser, { javaScriptEnabled: false, viewport: mobileViewport });
      const page = await context.newPage();
      await logIn(page);
      await page.goto(url('/opfoelgning/region'));
      await page.getByLabel('Sortér efter').selectOption({ label: 'Enhed' });
      await page.getByLabel('Rækkefølge').selectOption('stigende');
      await follow(page, page.getByRole('button', { name: 'Vis' }));
      assert.match(page.url(), /sorter=enhed&retning=stigende/);
      const ascending = await unitColumn(page);
      assert.deepEqual(ascending, [...ascending].sort((a, b) => a.localeCompare(b, 'da')));
      assert.ok(ascending.length > 3, 'the table lists the region');
      await screenshot(page, 'followup-region-phone-no-js');
      assertNoProblems(context, 'the region view without JavaScript');
      await context.close();
    });
  });
});
