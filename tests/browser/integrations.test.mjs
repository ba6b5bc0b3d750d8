// Browser tests of the integrations' keys (/administration/integrationer) on the portal run.sh starts:
// the administrator gets a field error with what was typed kept, makes a key and sees it this once,
// the key opens GET /api/v1/integration, the page shown again no longer holds it, and revoking through
// the confirmation page (after "Annuller" left it alone) stops it working. An employee gets 403.
// axe-core on every page.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertAccessible, assertNoProblems, assertShell, follow, launchBrowser, logIn, newWatchedContext, password,
  screenshot, skipReason, submit, url,
} from './support.mjs';

const adminEmail = process.env.LP_BROWSER_EMAIL ?? '';
const employeeEmail = process.env.LP_BROWSER_EMPLOYEE_EMAIL ?? '';
const skip = skipReason || (employeeEmail ? false : 'set LP_BROWSER_EMPLOYEE_EMAIL (run.sh does)');

const integration = 'Dataplatform – LPR-udtræk';
const purpose = 'Månedlige målinger til målbillederne.\nDrives af Dataplatformen.';

// What the API answers a call with `token` (no cookie: the API reads none).
async function whoAmI(token) {
  const response = await fetch(url('/api/v1/integration'), { headers: { Authorization: `Bearer ${token}` } });
  return { status: response.status, body: await response.json() };
}

describe('the integrations\' keys in a browser', { skip }, () => {
  let browser;
  let context;
  let page;
  let token = '';
  before(async () => {
    browser = await launchBrowser();
    context = await newWatchedContext(browser);
    page = await context.newPage();
    await logIn(page, { userEmail: adminEmail, userPassword: password });
  });
  after(async () => {
    await browser?.close();
  });

  test('the administrator gets a field error, then makes a key and sees it this once', async () => {
    await page.goto(url('/administration/integrationer'));
    await assertShell(page, { title: 'Integrationer' });
    assert.match(await page.locator('main').innerText(), /Der er ingen nøgler endnu\./);
    await assertAccessible(page, 'the integrations page without keys');

    await page.getByLabel('Formål').fill(purpose);
    assert.equal(await page.getByLabel('Adgang').inputValue(), 'maalinger');
    const refused = await submit(page, 'Opret nøgle');
    assert.equal(refused.status(), 422);
    await assertShell(page, { title: 'Integrationer (fejl)' });
    assert.match(await page.locator('#name-error').innerText(), /Skriv integrationens navn\./);
    assert.ok(await page.locator('.error-summary').getByRole('link', { name: 'Skriv integrationens navn.' }).isVisible());
    assert.equal(await page.getByLabel('Formål').inputValue(), purpose, 'what was typed is kept, line breaks and all');
    await assertAccessible(page, 'the key form with an error');

    await page.getByLabel('Integrationens navn').fill(integration);
    const created = await submit(page, 'Opret nøgle');
    assert.equal(created.status(), 200);
    await assertShell(page, { title: 'Integrationer' });
    const alert = page.locator('main .alert-warning');
    assert.match(await alert.innerText(), /Kopiér nøglen nu: den vises kun denne ene gang/);
    assert.match(await alert.innerText(), new RegExp(`Nøglen til »${integration}« \\(.+\\) er oprettet\\.`));
    token = await page.getByLabel('Nøglen', { exact: true }).inputValue();
    assert.match(token, /^lpi_[A-Za-z0-9_-]{43}$/);
    assert.equal(await page.getByLabel('Nøglen', { exact: true }).getAttribute('readonly'), '');
    const row = page.getByRole('region', { name: 'Nøgler til integrationer' }).locator('tbody tr', { hasText: integration });
    const text = await row.innerText();
    assert.match(text, /Aktiv/);
    assert.match(text, /Aldrig/);
    assert.match(text, /Birgitte Browser/);
    const prefix = (await row.locator('code').innerText()).replace(/…$/, '');
    assert.ok(prefix.length >= 8 && token.startsWith(prefix), `the list shows the key's beginning (${prefix})`);
    assert.ok(!text.includes(token), 'the list never shows the whole key');
    assert.equal(await page.getByLabel('Integrationens navn').inputValue(), '', 'the form is empty for the next key');
    await screenshot(page, 'integrations-created');
    await assertAccessible(page, 'the integrations page with a new key');
  });

  test('the key works, and the page shown again no longer holds it', async () => {
    assert.ok(token, 'a key was made');
    const answer = await whoAmI(token);
    assert.equal(answer.status, 200);
    assert.equal(answer.body.integration, integration);
    await page.goto(url('/administration/integrationer'));
    assert.equal(await page.locator('#ny-noegle').count(), 0);
    assert.ok(!(await page.content()).includes(token), 'the key is shown only once');
    const row = page.getByRole('region', { name: 'Nøgler til integrationer' }).locator('tbody tr', { hasText: integration });
    assert.doesNotMatch(await row.innerText(), /Aldrig/, 'the key has been used');
  });

  test('revoking asks first, "Annuller" leaves the key, and revoked it stops working', async () => {
    await page.goto(url('/administration/integrationer'));
    await follow(page, page.getByRole('link', { name: `Tilbagekald nøglen til ${integration}` }));
    assert.match(new URL(page.url()).pathname, /^\/administration\/integrationer\/\d+\/tilbagekald$/);
    await assertShell(page, { title: `Tilbagekald nøglen til ${integration}` });
    const main = await page.locator('main').innerText();
    assert.match(main, /holder op med at virke med det samme, og det kan ikke fortrydes\./);
    assert.match(main, /Den blev sidst brugt \d\d\.\d\d\.\d{4}/);
    await screenshot(page, 'integrations-revoke');
    await assertAccessible(page, 'the revoke confirmation');
    const confirmPath = new URL(page.url()).pathname;
    await follow(page, page.getByRole('link', { name: 'Annuller' }));
    assert.equal(new URL(page.url()).pathname, '/administration/integrationer');
    assert.equal((await whoAmI(token)).status, 200, 'cancelled, the key still works');

    await page.goto(url(confirmPath));
    await submit(page, `Tilbagekald nøglen til »${integration}«`);
    assert.equal(new URL(page.url()).pathname, '/administration/integrationer');
    await assertShell(page, { title: 'Integrationer' });
    assert.match(await page.locator('main').innerText(), /Nøglen er tilbagekaldt\. Systemet, der havde den, kan ikke længere bruge den\./);
    const row = page.getByRole('region', { name: 'Nøgler til integrationer' }).locator('tbody tr', { hasText: integration });
    assert.match(await row.innerText(), /Tilbagekaldt \d\d\.\d\d\.\d{4}.*, Birgitte Browser/);
    assert.equal(await row.getByRole('link', { name: /Tilbagekald/ }).count(), 0);
    await assertAccessible(page, 'the integrations page with a revoked key');
    const refused = await whoAmI(token);
    assert.equal(refused.status, 401);
    assert.equal(typeof refused.body.fejl, 'string', 'a Danish reason in "fejl"');

    await page.goto(url(confirmPath));
    assert.equal(new URL(page.url()).pathname, '/administration/integrationer', 'revoked once is enough');
    assert.match(await page.locator('main').innerText(), /Nøglen var allerede tilbagekaldt\./);
    assertNoProblems(context, 'the integrations pages');
  });

  test('an employee may not see the keys', async () => {
    const employee = await newWatchedContext(browser);
    try {
      const other = await employee.newPage();
      await logIn(other, { userEmail: employeeEmail, userPassword: password });
      assert.equal((await other.goto(url('/administration/integrationer'))).status(), 403);
    } finally {
      await employee.close();
    }
  });
});
