// Browser tests of the dialogue tools on the organisation run.sh loads: the library; a leader plans a
// session for a unit they lead, shows its cards full screen, moves on with the arrow keys and writes
// an agreement on the last screen; an editor (the administrator login) adds a card with bad input
// first. axe-core runs on every page; the planning form is also used without JavaScript.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertAccessible, assertNoProblems, assertShell, follow, heading, launchBrowser, logIn, openPart,
  mobileViewport, newWatchedContext, password, screenshot, skipReason, url,
} from './support.mjs';

const leaderEmail = process.env.LP_BROWSER_LEADER_EMAIL ?? '';
const skip = skipReason || (leaderEmail ? false : 'set LP_BROWSER_LEADER_EMAIL (run.sh does)');

describe('the dialogue tools in a browser', { skip }, () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  describe('a leader plans and holds a dialogue session (desktop, JavaScript on)', () => {
    let context;
    let page;
    let sessionUrl;
    before(async () => {
      context = await newWatchedContext(browser);
      page = await context.newPage();
      await logIn(page, { userEmail: leaderEmail, userPassword: password });
      await page.waitForLoadState('networkidle');
    });
    after(async () => {
      await context?.close();
    });

    test('the library shows the cards by topic and filters them', async () => {
      await openPart(page, 'Ledelsesgrundlaget', '/dialog');
      await assertShell(page, { title: 'Dialogværktøjer' });
      assert.ok(await page.getByRole('heading', { name: /Dialog$/, level: 2 }).isVisible());
      assert.ok(await page.getByRole('link', { name: 'Hvornår bliver I hørt?' }).isVisible());
      await screenshot(page, 'dialogue-library');
      await assertAccessible(page, 'the dialogue library');

      await page.getByLabel('Vis kort om').selectOption('dristighed');
      await follow(page, page.getByRole('button', { name: 'Vis' }));
      assert.match(await page.locator('main').innerText(), /Kort om Dristighed: 3 kort\./);
      await follow(page, page.getByRole('link', { name: 'Forslaget der blev liggende' }));
      await assertShell(page, { title: 'Forslaget der blev liggende' });
      assert.match(await page.locator('main').innerText(), /Case om Dristighed/);
      await assertAccessible(page, 'a card');
    });

    test('an incomplete session is refused with the errors next to the fields', async () => {
      await page.goto(url('/dialog'));
      await follow(page, page.getByRole('link', { name: 'Hospitalsenhed Midt' }));
      await assertShell(page, { title: 'Dialogsessioner i Hospitalsenhed Midt' });
      await assertAccessible(page, "a unit's sessions");
      await follow(page, page.getByRole('link', { name: 'Planlæg en dialogsession' }));
      await page.getByLabel('Titel').fill('Temamøde om dialog');
      await page.getByLabel('Dato').fill('2019-05-01');
      await follow(page, page.getByRole('button', { name: 'Opret sessionen' }));
      await assertShell(page, { title: 'Ny dialogsession (fejl)' });
      const summary = page.locator('.error-summary');
      assert.match(await summary.innerText(), /Datoen skal ligge mellem 01\.01\.2020 og 31\.12\.2035\./);
      assert.match(await summary.innerText(), /Vælg mindst ét kort eller én case\./);
      assert.equal(await page.getByLabel('Titel').inputValue(), 'Temamøde om dialog', 'the title is kept');
      await screenshot(page, 'dialogue-session-errors');
      await assertAccessible(page, 'the new session form with errors');
    });

    test('the leader picks cards and creates the session', async () => {
      await page.getByLabel('Dato').fill('2026-12-10');
      await page.getByLabel('Hvornår bliver I hørt?').check();
      await page.getByLabel('Forslaget der blev liggende').check();
      await follow(page, page.getByRole('button', { name: 'Opret sessionen' }));
      await assertShell(page, { title: 'Temamøde om dialog' });
      sessionUrl = page.url();
      assert.match(sessionUrl, /\/dialog\/sessioner\/\d+$/);
      assert.match(await page.locator('main').innerText(), /Sessionens 2 kort/);
      await screenshot(page, 'dialogue-session');
      await assertAccessible(page, 'a session');
    });

    test('the card view fills the screen and the arrow keys move between cards', async () => {
      await follow(page, page.getByRole('link', { name: 'Vis kortene i fuld skærm' }));
      assert.equal(await heading(page), 'Hvornår bliver I hørt?');
      assert.equal(await page.locator('header.header').count(), 0, 'no portal header on the meeting screen');
      assert.match(await page.locator('main').innerText(), /kort 1 af 2/);
      // Readable across a meeting room: the card's questions are set large, not at DKFDS's 16 px.
      const size = await page.locator('.portal-slide-body li').first().evaluate((li) => {
        const style = getComputedStyle(li);
        return { font: parseFloat(style.fontSize), line: parseFloat(style.lineHeight) };
      });
      assert.ok(size.font >= 28, `the questions are ${size.font}px`);
      assert.ok(size.line >= size.font * 1.2, `the lines (${size.line}px) do not overlap`);
      await screenshot(page, 'dialogue-slide');
      await assertAccessible(page, 'the full-screen card view');
      await Promise.all([page.waitForURL(/\/vis\/2$/), page.keyboard.press('ArrowRight')]);
      assert.equal(await heading(page), 'Forslaget der blev liggende');
      await Promise.all([page.waitForURL(/\/vis\/3$/), page.keyboard.press('ArrowRight')]);
      assert.equal(await heading(page), 'Hvad aftaler vi?');
      await assertAccessible(page, 'the agreements screen');
      // In the text field the arrows move the cursor, not the slides.
      await page.getByLabel(/Ny aftale/).fill('Vi følger op på forslag inden for to uger.');
      await page.keyboard.press('ArrowLeft');
      assert.match(page.url(), /\/vis\/3$/);
      await follow(page, page.getByRole('button', { name: 'Gem aftalen' }));
      assert.match(page.url(), /\/vis\/3$/);
      assert.match(await page.locator('main').innerText(), /Vi følger op på forslag inden for to uger\./);
      await follow(page, page.getByRole('link', { name: 'Afslut visningen' }));
      assert.equal(page.url(), sessionUrl);
      assert.match(await page.locator('#aftaler').locator('..').innerText(), /Vi følger op på forslag/);
    });

    test('the full-screen button keeps the cards in full screen from card to card', async () => {
      await page.goto(`${sessionUrl}/vis/1`);
      const button = page.getByRole('button', { name: 'Fuld skærm' });
      assert.ok(await button.isVisible(), 'the button is shown where the browser can go full screen');
      await button.click();
      await page.waitForFunction(() => document.fullscreenElement !== null);
      // The next card replaces this one in place: no new page is loaded, so full screen stays on.
      await page.evaluate(() => { window.portalStayedOnPage = true; });
      await Promise.all([page.waitForURL(/\/vis\/2$/), page.keyboard.press('ArrowRight')]);
      await page.waitForFunction(() => document.querySelector('h1')?.textContent.includes('Forslaget'));
      assert.equal(await heading(page), 'Forslaget der blev liggende');
      assert.equal(await page.evaluate(() => window.portalStayedOnPage === true), true, 'the page was not reloaded');
      assert.equal(await page.evaluate(() => document.fullscreenElement !== null), true, 'still in full screen');
      assert.match(await page.title(), /Forslaget der blev liggende/);
      await assertAccessible(page, 'the card view in full screen');
      await page.getByRole('button', { name: 'Forlad fuld skærm' }).click();
      await page.waitForFunction(() => document.fullscreenElement === null);
      assert.ok(await page.getByRole('button', { name: 'Fuld skærm' }).isVisible());
    });

    test('no page broke the Content-Security-Policy or failed to load a resource', () => {
      assertNoProblems(context, 'dialogue flow');
    });
  });

  describe('an editor adds a card (desktop)', () => {
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

    test('bad input is refused, then the card is saved and shown harmlessly', async () => {
      await page.goto(url('/dialog'));
      await follow(page, page.getByRole('link', { name: 'Nyt kort eller ny case' }));
      await assertShell(page, { title: 'Nyt kort' });
      await page.getByLabel('Tekst', { exact: true }).fill('- Hvad gør vi, når <script>alert(1)</script> dukker op?');
      await follow(page, page.getByRole('button', { name: 'Gem kortet' }));
      await assertShell(page, { title: 'Nyt kort (fejl)' });
      assert.match(await page.locator('.error-summary').innerText(), /Skriv en titel\./);
      assert.match(await page.getByLabel('Tekst', { exact: true }).inputValue(), /<script>alert\(1\)<\/script>/, 'the text is kept');
      await assertAccessible(page, 'the card form with errors');

      await page.getByLabel('Titel').fill('Når noget uventet dukker op');
      await page.getByLabel('Emne').selectOption('nytaenkning');
      await follow(page, page.getByRole('button', { name: 'Gem kortet' }));
      await assertShell(page, { title: 'Når noget uventet dukker op' });
      assert.match(await page.locator('main').innerText(), /<script>alert\(1\)<\/script>/, 'shown as text');
      await assertAccessible(page, 'a new card');
    });
  });

  describe('without JavaScript on a phone', () => {
    let context;
    let page;
    before(async () => {
      context = await newWatchedContext(browser, { javaScriptEnabled: false, viewport: mobileViewport });
      page = await context.newPage();
      await logIn(page, { userEmail: leaderEmail, userPassword: password });
    });
    after(async () => {
      await context?.close();
    });

    test('a session is planned and its cards are shown with plain links', async () => {
      await page.goto(url('/dialog'));
      await follow(page, page.getByRole('link', { name: 'Hospitalsenhed Midt' }));
      await follow(page, page.getByRole('link', { name: 'Planlæg en dialogsession' }));
      await page.getByLabel('Titel').fill('Morgenmøde uden script');
      await page.getByLabel('Ambition og budget').check();
      await follow(page, page.getByRole('button', { name: 'Opret sessionen' }));
      assert.equal(await heading(page), 'Morgenmøde uden script');
      await follow(page, page.getByRole('link', { name: 'Vis kortene i fuld skærm' }));
      assert.equal(await heading(page), 'Ambition og budget');
      await follow(page, page.getByRole('link', { name: 'Næste' }));
      assert.equal(await heading(page), 'Hvad aftaler vi?');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `the card view scrolls sideways by ${overflow}px`);
      await screenshot(page, 'dialogue-slide-mobile');
    });
  });
});
