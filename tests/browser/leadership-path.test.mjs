// The whole path of issue 4 in one browser, on the small organisation run.sh loads: Lars Holm, who
// leads Medicinsk Afdeling, writes and publishes the unit's translation, makes the activation plan,
// runs a dialogue-card session whose agreement becomes an activity in the plan, and marks that
// activity done; an employee below reads the plan and the agreement; his leader's leader is asked on
// his start page and approves the plan; the chain view and top management's region view show it. axe-core
// runs on every page on the way that no other file covers (the agreement's activity form).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertAccessible, assertNoProblems, assertShell, follow, isoToday, launchBrowser, logIn,
  newWatchedContext, password, screenshot, skipReason, submit, url,
} from './support.mjs';

const unitLeaderEmail = process.env.LP_BROWSER_UNIT_LEADER_EMAIL ?? '';
const leaderEmail = process.env.LP_BROWSER_LEADER_EMAIL ?? '';
const topEmail = process.env.LP_BROWSER_TOP_EMAIL ?? '';
const employeeEmail = process.env.LP_BROWSER_EMPLOYEE_EMAIL ?? '';
const skip = skipReason || (unitLeaderEmail && leaderEmail && topEmail
  ? false
  : 'set LP_BROWSER_UNIT_LEADER_EMAIL, LP_BROWSER_LEADER_EMAIL and LP_BROWSER_TOP_EMAIL (run.sh does)');
// (LP_BROWSER_EMPLOYEE_EMAIL, also set by run.sh: Ida Nielsen in Sengeafsnit M1, below the unit.)
const unitName = 'Medicinsk Afdeling; Viborg';
const agreementText = 'Vi tager en runde om værdierne på hvert afdelingsmøde i foråret.';
const activityTitle = 'Værdirunde på afdelingsmøderne';

