// Browser tests of the Rejsefæller teams (issue 17) on the small organisation run.sh loads, where
// Medicinsk Afdeling is led by Anne Kjær (since 2025) and Lars Holm together: a new shared leadership.
// The administrator runs the job "rejsefaeller-tilbud" from "Mail og planlagte job", and it offers
// the pair a team; Koncern HR finds it in the list of teams and assigns a consultant; Lars gets the
// message, opens the team, tries to decline without a reason, accepts, plans a meeting after a form
// with errors and marks it held, which counts as a sparring session for him. axe-core on every new
// page on the way (never in a context without JavaScript: axe needs it); the team's page on a phone
// without JavaScript, where a meeting is planned too.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertAccessible, assertNoProblems, assertShell, follow, heading, isoToday, launchBrowser, logIn,
  mobileViewport, newWatchedContext, openPart, password, screenshot, skipReason, submit, url,
} from './support.mjs';

const adminEmail = process.env.LP_BROWSER_EMAIL ?? '';
const hrEmail = process.env.LP_BROWSER_HR_EMAIL ?? '';
const unitLeaderEmail = process.env.LP_BROWSER_UNIT_LEADER_EMAIL ?? '';
const skip = skipReason || (hrEmail && unitLeaderEmail ? false
  : 'set LP_BROWSER_HR_EMAIL and LP_BROWSER_UNIT_LEADER_EMAIL (run.sh does)');

const teamName = 'Lederparret i Medicinsk Afdeling; Viborg';
const theme = 'Roller og ansvar i den fælles ledelse';

