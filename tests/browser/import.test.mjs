// The HR import page in a browser, as an administrator (run.sh's user is leder + administrator):
// upload → preview (with and without errors) → confirm, accessible (axe-core) at every step, and the
// same flow without JavaScript. The organisation it imports is the small valid fixture set.
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import {
  assertAccessible, assertNoProblems, assertShell, follow, heading, launchBrowser, logIn,
  mainMenuLink, mobileViewport, newWatchedContext, screenshot, skipReason, url,
} from './support.mjs';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'import');
const fixture = (set, file) => path.join(fixtures, set, file);

async function upload(page, set) {
  await page.getByLabel('Enheder (units.csv)').setInputFiles(fixture(set, 'units.csv'));
  await page.getByLabel('Medarbejdere (people.csv)').setInputFiles(fixture(set, 'people.csv'));
  await Promise.all([
    page.waitForLoadState('load'),
    page.getByRole('button', { name: 'Vis forhåndsvisning' }).click(),
  ]);
  await page.waitForLoadState('load');
}

async function confirm(page) {
  await Promise.all([
    page.waitForURL(url('/organisation/import')),
    page.getByRole('button', { name: 'Gennemfør importen' }).click(),
  ]);
  await page.waitForLoadState('load');
}

describe('the HR import page in a browser', { skip: skipReason }, () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  describe('upload, preview and confirm (desktop, JavaScript on)', () => {
    let context;
    let page;
    before(async () => {
      context = await newWatchedContext(browser);
      page = await context.newPage();
      await logIn(page);
    });
    after(async () => {
      await context?.close();
    });

    test('the navigation leads to an accessible upload form with the import history', async () => {
      await follow(page, mainMenuLink(page, '/organisation'));
      await follow(page, page.locator('.portal-organisation-upkeep a[href="/organisation/import"]'));
      await assertShell(page, { title: 'HR-import' });
      assert.equal(await heading(page), 'HR-import');
      assert.equal(await page.getByLabel('Enheder (units.csv)').getAttribute('type'), 'file');
      assert.equal(await page.getByLabel('Medarbejdere (people.csv)').getAttribute('type'), 'file');
      assert.equal(await page.locator('form[enctype="multipart/form-data"] input[name="_csrf"]').count(), 1);
      assert.ok(await page.getByRole('heading', { name: 'Seneste indlæsninger' }).isVisible());
      await screenshot(page, 'import-form-desktop');
      await assertAccessible(page, 'the HR import form');
    });

    test('files with errors give an error summary that links to the file fields', async () => {
      await upload(page, 'bad_date');
      await assertShell(page, { title: /^HR-import \(fejl\) – Ledelsesportalen$/ });
      const summary = page.locator('[data-module="error-summary"]');
      assert.equal(await summary.count(), 1);
      assert.match(await summary.innerText(), /people\.csv, linje \d+, kolonne leader_since/);
      const hrefs = await summary.locator('a[href^="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      assert.ok(hrefs.length > 0);
      for (const href of hrefs) assert.equal(await page.locator(href).count(), 1, `${href} exists`);
      assert.equal(await page.getByRole('button', { name: 'Gennemfør importen' }).count(), 0);
      await screenshot(page, 'import-errors-desktop');
      await assertAccessible(page, 'the HR import preview with errors');
    });

    test('valid files show the preview with the plan, and nothing is imported yet', async () => {
      await upload(page, 'valid');
      await assertShell(page, { title: 'HR-import: forhåndsvisning' });
      const preview = page.locator('section.portal-import-preview');
      assert.match(await preview.innerText(), /Enheder:/);
      assert.match(await preview.innerText(), /Sikkerhedsgrænse/);
      assert.ok(await page.getByRole('button', { name: 'Gennemfør importen' }).isVisible());
      await screenshot(page, 'import-preview-desktop');
      await assertAccessible(page, 'the HR import preview');
    });

    test('confirming imports the files and shows the run in the history', async () => {
      await confirm(page);
      await assertShell(page, { title: 'HR-import' });
      assert.match(await page.locator('main').innerText(), /HR-importen er gennemført/);
      const history = page.locator('table.portal-import-runs');
      assert.match(await history.innerText(), /web: units\.csv, people\.csv/);
      assert.match(await history.innerText(), /Birgitte Browser/);
      await screenshot(page, 'import-done-desktop');
      await assertAccessible(page, 'the HR import page after an import');
    });

    test('no CSP violations or failed resources', () => {
      assertNoProblems(context, 'HR import flow');
    });
  });

  describe('the same flow without JavaScript (phone)', () => {
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

    test('the same files again preview as no changes and can be confirmed', async () => {
      await page.goto(url('/organisation/import'));
      assert.equal(await heading(page), 'HR-import');
      await upload(page, 'valid');
      assert.match(await page.locator('section.portal-import-preview').innerText(), /Ingen ændringer/);
      await screenshot(page, 'import-preview-mobile-no-javascript');
      await confirm(page);
      assert.match(await page.locator('main').innerText(), /HR-importen er gennemført/);
    });

    test('errors are shown without JavaScript too', async () => {
      await upload(page, 'cycle');
      assert.equal(await heading(page), 'HR-import');
      assert.match(await page.getByRole('alert').first().innerText(), /units\.csv, linje \d+/);
    });

    test('no CSP violations or failed resources without JavaScript', () => {
      assertNoProblems(context, 'HR import flow without JavaScript');
    });
  });
});
