// Browser tests of the regional leadership foundation (/ledelsesgrundlag) on the portal run.sh
// starts: an employee reads the overview and a role page; an editor edits a document (with a field
// error on the way), saves a draft, publishes it, and the comparison shows the change; axe-core on
// every page; and an editor saves a draft with JavaScript turned off.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertAccessible, assertNoProblems, assertShell, follow, heading, launchBrowser, logIn,
  newWatchedContext, password, screenshot, skipReason, submit, url,
} from './support.mjs';

const employeeEmail = process.env.LP_BROWSER_EMPLOYEE_EMAIL ?? '';
const editorEmail = process.env.LP_BROWSER_EDITOR_EMAIL ?? '';
const skip = skipReason
  || (employeeEmail && editorEmail ? false : 'set LP_BROWSER_EMPLOYEE_EMAIL and LP_BROWSER_EDITOR_EMAIL (run.sh does)');

describe('the leadership foundation in a browser', { skip }, () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  describe('an employee reads the foundation', () => {
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

    test('the overview presents the values, the expectations, the task and the democratic basis', async () => {
      await follow(page, page.locator('nav[aria-label="Hovedmenu"] a', { hasText: 'Ledelsesgrundlaget' }));
      assert.equal(new URL(page.url()).pathname, '/ledelsesgrundlag');
      await assertShell(page, { title: 'Ledelsesgrundlaget' });
      assert.equal(await heading(page), 'Ledelsesgrundlaget');
      const main = await page.locator('main').innerText();
      for (const word of ['Dialog', 'Dygtighed', 'Dristighed', 'Målopfyldelse', 'Ordentlighed', 'Nytænkning',
        'Bæredygtighed', 'Den tredobbelte ledelsesopgave', 'Det demokratiske udgangspunkt']) {
        assert.match(main, new RegExp(word), `the overview mentions ${word}`);
      }
      const forMe = page.locator('section', { has: page.getByRole('heading', { name: 'Hvad betyder det for mig?' }) });
      for (const role of ['Leder', 'Medarbejder', 'MED-udvalget']) {
        assert.ok(await forMe.getByRole('link', { name: new RegExp(role) }).isVisible(), `a link for ${role}`);
      }
      const contents = page.locator('nav', { has: page.getByRole('heading', { name: 'Indhold' }) });
      await contents.getByRole('link', { name: 'Fire forventninger til god ledelse og styring' }).click();
      assert.equal(new URL(page.url()).hash, '#forventninger');
      assert.equal(await page.getByRole('link', { name: /Rediger/ }).count(), 0, 'readers are offered no editing');
      await screenshot(page, 'foundation-overview');
      await assertAccessible(page, 'the foundation overview');
    });

    test('a role page, its versions and its first version', async () => {
      await page.goto(url('/ledelsesgrundlag'));
      await follow(page, page.getByRole('link', { name: /Medarbejder/ }).first());
      await assertShell(page, { title: 'Hvad betyder det for mig som medarbejder?' });
      assert.match(await page.locator('main').innerText(), /Version 1, udgivet \d\d\.\d\d\.\d{4}/);
      await assertAccessible(page, 'a foundation document');
      await follow(page, page.getByRole('link', { name: 'Alle versioner' }));
      await assertShell(page, { title: 'Versioner af Hvad betyder det for mig som medarbejder?' });
      await assertAccessible(page, 'the versions of a document');
      await follow(page, page.getByRole('link', { name: 'Version 1' }));
      assert.match(await page.locator('main').innerText(), /Det er den gældende version/);
      await assertAccessible(page, 'a version page');
      const response = await page.goto(url('/ledelsesgrundlag/for-medarbejder/rediger'));
      assert.equal(response.status(), 403, 'an employee may not edit');
      assertNoProblems(context, 'reading the foundation');
    });
  });

  describe('an editor edits, publishes and compares', () => {
    let context;
    let page;
    before(async () => {
      context = await newWatchedContext(browser);
      page = await context.newPage();
      await logIn(page, { userEmail: editorEmail, userPassword: password });
      await page.waitForLoadState('networkidle');
    });
    after(async () => {
      await context?.close();
    });

    test('a field error keeps the text, a draft is saved, then published', async () => {
      await page.goto(url('/ledelsesgrundlag/for-leder'));
      await follow(page, page.getByRole('link', { name: /^Rediger/ }));
      await assertShell(page, { title: 'Rediger Hvad betyder det for mig som leder?' });
      await assertAccessible(page, 'the edit form');
      const body = page.getByLabel('Tekst', { exact: true });
      const newLine = '- **Du lytter først.** Spørg, før du beslutter, og vis, hvad du har hørt.';
      await body.fill(`${await body.inputValue()}\n${newLine}`);
      await page.getByLabel('Titel').fill('   ');
      assert.equal((await submit(page, 'Gem kladde')).status(), 422);
      await assertShell(page, { title: /^Rediger .* \(fejl\) – Ledelsesportalen$/ });
      assert.ok(await page.locator('.error-summary').getByRole('link', { name: 'Skriv en titel.' }).isVisible());
      assert.match(await page.getByLabel('Tekst', { exact: true }).inputValue(), /Du lytter først/, 'the text is kept');
      await screenshot(page, 'foundation-edit-error');
      await assertAccessible(page, 'the edit form with an error');

      await page.getByLabel('Titel').fill('Hvad betyder ledelsesgrundlaget for mig som leder?');
      assert.equal((await submit(page, 'Gem kladde')).status(), 200);
      assert.match(await page.locator('main').innerText(), /Kladden er gemt/);
      assert.match(await page.locator('main').innerText(), /Du arbejder i dokumentets kladde/);
      assert.match(await page.locator('.portal-foundation-preview').innerText(), /Du lytter først/);

      assert.equal((await submit(page, 'Udgiv')).status(), 200);
      assert.equal(new URL(page.url()).pathname, '/ledelsesgrundlag/for-leder');
      await assertShell(page, { title: 'Hvad betyder ledelsesgrundlaget for mig som leder?' });
      assert.match(await page.locator('main').innerText(), /Den nye version er udgivet/);
      assert.match(await page.locator('main').innerText(), /Version 2, udgivet .* af Rasmus Redaktør/);
      assert.match(await page.locator('main').innerText(), /Du lytter først/);
    });

    test('the comparison shows the change, and the old version says it is not current', async () => {
      await page.goto(url('/ledelsesgrundlag/for-leder/versioner'));
      await follow(page, page.getByRole('link', { name: /Se ændringerne/ }).first());
      await assertShell(page, { title: 'Ændringer i version 2 af Hvad betyder ledelsesgrundlaget for mig som leder?' });
      const inserted = page.locator('tr.portal-diff-inserted');
      assert.equal(await inserted.count(), 1);
      assert.match(await inserted.innerText(), /Tilføjet/);
      assert.match(await inserted.locator('ins').innerText(), /Du lytter først/);
      assert.match(await page.locator('.portal-foundation-title-change del').innerText(),
        /Hvad betyder det for mig som leder\?/);
      await screenshot(page, 'foundation-compare');
      await assertAccessible(page, 'the comparison of two versions');

      await page.goto(url('/ledelsesgrundlag/for-leder/versioner/1'));
      await assertShell(page, { title: 'Version 1 af Hvad betyder det for mig som leder?' });
      assert.match(await page.locator('main').innerText(), /Dette er ikke den gældende version/);
      await assertAccessible(page, 'an old version');
      assertNoProblems(context, 'editing the foundation');
    });
  });

  test('an editor saves a draft without JavaScript', async () => {
    const context = await newWatchedContext(browser, { javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await logIn(page, { userEmail: editorEmail, userPassword: password });
      await page.goto(url('/ledelsesgrundlag/for-med/rediger'));
      const body = page.getByLabel('Tekst', { exact: true });
      await body.fill(`${await body.inputValue()}\n\nSkrevet uden JavaScript.`);
      assert.equal((await submit(page, 'Vis forhåndsvisning')).status(), 200);
      assert.match(await page.locator('.portal-foundation-preview').innerText(), /Skrevet uden JavaScript/);
      assert.equal((await submit(page, 'Gem kladde')).status(), 200);
      assert.match(await page.locator('main').innerText(), /Kladden er gemt/);
      assert.match(await page.getByLabel('Tekst', { exact: true }).inputValue(), /Skrevet uden JavaScript/);
      await follow(page, page.getByRole('button', { name: 'Kassér kladde' }));
      assert.match(await page.locator('main').innerText(), /Kladden er kasseret/);
      assertNoProblems(context, 'editing without JavaScript');
    } finally {
      await context.close();
    }
  });
});