describe('the whole path: translation, plan, dialogue, activity and follow-up', { skip }, () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  describe('top management makes sure there is a current round', () => {
    test('a round exists or is created', async () => {
      const context = await newWatchedContext(browser);
      const page = await context.newPage();
      await logIn(page, { userEmail: topEmail, userPassword: password });
      await page.goto(url('/aktivering'));
      if (await page.getByText('Aktuel runde').count() === 0) {
        await follow(page, page.getByRole('link', { name: 'Opret aktiveringsrunde' }));
        await page.getByLabel('Navn', { exact: true }).fill('Aktivering af ledelsesgrundlaget 2026');
        await page.getByLabel('Start', { exact: true }).fill('2026-06-04');
        await page.getByLabel('Frist for enhedernes planer').fill('2026-10-01');
        await follow(page, page.getByRole('button', { name: 'Opret runde' }));
      }
      assert.ok(await page.getByText('Aktuel runde').count() > 0);
      assertNoProblems(context, 'the rounds page');
      await context.close();
    });
  });

  describe('the unit\'s leader', () => {
    let context;
    let page;
    let unitPath;
    let sessionPath;
    before(async () => {
      context = await newWatchedContext(browser);
      page = await context.newPage();
      await logIn(page, { userEmail: unitLeaderEmail, userPassword: password });
      await page.waitForLoadState('networkidle');
    });
    after(async () => {
      await context?.close();
    });

    test('writes and publishes the unit\'s translation', async () => {
      await page.goto(url('/vores-oversaettelse'));
      await assertShell(page, { title: `Oversættelse: ${unitName}` });
      unitPath = new URL(page.url()).pathname.replace(/\/oversaettelse$/, '');
      await follow(page, page.getByRole('link', { name: 'Skriv enhedens oversættelse', exact: true }));
      await page.locator('#theme-1-title').fill('Vi taler om det svære');
      await page.locator('#theme-1-bullets').fill('Vi siger det højt\nVi lytter færdigt');
      await page.locator('#theme-1-employees').fill('At du bliver hørt, før vi beslutter.');
      await page.locator('#theme-1-leaders').fill('At du siger til.');
      await page.locator('#theme-1-value-dialog').check();
      assert.equal((await submit(page, 'Udgiv')).status(), 200);
      const main = await page.locator('main').innerText();
      assert.match(main, /Oversættelsen er udgivet/);
      assert.match(main, /Version 1, udgivet/);
    });

    test('makes the unit\'s plan', async () => {
      await page.goto(url(`${unitPath}/plan`));
      await assertShell(page, { title: `Aktiveringsplan for ${unitName}` });
      await follow(page, page.getByRole('button', { name: 'Opret enhedens plan' }));
      assert.match(await page.locator('main').innerText(), /Planen er oprettet som kladde/);
    });

    test('plans a dialogue-card session and writes an agreement on the last screen', async () => {
      await page.goto(url(`${unitPath}/dialog/ny`));
      await page.getByLabel('Titel').fill('Afdelingsmøde om værdierne');
      await page.getByLabel('Dato').fill(isoToday());
      await page.getByLabel('Hvornår bliver I hørt?').check();
      await follow(page, page.getByRole('button', { name: 'Opret sessionen' }));
      sessionPath = new URL(page.url()).pathname;
      assert.match(sessionPath, /^\/dialog\/sessioner\/\d+$/);
      await follow(page, page.getByRole('link', { name: 'Vis kortene i fuld skærm' }));
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(/\/vis\/2$/);
      await page.getByLabel(/Ny aftale/).fill(agreementText);
      await follow(page, page.getByRole('button', { name: 'Gem aftalen' }));
      assert.match(await page.locator('main').innerText(), new RegExp(agreementText));
      await follow(page, page.getByRole('link', { name: 'Afslut visningen' }));
      assert.equal(new URL(page.url()).pathname, sessionPath);
    });

    test('the agreement becomes an activity in the plan, after a form with errors', async () => {
      await follow(page, page.getByRole('link', { name: /Gør til aktivitet/ }));
      await assertShell(page, { title: 'Gør aftalen til en aktivitet' });
      assert.match(await page.locator('main').innerText(), /Aftalen fra dialogsessionen/);
      assert.equal(await page.getByLabel('Titel').inputValue(), agreementText, 'the agreement is the suggested title');
      await assertAccessible(page, 'the agreement\'s activity form');
      await page.getByLabel('Titel').fill(activityTitle);
      await page.getByLabel('Slags aktivitet').selectOption({ label: 'Dialogkort-session' });
      await page.getByLabel('Planlagt dato').fill('2019-01-01');
      assert.equal((await submit(page, 'Gør til aktivitet')).status(), 422);
      await assertShell(page, { title: 'Gør aftalen til en aktivitet (fejl)' });
      assert.match(await page.locator('.error-summary').innerText(), /Datoen skal ligge mellem/);
      assert.equal(await page.getByLabel('Titel').inputValue(), activityTitle, 'what was typed is kept');
      await assertAccessible(page, 'the agreement\'s activity form with errors');
      await page.getByLabel('Planlagt dato').fill(isoToday());
      assert.equal((await submit(page, 'Gør til aktivitet')).status(), 200);
      await assertShell(page, { title: `Aktiveringsplan for ${unitName}` });
      const main = await page.locator('main').innerText();
      assert.match(main, /Aftalen er nu en aktivitet i enhedens plan/);
      assert.match(main, new RegExp(activityTitle));
      assert.ok(await page.getByRole('link', { name: 'Fra en aftale i en dialogsession' }).isVisible());
      await screenshot(page, 'path-plan-with-agreement');
    });

    test('the session shows where the agreement went, and the activity is marked done', async () => {
      await page.goto(url(sessionPath));
      assert.match(await page.locator('#aftaler').locator('..').innerText(),
        new RegExp(`Aktivitet i planen: ${activityTitle}`));
      await follow(page, page.getByRole('link', { name: activityTitle }));
      await follow(page, page.getByRole('link', { name: /Marker som gennemført/ }));
      await page.getByLabel('Hvad kom der ud af det (valgfri)').fill('Alle afsnit var med.');
      await follow(page, page.getByRole('button', { name: 'Marker som gennemført' }));
      assert.match(await page.locator('main').innerText(), /Aktiviteten er markeret som gennemført/);
    });

    test('no page broke the Content-Security-Policy or failed to load a resource', () => {
      assertNoProblems(context, 'the whole path');
    });
  });

  // The unit's row: the translation published today, the plan (`plan`), the activity done.
  async function assertUnitRow(page, what, plan) {
    const row = page.locator('table tbody tr', { has: page.locator('th', { hasText: unitName }) });
    assert.equal(await row.count(), 1, `one row for ${unitName} in ${what}`);
    const cells = await row.locator('td').allInnerTexts();
    const text = cells.join(' | ');
    assert.match(text, /Udgivet/, `${what}: the translation is published (${text})`);
    assert.match(text, plan, `${what}: the plan is ${plan} (${text})`);
    return cells;
  }

  describe('an employee below the unit reads what it agreed', () => {
    test('her start page and /aktivering lead to the plan and the agreements, with nothing to change', async () => {
      const context = await newWatchedContext(browser);
      const page = await context.newPage();
      await logIn(page, { userEmail: employeeEmail, userPassword: password });
      await assertShell(page, { title: 'Forside' });
      assert.match(await page.locator('main').innerText(), /Der venter ikke noget på dig lige nu\./);
      await assertAccessible(page, 'an employee\'s start page with nothing waiting');
      await page.goto(url('/aktivering'));
      const rounds = await page.locator('main').innerText();
      assert.match(rounds, /Din enheds plan/);
      assert.match(rounds, /planen omfatter også Sengeafsnit M1/);
      await follow(page, page.getByRole('link', { name: `Aktiveringsplan for ${unitName}` }));
      await assertShell(page, { title: `Aktiveringsplan for ${unitName}` });
      const plan = await page.locator('main').innerText();
      assert.match(plan, new RegExp(activityTitle));
      assert.equal(await page.getByRole('link', { name: 'Tilføj aktivitet' }).count(), 0, 'nothing to change');
      await assertAccessible(page, 'the plan as an employee reads it');
      await page.goto(url('/aktivering'));
      await follow(page, page.getByRole('link', { name: `Dialogsessioner og aftaler i ${unitName}` }));
      await follow(page, page.getByRole('link', { name: 'Afdelingsmøde om værdierne' }));
      assert.match(await page.locator('main').innerText(), new RegExp(agreementText));
      assert.equal(await page.getByRole('button', { name: 'Gem aftalen' }).count(), 0, 'no agreement form');
      await assertAccessible(page, 'a dialogue session as an employee reads it');
      assertNoProblems(context, 'the employee\'s pages');
      await context.close();
    });
  });

  describe('the leader\'s leader and top management follow up', () => {
    test('the leader\'s leader sees the unit\'s progress in his chain view', async () => {
      const context = await newWatchedContext(browser);
      const page = await context.newPage();
      await logIn(page, { userEmail: leaderEmail, userPassword: password });
      await page.goto(url('/opfoelgning'));
      await assertShell(page, { title: 'Opfølgning' });
      const cells = await assertUnitRow(page, 'the chain view', /Kladde/);
      // Planlagt, Gennemført, Overskredet follow the leaders, translation and plan columns.
      assert.deepEqual(cells.slice(3, 6).map((c) => c.trim()), ['0', '1', '0'], 'one activity done, none left');
      assertNoProblems(context, 'the chain view');
      await context.close();
    });

    test('the leader\'s leader is asked on his start page, and approves the plan', async () => {
      const context = await newWatchedContext(browser);
      const page = await context.newPage();
      await logIn(page, { userEmail: leaderEmail, userPassword: password });
      await assertShell(page, { title: 'Forside' });
      const start = await page.locator('main').innerText();
      assert.match(start, new RegExp(`Godkend planen for ${unitName}`));
      assert.match(start, /Status under dig/);
      await screenshot(page, 'start-leader');
      await assertAccessible(page, 'a leader\'s start page with things waiting');
      await follow(page, page.getByRole('link', { name: new RegExp(`^Se og godkend planen.*${unitName}`) }));
      await assertShell(page, { title: `Aktiveringsplan for ${unitName}` });
      await follow(page, page.getByRole('button', { name: 'Godkend planen' }));
      const main = await page.locator('main').innerText();
      assert.match(main, /Planen er godkendt/);
      assert.match(main, /Godkendt \d\d\.\d\d\.\d{4} af Jens Østergaard/);
      await assertAccessible(page, 'an approved plan, as its approver sees it');
      await page.goto(url('/'));
      assert.doesNotMatch(await page.locator('main').innerText(), new RegExp(`Godkend planen for ${unitName}`));
      assertNoProblems(context, 'the approval');
      await context.close();
    });

    test('top management finds the unit in the region table and the heat map counts it', async () => {
      const context = await newWatchedContext(browser);
      const page = await context.newPage();
      await logIn(page, { userEmail: topEmail, userPassword: password });
      await page.goto(url('/opfoelgning/region'));
      await page.locator('#omraade').selectOption({ label: 'Hospitalsenhederne' });
      await follow(page, page.getByRole('button', { name: 'Vis' }));
      await assertUnitRow(page, 'the region table', /Godkendt/);
      const heat = await page.locator('table.portal-heatmap').innerText();
      assert.match(heat, /Hospitalsenhederne/);
      await screenshot(page, 'path-region');
      assertNoProblems(context, 'the region view');
      await context.close();
    });
  });
});
