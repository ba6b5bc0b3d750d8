// Browser tests of Explorer (issue 17) on the small organisation run.sh loads: Ida Nielsen (an
// employee of Sengeafsnit M1, which has no leader of its own) applies after a refusal without a
// motivation; Lars Holm, who leads Medicinsk Afdeling above her, finds the application under
// "Explorer", refuses to reject it without a reason, and approves it; Ida builds her personal plan
// with two activities (after an end day before the start day is refused), marks it agreed and sees
// the status count the personal plan. Lars's nomination form with its errors; the plan and a
// third activity without JavaScript on a phone. axe-core on every new page on the way (never in a
// context without JavaScript: axe needs it).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertAccessible, assertNoProblems, assertShell, follow, heading, isoToday, launchBrowser, logIn,
  mobileViewport, newWatchedContext, openPart, password, screenshot, skipReason, submit, url,
} from './support.mjs';

const employeeEmail = process.env.LP_BROWSER_EMPLOYEE_EMAIL ?? '';
const unitLeaderEmail = process.env.LP_BROWSER_UNIT_LEADER_EMAIL ?? '';
const skip = skipReason || (employeeEmail && unitLeaderEmail ? false
  : 'set LP_BROWSER_EMPLOYEE_EMAIL and LP_BROWSER_UNIT_LEADER_EMAIL (run.sh does)');