describe('Rejsefæller teams in a browser: offered by the job, accepted, a meeting planned and held', { skip }, () => {
  let browser;
  const contexts = [];
  const pages = {};
  let teamPath = '';
  // A desktop page logged in as `who` (its login is made once and kept through the file).
  async function as(who) {
    if (!pages[who]) {
      const context = await newWatchedContext(browser);
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

  test('the administrator runs the offering job, and it offers the pair a team', async () => {
    const page = await as(adminEmail);
    await page.goto(url('/administration/mail'));
    await follow(page, page.getByRole('button', { name: 'Kør rejsefaeller-tilbud nu' }));
    await assertShell(page, { title: 'Mail og planlagte job' });
    assert.match(await page.locator('main').innerText(), /Jobbet er kørt\./);
    const row = page.getByRole('region', { name: 'Planlagte job' }).locator('tr', { hasText: 'rejsefaeller-tilbud' });
    assert.match(await row.innerText(), /\(ok\): 1 hold tilbudt Rejsefæller/);
    await follow(page, page.getByRole('button', { name: 'Kør rejsefaeller-tilbud nu' }));
    const again = page.getByRole('region', { name: 'Planlagte job' }).locator('tr', { hasText: 'rejsefaeller-tilbud' });
    assert.match(await again.innerText(), /\(ok\): 0 hold tilbudt Rejsefæller/, 'nothing offered twice');
  });

  test('Koncern HR finds the team in the list and assigns the consultant', async () => {
    const page = await as(hrEmail);
    await openPart(page, 'Lederudvikling', '/udvikling/hold');
    await assertShell(page, { title: 'Rejsefæller-hold' });
    const row = page.getByRole('region', { name: 'Rejsefæller-hold' }).locator('tr', { hasText: teamName });
    const text = await row.innerText();
    assert.match(text, /Medicinsk Afdeling/);
    assert.match(text, /Anne Kjær/);
    assert.match(text, /Lars Holm/);
    assert.match(text, /Tilbudt/);
    assert.match(text, /Ikke tildelt/);
    await screenshot(page, 'teams-list');
    await assertAccessible(page, 'the list of teams');

    await follow(page, row.getByRole('link', { name: teamName }));
    await assertShell(page, { title: teamName });
    teamPath = new URL(page.url()).pathname;
    assert.match(teamPath, /^\/udvikling\/hold\/\d+$/);
    await assertAccessible(page, 'the team page for Koncern HR');
    await follow(page, page.getByRole('link', { name: 'Ret holdets navn og tildel en konsulent' }));
    await assertShell(page, { title: `Ret ${teamName}` });
    await page.getByLabel('Konsulentens e-mailadresse (valgfri)').fill('ikke en adresse');
    await page.getByLabel('Ledelseskonsulent (valgfri)').fill('Birgitte Lund');
    const refused = await submit(page, 'Gem holdet');
    assert.equal(refused.status(), 422);
    await assertShell(page, { title: `Ret ${teamName} (fejl)` });
    assert.match(await page.locator('#consultant_email-error').innerText(), /Skriv en gyldig e-mailadresse/);
    assert.equal(await page.getByLabel('Ledelseskonsulent (valgfri)').inputValue(), 'Birgitte Lund');
    await screenshot(page, 'teams-form-errors');
    await assertAccessible(page, 'the team form with errors');
    await page.getByLabel('Konsulentens e-mailadresse (valgfri)').fill('birgitte.lund@rm.dk');
    const saved = await submit(page, 'Gem holdet');
    assert.equal(saved.status(), 200);
    assert.equal(new URL(page.url()).pathname, teamPath);
    assert.match(await page.locator('main').innerText(), /Holdet er gemt\./);
    assert.match(await page.locator('main').innerText(), /Birgitte Lund, birgitte\.lund@rm\.dk/);
  });

  test('Lars is told, opens the team and cannot decline without a reason', async () => {
    const page = await as(unitLeaderEmail);
    await page.goto(url('/beskeder'));
    await assertShell(page, { title: 'Beskeder' });
    await follow(page, page.getByRole('link', { name: /Tilbud om Rejsefæller til jeres fælles ledelse af Medicinsk Afdeling/ }));
    if (new URL(page.url()).pathname !== teamPath) {
      // The message's page links on to the team.
      await follow(page, page.locator(`main a[href="${teamPath}"]`).first());
    }
    await assertShell(page, { title: teamName });
    const main = await page.locator('main').innerText();
    assert.match(main, /Anne Kjær/);
    assert.match(main, /Klinisk leder siden 01\.03\.2025/);
    assert.match(main, /Birgitte Lund/);
    await screenshot(page, 'teams-offered');
    await assertAccessible(page, 'the offered team for a member');

    const refused = await submit(page, 'Vi takker nej');
    assert.equal(refused.status(), 422);
    await assertShell(page, { title: `${teamName} (fejl)` });
    assert.match(await page.locator('#reason-error').innerText(), /Skriv kort, hvorfor I takker nej/);
    await assertAccessible(page, 'the team page with the refused no');
  });

  test('Lars accepts for the team and both are enrolled', async () => {
    const page = await as(unitLeaderEmail);
    await submit(page, 'Vi vil gerne deltage');
    await assertShell(page, { title: teamName });
    const main = await page.locator('main').innerText();
    assert.match(main, /Velkommen på Rejsefæller/);
    assert.match(main, /0 af 4 sparringer/);
    assert.equal(await page.getByRole('button', { name: 'Vi vil gerne deltage' }).count(), 0);
    await assertAccessible(page, 'the active team');
  });

  test('Lars plans a meeting after a form with errors and marks it held', async () => {
    const page = await as(unitLeaderEmail);
    await follow(page, page.getByRole('link', { name: 'Planlæg et møde' }));
    await assertShell(page, { title: `Nyt møde i holdets plan: ${teamName}` });
    assert.equal(await heading(page), 'Nyt møde i holdets plan');
    await assertAccessible(page, 'the meeting form');
    await page.getByLabel('Dato', { exact: true }).fill(isoToday());
    await page.getByLabel('Starter kl.').fill('15:00');
    await page.getByLabel('Slutter kl.').fill('14:00');
    await page.getByLabel('Sted', { exact: true }).fill('Afdelingens mødelokale');
    await page.getByLabel('Aftaler og noter (valgfri)').fill('Vi deler personaleansvaret.\nSvære sager tager vi sammen.');
    const refused = await submit(page, 'Føj mødet til planen');
    assert.equal(refused.status(), 422);
    await assertShell(page, { title: `Nyt møde i holdets plan: ${teamName} (fejl)` });
    assert.match(await page.locator('#ends-error').innerText(), /Sluttidspunktet skal ligge efter starten\./);
    assert.match(await page.locator('#theme-error').innerText(), /Skriv mødets tema\./);
    assert.equal(await page.getByLabel('Aftaler og noter (valgfri)').inputValue(),
      'Vi deler personaleansvaret.\nSvære sager tager vi sammen.', 'what was typed, line breaks and all');
    await screenshot(page, 'teams-meeting-errors');
    await assertAccessible(page, 'the meeting form with errors');

    await page.getByLabel('Slutter kl.').fill('16:30');
    await page.getByLabel('Tema').fill(theme);
    await submit(page, 'Føj mødet til planen');
    await assertShell(page, { title: teamName });
    let main = await page.locator('main').innerText();
    assert.match(main, /Mødet står nu i holdets plan\./);
    assert.match(main, /0 møder afholdt/);
    await follow(page, page.getByRole('button', { name: new RegExp(`^Marker som afholdt\\s+–\\s+${theme}$`) }));
    await assertShell(page, { title: teamName });
    main = await page.locator('main').innerText();
    assert.match(main, /tæller som en ledersparring for hele holdet/);
    assert.match(main, /1 møde afholdt/);
    assert.match(main, /1 af 4 sparringer/);
    assert.match(main, /Vi deler personaleansvaret\.\nSvære sager tager vi sammen\./, 'the agreements on their lines');
    await screenshot(page, 'teams-meeting-held');
    await assertAccessible(page, 'the team with a held meeting');
  });

  test('no page broke the Content-Security-Policy or failed to load a resource', () => {
    for (const context of contexts) assertNoProblems(context, 'the team pages');
  });

  describe('the team page on a phone without JavaScript', () => {
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

    test('the team page fits the screen and a meeting is planned with the plain form', async () => {
      assert.ok(teamPath, 'the team was found');
      await page.goto(url(teamPath));
      await assertShell(page, { title: teamName });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the team page scrolls sideways by ${overflow} px on a phone`);
      await screenshot(page, 'teams-mobile-no-javascript');
      await follow(page, page.getByRole('link', { name: 'Planlæg et møde' }));
      await page.getByLabel('Dato', { exact: true }).fill(isoToday());
      await page.getByLabel('Starter kl.').fill('08:00');
      await page.getByLabel('Slutter kl.').fill('09:00');
      await page.getByLabel('Sted', { exact: true }).fill('Online');
      await page.getByLabel('Tema').fill('Beslutninger');
      await follow(page, page.getByRole('button', { name: 'Føj mødet til planen' }));
      await assertShell(page, { title: teamName });
      assert.match(await page.locator('main').innerText(), /Mødet står nu i holdets plan\./);
      await follow(page, page.getByRole('button', { name: /^Aflys mødet\s+–\s+Beslutninger$/ }));
      assert.match(await page.locator('main').innerText(), /Aflyst/);
    });

    test('no page broke the Content-Security-Policy or failed to load a resource', () => {
      assertNoProblems(context, 'the team pages without JavaScript');
    });
  });
});
