// Browser tests of activation on the small organisation run.sh loads: top management (here the
// administrator, who holds the same permission) sets a round, with a form with errors on the way;
// the leader of Hospitalsenhed Midt makes the unit's plan, adds an activity (after a form with
// errors), marks it done and is told who approves the plan (the leader above: the approval itself is
// in leadership-path.test.mjs); the leaders' overview; axe-core on every page and every form with
// errors; and adding, cancelling (with a reason) and taking up again an activity without JavaScript.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertAccessible, assertNoProblems, assertShell, follow, heading, isoToday, launchBrowser, logIn, openPart,
  mobileViewport, newWatchedContext, password, screenshot, skipReason, url,
} from './support.mjs';

const leaderEmail = process.env.LP_BROWSER_LEADER_EMAIL ?? '';
const skip = skipReason || (leaderEmail ? false : 'set LP_BROWSER_LEADER_EMAIL (run.sh does)');
const roundName = 'Aktivering af ledelsesgrundlaget 2026';

describe('activation in a browser', { skip }, () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  describe('top management sets a round (desktop, JavaScript on)', () => {
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

    test('the rounds page is a part of the foundation section and passes axe', async () => {
      await openPart(page, 'Ledelsesgrundlaget', '/aktivering');
      assert.equal(await page.getByRole('navigation', { name: 'Ledelsesgrundlaget', exact: true })
        .locator('a[aria-current="page"]').getAttribute('href'), '/aktivering', 'the side menu marks the part');
      await assertShell(page, { title: 'Aktivering af ledelsesgrundlaget' });
      assert.equal(await heading(page), 'Aktivering af ledelsesgrundlaget');
      await assertAccessible(page, 'the rounds page');
    });

    test('a round with errors comes back with Danish messages and what was typed', async () => {
      await follow(page, page.getByRole('link', { name: 'Opret aktiveringsrunde' }));
      await assertShell(page, { title: 'Ny aktiveringsrunde' });
      await assertAccessible(page, 'the new round form');
      await page.getByLabel('Beskrivelse (valgfri)').fill('Fra lanceringen på **Ledertræf**.');
      await page.getByLabel('Start', { exact: true }).fill('2019-06-04');
      await page.getByLabel('Frist for enhedernes planer').fill('2026-10-01');
      await follow(page, page.getByRole('button', { name: 'Opret runde' }));
      await assertShell(page, { title: 'Ny aktiveringsrunde (fejl)' });
      const main = await page.locator('main').innerText();
      assert.match(main, /Skriv et navn\./);
      assert.match(main, /Datoen skal ligge mellem 01\.01\.2020 og 31\.12\.2035\./);
      assert.equal(await page.getByLabel('Beskrivelse (valgfri)').inputValue(), 'Fra lanceringen på **Ledertræf**.');
      await screenshot(page, 'activation-round-errors');
      await assertAccessible(page, 'the round form with errors');
    });

    test('a valid round is created and listed', async () => {
      await page.getByLabel('Navn', { exact: true }).fill(roundName);
      await page.getByLabel('Start', { exact: true }).fill('2026-06-04');
      await follow(page, page.getByRole('button', { name: 'Opret runde' }));
      await assertShell(page, { title: 'Aktivering af ledelsesgrundlaget' });
      const main = await page.locator('main').innerText();
      assert.match(main, /Aktiveringsrunden er oprettet/);
      assert.match(main, new RegExp(roundName));
      assert.match(main, /Start 04\.06\.2026\. Frist for planer 01\.10\.2026\./);
      await follow(page, page.getByRole('link', { name: /Ret runden/ }));
      await assertShell(page, { title: 'Ret aktiveringsrunde' });
      await assertAccessible(page, 'the edit round form');
    });

    test('no page broke the Content-Security-Policy or failed to load a resource', () => {
      assertNoProblems(context, 'the round pages');
    });
  });

  describe('a leader makes the plan, adds an activity and marks it done (desktop)', () => {
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

    test('the unit has no plan yet, and the leader creates it', async () => {
      await page.goto(url('/aktivering'));
      await follow(page, page.getByRole('link', { name: 'Aktiveringsplan for Hospitalsenhed Midt' }));
      await assertShell(page, { title: 'Aktiveringsplan for Hospitalsenhed Midt' });
      assert.match(await page.locator('main').innerText(), /Enheden har ingen plan i runden/);
      await assertAccessible(page, 'a plan page without a plan');
      await follow(page, page.getByRole('button', { name: 'Opret enhedens plan' }));
      const main = await page.locator('main').innerText();
      assert.match(main, /Planen er oprettet som kladde/);
      assert.match(main, /Planen har ingen aktiviteter endnu/);
      await assertAccessible(page, 'a draft plan');
    });

    test('an activity with errors comes back with the typed values, then is added', async () => {
      await follow(page, page.getByRole('link', { name: 'Tilføj aktivitet' }));
      await assertShell(page, { title: 'Ny aktivitet' });
      await assertAccessible(page, 'the new activity form');
      await page.getByLabel('Titel').fill('Dialog om værdierne i ledergruppen');
      await page.getByLabel('Planlagt dato').fill('2036-01-01');
      await page.getByLabel('Deltagere (valgfri)').fill('Ledergruppen');
      await follow(page, page.getByRole('button', { name: 'Tilføj aktivitet' }));
      await assertShell(page, { title: 'Ny aktivitet (fejl)' });
      const main = await page.locator('main').innerText();
      assert.match(main, /Vælg, hvilken slags aktivitet det er\./);
      assert.match(main, /Datoen skal ligge mellem/);
      assert.match(main, /Angiv, hvem der er ansvarlig/);
      assert.equal(await page.getByLabel('Titel').inputValue(), 'Dialog om værdierne i ledergruppen');
      assert.equal(await page.getByLabel('Deltagere (valgfri)').inputValue(), 'Ledergruppen');
      await screenshot(page, 'activation-activity-errors');
      await assertAccessible(page, 'the activity form with errors');

      await page.getByLabel('Slags aktivitet').selectOption({ label: 'Dialog i ledelseskæden' });
      await page.getByLabel('Planlagt dato').fill(isoToday());
      await page.getByLabel('Person', { exact: true }).selectOption({ index: 1 });
      await follow(page, page.getByRole('button', { name: 'Tilføj aktivitet' }));
      await assertShell(page, { title: 'Aktiveringsplan for Hospitalsenhed Midt' });
      const plan = await page.locator('main').innerText();
      assert.match(plan, /Aktiviteten er tilføjet planen/);
      assert.match(plan, /Dialog om værdierne i ledergruppen/);
      assert.match(plan, /Dialog i ledelseskæden/);
      assert.match(plan, /Jens Østergaard/);
      await assertAccessible(page, 'a plan with an activity');
    });

    test('the activity is marked done with outcome and agreements', async () => {
      await follow(page, page.getByRole('link', { name: /Marker som gennemført/ }));
      await assertShell(page, { title: 'Marker aktiviteten som gennemført' });
      assert.equal(await page.getByLabel('Gennemført den').inputValue(), isoToday());
      await assertAccessible(page, 'the completion form');
      await page.getByLabel('Gennemført den').fill('2035-01-01');
      await page.getByLabel('Hvad kom der ud af det (valgfri)').fill('Vi talte om *dristighed*.');
      await follow(page, page.getByRole('button', { name: 'Marker som gennemført' }));
      await assertShell(page, { title: 'Marker aktiviteten som gennemført (fejl)' });
      assert.match(await page.locator('main').innerText(), /Datoen kan ikke ligge efter i dag/);
      assert.equal(await page.getByLabel('Hvad kom der ud af det (valgfri)').inputValue(), 'Vi talte om *dristighed*.');
      await assertAccessible(page, 'the completion form with errors');
      await page.getByLabel('Gennemført den').fill(isoToday());
      await page.getByLabel('Aftaler (valgfri)').fill('Vi gentager dialogen i marts.');
      await follow(page, page.getByRole('button', { name: 'Marker som gennemført' }));
      const main = await page.locator('main').innerText();
      assert.match(main, /Aktiviteten er markeret som gennemført/);
      assert.match(main, /Gennemført/);
      assert.equal(await page.locator('.portal-activity em', { hasText: 'dristighed' }).count(), 1);
      assert.match(main, /Vi gentager dialogen i marts\./);
    });

    test('the plan says who approves it: the leader above, not the unit', async () => {
      const main = await page.locator('main').innerText();
      assert.match(main, /Status: Kladde/);
      assert.match(main, /Planen godkendes af lederen over enheden: Mette Sørensen\./);
      assert.equal(await page.getByRole('button', { name: 'Godkend planen' }).count(), 0);
      await screenshot(page, 'activation-plan');
      await assertAccessible(page, 'a draft plan');
    });

    test('cancelling asks for a reason on its own page, and Annuller leaves the activity as it was', async () => {
      await follow(page, page.getByRole('link', { name: 'Tilføj aktivitet' }));
      await page.getByLabel('Slags aktivitet').selectOption({ label: 'Case-værksted' });
      await page.getByLabel('Titel').fill('Case-værksted om dristighed');
      await page.getByLabel('Planlagt dato').fill('2035-03-02');
      await page.getByLabel('Person', { exact: true }).selectOption({ index: 1 });
      await follow(page, page.getByRole('button', { name: 'Tilføj aktivitet' }));
      assert.match(await page.locator('main').innerText(), /Aktiviteten er tilføjet planen/);
      await follow(page, page.getByRole('link', { name: 'Aflys Case-værksted om dristighed' }));
      await assertShell(page, { title: 'Aflys aktiviteten' });
      assert.match(await page.locator('main').innerText(), /planlagt 02\.03\.2035/);
      await assertAccessible(page, 'the cancellation page');
      await follow(page, page.getByRole('button', { name: 'Aflys aktiviteten' }));
      await assertShell(page, { title: 'Aflys aktiviteten (fejl)' });
      await assertAccessible(page, 'the cancellation page with an error');
      await page.getByLabel('Hvorfor aflyses aktiviteten?').fill('Flyttes måske');
      await follow(page, page.getByRole('link', { name: 'Annuller' }));
      await assertShell(page, { title: 'Aktiveringsplan for Hospitalsenhed Midt' });
      const main = await page.locator('main').innerText();
      assert.match(main, /Case-værksted om dristighed/);
      assert.doesNotMatch(main, /Flyttes måske/);
      assert.equal(await page.getByRole('link', { name: 'Aflys Case-værksted om dristighed' }).count(), 1);
    });

    test('the leaders\' overview lists the units led and what needs attention', async () => {
      await page.goto(url('/aktivering/mine-enheder'));
      await assertShell(page, { title: 'Mine enheders planer' });
      const main = await page.locator('main').innerText();
      assert.match(main, /Enheder, du leder/);
      assert.match(main, /Hospitalsenhed Midt/);
      assert.match(main, /Mangler, fristen er overskredet/, 'units below without a plan');
      await screenshot(page, 'activation-my-units');
      await assertAccessible(page, 'the leaders\' overview');
    });

    test('no page broke the Content-Security-Policy or failed to load a resource', () => {
      assertNoProblems(context, 'the plan pages');
    });
  });

  describe('without JavaScript on a phone', () => {
    let context;
    let page;
    before(async () => {
      context = await newWatchedContext(browser, { javaScriptEnabled: false, viewport: mobileViewport });
      page = await context.newPage();
      await logIn(page, { userEmail: leaderEmail, userPassword: password });
      await page.waitForLoadState('networkidle');
    });
    after(async () => {
      await context?.close();
    });

    test('an activity is added and cancelled', async () => {
      await page.goto(url('/aktivering'));
      await follow(page, page.getByRole('link', { name: 'Aktiveringsplan for Hospitalsenhed Midt' }));
      await follow(page, page.getByRole('link', { name: 'Tilføj aktivitet' }));
      await page.getByLabel('Slags aktivitet').selectOption({ label: 'Case-værksted' });
      await page.getByLabel('Titel').fill('Case-værksted uden JavaScript');
      await page.getByLabel('Planlagt dato').fill('2027-02-01');
      await page.getByLabel('Navn eller funktion').fill('HR-partneren');
      await follow(page, page.getByRole('button', { name: 'Tilføj aktivitet' }));
      assert.match(await page.locator('main').innerText(), /Case-værksted uden JavaScript/);
      await follow(page, page.getByRole('link', { name: 'Aflys Case-værksted uden JavaScript' }));
      await assertShell(page, { title: 'Aflys aktiviteten' });
      await follow(page, page.getByRole('button', { name: 'Aflys aktiviteten' }));
      await assertShell(page, { title: 'Aflys aktiviteten (fejl)' });
      assert.match(await page.locator('main').innerText(), /Skriv, hvorfor aktiviteten aflyses\./);
      // (axe needs JavaScript in the page; this context runs without it.)
      await page.getByLabel('Hvorfor aflyses aktiviteten?').fill('HR-partneren er på barsel.');
      await follow(page, page.getByRole('button', { name: 'Aflys aktiviteten' }));
      let main = await page.locator('main').innerText();
      assert.match(main, /Aktiviteten er aflyst/);
      assert.match(main, /HR-partneren er på barsel\./);
      // Undone: planned again.
      await follow(page, page.getByRole('button', { name: 'Genoptag Case-værksted uden JavaScript' }));
      main = await page.locator('main').innerText();
      assert.match(main, /Aktiviteten er genoptaget/);
      assert.doesNotMatch(main, /HR-partneren er på barsel/);
    });

    test('no page broke the Content-Security-Policy or failed to load a resource', () => {
      assertNoProblems(context, 'the plan pages without JavaScript');
    });
  });
});