const dayMs = 24 * 3600 * 1000;
// Today plus `days` in Copenhagen as YYYY-MM-DD (what a date field holds).
const isoFromToday = (days) => new Date(Date.parse(`${isoToday()}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

describe('Explorer in a browser: an application approved and a personal plan agreed', { skip }, () => {
  let browser;
  const contexts = [];
  const pages = {};
  let planPath = '';
  // A desktop page logged in as `who` (its login is made once and kept through the file).
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
    await browser?.close();
  });

  test('Ida finds Explorer in the menu and applies after a refusal without a motivation', async () => {
    const page = await as(employeeEmail);
    await openPart(page, 'Lederudvikling', '/udvikling/explorer/indstillinger');
    await assertShell(page, { title: 'Explorer: indstillinger og ansøgninger' });
    assert.equal(await page.getByRole('link', { name: 'Indstil en medarbejder' }).count(), 0, 'Ida leads nobody');
    await assertAccessible(page, 'the Explorer list of an employee');
    await follow(page, page.getByRole('link', { name: 'Søg selv om Explorer' }));
    await assertShell(page, { title: 'Søg om Explorer' });
    assert.match(await page.locator('main').innerText(), /Ansøgningen går til .*Lars Holm/);
    await assertAccessible(page, 'the application form');

    const refused = await submit(page, 'Send ansøgningen');
    assert.equal(refused.status(), 422);
    await assertShell(page, { title: 'Søg om Explorer (fejl)' });
    const field = page.getByLabel('Hvorfor vil du gerne med?');
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('#motivation-error').innerText(), /Skriv, hvorfor du gerne vil med i Explorer\./);
    await screenshot(page, 'explorer-apply-error');
    await assertAccessible(page, 'the application form with an error');

    await field.fill('Jeg koordinerer nattevagterne i afsnittet.\nJeg vil gerne lære at lede.');
    await follow(page, page.getByRole('button', { name: 'Send ansøgningen' }));
    await assertShell(page, { title: 'Søg om Explorer' });
    const main = await page.locator('main').innerText();
    assert.match(main, /Din ansøgning er sendt til din leder\./);
    assert.match(main, /Din ansøgning venter på din leders svar\./);
    assert.match(main, /Afventer lederen/);
    await screenshot(page, 'explorer-applied');
    await assertAccessible(page, 'the application waiting');
  });

  test('Lars sees the application, cannot reject without a reason, and approves it', async () => {
    const page = await as(unitLeaderEmail);
    await openPart(page, 'Lederudvikling', '/udvikling/explorer/indstillinger');
    await assertShell(page, { title: 'Explorer: indstillinger og ansøgninger' });
    const waiting = page.getByRole('region', { name: 'Ansøgninger, der venter på dit svar' });
    assert.match(await waiting.innerText(), /Ida/);
    await screenshot(page, 'explorer-list-leader');
    await assertAccessible(page, 'the Explorer list of a leader');

    await follow(page, waiting.getByRole('link', { name: /Ida/ }));
    assert.match(await heading(page), /: Ansøgning$/);
    assert.match(await page.locator('main').innerText(), /Jeg koordinerer nattevagterne i afsnittet\.\nJeg vil gerne lære at lede\./);
    await assertAccessible(page, 'the decision page');
    const refused = await submit(page, 'Afvis ansøgningen');
    assert.equal(refused.status(), 422);
    assert.match(await page.locator('#reason-error').innerText(), /Skriv, hvorfor du afviser ansøgningen\./);
    await screenshot(page, 'explorer-decision-error');
    await assertAccessible(page, 'the decision page with an error');

    await follow(page, page.getByRole('button', { name: 'Godkend og optag' }));
    await assertShell(page, { title: 'Explorer: indstillinger og ansøgninger' });
    const main = await page.locator('main').innerText();
    assert.match(main, /Ansøgningen er godkendt, og medarbejderen er optaget\./);
    assert.match(main, /Ingen ansøgninger venter på dit svar\./);
    assert.match(main, /Godkendt/);
  });

  test('Lars\'s nomination form refuses a nomination without a person or a motivation', async () => {
    const page = await as(unitLeaderEmail);
    await follow(page, page.getByRole('link', { name: 'Indstil en medarbejder' }));
    await assertShell(page, { title: 'Indstil til Explorer' });
    await assertAccessible(page, 'the nomination form');
    const refused = await submit(page, 'Indstil og optag');
    assert.equal(refused.status(), 422);
    await assertShell(page, { title: 'Indstil til Explorer (fejl)' });
    assert.match(await page.locator('#person-error').innerText(), /Vælg en medarbejder på listen/);
    assert.match(await page.locator('#motivation-error').innerText(), /Skriv, hvorfor du indstiller/);
    await screenshot(page, 'explorer-nominate-error');
    await assertAccessible(page, 'the nomination form with errors');
  });

  test('Ida builds her plan with two activities after an end before the start is refused', async () => {
    const page = await as(employeeEmail);
    await page.goto(url('/udvikling/explorer/ansoeg'));
    assert.match(await page.locator('main').innerText(), /Du er med i Explorer\./);
    await follow(page, page.getByRole('link', { name: 'Se og arbejd med din personlige plan' }));
    planPath = new URL(page.url()).pathname;
    assert.match(planPath, /^\/udvikling\/deltagelser\/\d+\/plan$/);
    await assertShell(page, { title: /^Personlig plan: Ida/ });
    assert.match(await page.locator('main').innerText(), /personlig plan mangler/);
    await assertAccessible(page, 'the empty plan');

    const form = page.getByRole('region', { name: 'Tilføj en aktivitet' });
    const fill = async ({ title, kind, starts, ends, status, description }) => {
      await form.getByLabel('Aktivitet', { exact: true }).fill(title);
      await form.getByLabel('Slags', { exact: true }).selectOption({ label: kind });
      await form.getByLabel('Start', { exact: true }).fill(starts);
      await form.getByLabel('Slut (valgfri)').fill(ends);
      await form.getByLabel('Status', { exact: true }).selectOption({ label: status });
      await form.getByLabel('Beskrivelse (valgfri)').fill(description);
    };
    await fill({ title: 'Praktik hos afdelingsledelsen', kind: 'Praktik eller jobrotation', starts: isoFromToday(40),
      ends: isoFromToday(30), status: 'Planlagt', description: 'To uger.\nEgen opgave om introduktion.' });
    const refused = await submit(page, 'Tilføj aktiviteten');
    assert.equal(refused.status(), 422);
    await assertShell(page, { title: /^Personlig plan: Ida.* \(fejl\) – Ledelsesportalen$/ });
    assert.match(await page.locator('#ends_on-error').innerText(), /Slutdatoen ligger før startdatoen\./);
    assert.equal(await form.getByLabel('Aktivitet', { exact: true }).inputValue(), 'Praktik hos afdelingsledelsen');
    assert.equal(await form.getByLabel('Beskrivelse (valgfri)').inputValue(), 'To uger.\nEgen opgave om introduktion.');
    await screenshot(page, 'explorer-plan-error');
    await assertAccessible(page, 'the plan with an error');

    await form.getByLabel('Slut (valgfri)').fill(isoFromToday(54));
    await follow(page, page.getByRole('button', { name: 'Tilføj aktiviteten' }));
    assert.match(await page.locator('main').innerText(), /Aktiviteten er tilføjet planen\./);
    await fill({ title: 'Mentorforløb med en erfaren leder', kind: 'Mentorforløb', starts: isoFromToday(10), ends: '',
      status: 'I gang', description: '' });
    await follow(page, page.getByRole('button', { name: 'Tilføj aktiviteten' }));
    await page.getByLabel('Hvem hjælper med planen? (valgfri)').fill('Pia Mørk, lederudviklingskonsulent');
    await follow(page, page.getByRole('button', { name: 'Gem', exact: true }));
    const rows = page.getByRole('region', { name: 'Planens aktiviteter' }).locator('tbody tr');
    assert.equal(await rows.count(), 2);
    assert.match(await rows.nth(0).innerText(), /Praktik hos afdelingsledelsen/);
    assert.match(await page.locator('main').innerText(), /planlagt med hjælp fra Pia Mørk/);
    await assertAccessible(page, 'the plan with two activities');

    await follow(page, rows.nth(1).getByRole('link', { name: /^Ret/ }));
    await assertShell(page, { title: 'Ret aktivitet: Mentorforløb med en erfaren leder' });
    await assertAccessible(page, 'the activity form');
    await follow(page, page.getByRole('link', { name: 'Annuller' }));
  });

  test('Ida marks the plan agreed, and the status counts the personal plan', async () => {
    assert.ok(planPath, 'the plan was made');
    const page = await as(employeeEmail);
    await page.goto(url(planPath));
    await follow(page, page.getByRole('button', { name: 'Planen er aftalt' }));
    const main = await page.locator('main').innerText();
    assert.match(main, /Planen er aftalt\. Det tæller nu med i din status\./);
    assert.match(main, /0 af 4 kursusdage · personlig plan lagt/);
    assert.match(main, /Planen blev aftalt \d\d\.\d\d\.\d{4} kl\. \d\d:\d\d af Ida/);
    assert.equal(await page.getByRole('button', { name: 'Planen er aftalt' }).count(), 0);
    await screenshot(page, 'explorer-plan-agreed');
    await assertAccessible(page, 'the agreed plan');
    await page.goto(url(planPath.replace(/\/plan$/, '')));
    assert.match(await page.locator('main').innerText(), /personlig plan lagt/);
  });

  test('no desktop page broke the Content-Security-Policy or failed to load a resource', () => {
    for (const context of contexts) assertNoProblems(context, `the pages of ${context.who}`);
  });

  describe('without JavaScript on a phone', () => {
    let context;
    let page;
    before(async () => {
      context = await newWatchedContext(browser, { javaScriptEnabled: false, viewport: mobileViewport });
      page = await context.newPage();
      await logIn(page, { userEmail: employeeEmail, userPassword: password });
    });
    after(async () => {
      await context?.close();
    });

    test('the plan fits the phone, and an activity is added and moved up by plain forms', async () => {
      assert.ok(planPath, 'the plan was made');
      await page.goto(url(planPath));
      await assertShell(page, { title: /^Personlig plan: Ida/ });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the plan scrolls sideways by ${overflow} px on a phone`);
      const form = page.getByRole('region', { name: 'Tilføj en aktivitet' });
      await form.getByLabel('Aktivitet', { exact: true }).fill('Netværk for koordinatorer');
      await form.getByLabel('Slags', { exact: true }).selectOption({ label: 'Netværk' });
      await form.getByLabel('Start', { exact: true }).fill(isoFromToday(5));
      await follow(page, page.getByRole('button', { name: 'Tilføj aktiviteten' }));
      let main = await page.locator('main').innerText();
      assert.match(main, /Aktiviteten er tilføjet planen\./);
      assert.match(main, /Ændringer, efter planen blev aftalt/);
      assert.match(main, /„Netværk for koordinatorer“ tilføjet\./);
      await follow(page, page.getByRole('button', { name: /^Flyt op\W+Netværk for koordinatorer$/ }));
      const rows = page.getByRole('region', { name: 'Planens aktiviteter' }).locator('tbody tr');
      assert.match(await rows.nth(1).innerText(), /Netværk for koordinatorer/);
      main = await page.locator('main').innerText();
      assert.match(main, /personlig plan lagt/, 'still agreed');
      await screenshot(page, 'explorer-plan-mobile-no-javascript');
    });

    test('no page broke the Content-Security-Policy or failed to load a resource', () => {
      assertNoProblems(context, 'the plan without JavaScript');
    });
  });
});
