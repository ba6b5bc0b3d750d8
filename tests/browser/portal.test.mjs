// Browser tests of the portal as a person uses it: Danish pages, keyboard- and screen-reader-ready
// markup (axe-core, WCAG 2.1 A/AA on every page), no CSP violations, and every flow without
// JavaScript too. Run with tests/browser/run.sh, or against a running server:
//   LP_BROWSER_BASE_URL=http://127.0.0.1:18080 LP_BROWSER_EMAIL=… LP_BROWSER_PASSWORD=… node --test tests/browser/
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertAccessible, assertNoProblems, assertShell, email, heading, launchBrowser, logIn,
  mobileViewport, newWatchedContext, password, screenshot, skipReason, url,
} from './support.mjs';

const userName = process.env.LP_BROWSER_NAME ?? 'Birgitte Browser';
// A login page that reports errors may say so in its title, e.g. "Log ind (fejl)".
const loginWithErrorsTitle = /^(Fejl: )?Log ind( \(fejl\))? – Ledelsesportalen$/;

describe('Ledelsesportalen in a browser', { skip: skipReason }, () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  describe('signing in, moving around and signing out (desktop, JavaScript on)', () => {
    let context;
    let page;
    before(async () => {
      context = await newWatchedContext(browser);
      page = await context.newPage();
    });
    after(async () => {
      await context?.close();
    });

    test('the empty login page is Danish, complete and accessible', async () => {
      const response = await page.goto(url('/log-ind'));
      assert.equal(response.status(), 200);
      await assertShell(page, { title: 'Log ind' });
      assert.equal(await heading(page), 'Log ind');
      const emailField = page.getByLabel('E-mail');
      assert.equal(await emailField.getAttribute('type'), 'email');
      assert.equal(await emailField.getAttribute('autocomplete'), 'username');
      assert.equal(await page.getByLabel('Adgangskode').getAttribute('autocomplete'), 'current-password');
      assert.equal(await page.locator('form[action="/log-ind"] input[name="_csrf"]').count(), 1);
      assert.equal(await page.locator('header').getByRole('link', { name: 'Log ind' }).getAttribute('href'), '/log-ind');
      assert.equal(await page.locator('nav[aria-label="Hovedmenu"]').count(), 0, 'no main navigation when signed out');
      await screenshot(page, 'login-desktop');
      await assertAccessible(page, 'the empty login page');
    });

    test('empty fields are reported in an error summary that links to each field', async () => {
      await page.goto(url('/log-ind'));
      await Promise.all([
        page.waitForLoadState('load'),
        page.getByRole('button', { name: 'Log ind' }).click(),
      ]);
      await page.waitForLoadState('load');
      await assertShell(page, { title: loginWithErrorsTitle });
      const alert = page.getByRole('alert').first();
      await alert.waitFor();
      const summary = page.locator('[data-module="error-summary"]');
      if (await summary.count() > 0) {
        const links = summary.locator('a[href^="#"]');
        assert.ok(await links.count() > 0, 'the error summary links to the fields');
        for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))) {
          assert.equal(await page.locator(href).count(), 1, `the error summary links to ${href}, which exists`);
        }
        // dkfds focuses the summary so a screen reader reads it first.
        assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-module')), 'error-summary');
      }
      await screenshot(page, 'login-empty-fields-desktop');
      await assertAccessible(page, 'the login page with empty fields');
    });

    test('a wrong password gives a Danish error and keeps the e-mail', async () => {
      await logIn(page, { userPassword: `${password}-forkert` });
      await assertShell(page, { title: loginWithErrorsTitle });
      assert.equal(await heading(page), 'Log ind');
      const alert = page.getByRole('alert').first();
      await alert.waitFor();
      const message = await alert.innerText();
      assert.match(message, /forkert|adgangskode|e-mail|prøv igen|log(get)? ind/i,
        `the error must be in Danish, got: ${message}`);
      assert.doesNotMatch(message, /invalid|wrong|password|error/i, `no English in the error: ${message}`);
      assert.equal(await page.getByLabel('E-mail').inputValue(), email, 'the e-mail is kept');
      assert.equal(await page.getByLabel('Adgangskode').inputValue(), '', 'the password is never sent back');
      await screenshot(page, 'login-wrong-password-desktop');
      await assertAccessible(page, 'the login page after a wrong password');
    });

    test('the right password leads to the start page with the user\'s name', async () => {
      await logIn(page);
      assert.equal(new URL(page.url()).pathname, '/');
      await assertShell(page, { title: /^\S.* – Ledelsesportalen$/ });
      assert.match(await heading(page), new RegExp(userName));
      const header = page.locator('header.header');
      assert.match(await header.innerText(), new RegExp(userName));
      const nav = page.locator('nav[aria-label="Hovedmenu"]');
      const entries = nav.locator('ul.mainmenu > li > a');
      // The parts are grouped into sections (web/platform/module.hpp); this user sees four of them.
      assert.deepEqual(await entries.allInnerTexts(), ['Ledelsesgrundlaget', 'Mål og opfølgning', 'Lederudvikling', 'Organisationen'],
        'the main navigation shows the sections when signed in');
      for (let i = 0; i < await entries.count(); i++) {
        assert.ok(await entries.nth(i).isVisible(), `menu entry ${i + 1} fits on the line`);
      }
      assert.equal(await page.locator('button[aria-controls="fds-more-menu"]:visible').count(), 0,
        'no entry is folded into a "Mere" menu');
      assert.equal(await nav.locator('a[aria-current="page"]').count(), 0, 'the start page is not a menu entry');
      const logout = page.locator('header form[action="/log-ud"]').first();
      assert.equal(await logout.getAttribute('method'), 'post');
      assert.ok((await logout.locator('input[name="_csrf"]').inputValue()).length > 0, 'the logout form has a CSRF token');
      assert.match(await page.locator('main').innerText(), /Dialog[\s\S]*Dygtighed[\s\S]*Dristighed/);
      await screenshot(page, 'start-desktop');
      await assertAccessible(page, 'the start page');
    });

    // Page templates are ctemplate include-dictionaries, which do not inherit the layout's values:
    // the server sets ASSET_VERSION as a template-global value so page icons are versioned too.
    test('every /static URL on the start page carries the asset version', async () => {
      const html = await page.content();
      const unversioned = [...html.matchAll(/(?:href|src)="(\/static\/[^"]*)"/g)]
        .map((match) => match[1])
        .filter((address) => !/[?&]v=[^&#]+/.test(address));
      assert.deepEqual(unversioned, [], 'static URLs without ?v=<ASSET_VERSION>');
    });

    test('"Min profil" shows the user, the roles and this session', async () => {
      await Promise.all([
        page.waitForLoadState('load'),
        page.locator('.portal-info .portal-profile-link').click(),
      ]);
      await page.waitForLoadState('load');
      await assertShell(page, { title: 'Min profil' });
      assert.equal(await heading(page), 'Min profil');
      const main = page.locator('main');
      assert.match(await main.innerText(), new RegExp(userName));
      assert.match(await main.innerText(), new RegExp(email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      assert.match(await main.innerText(), /Leder/i);
      assert.match(await main.innerText(), /Administrator/i);
      assert.ok(await page.locator('table tbody tr').count() >= 1, 'at least this session is listed');
      assert.match(await page.locator('table').innerText(), /Denne enhed/);
      const others = page.locator('form[action="/min-profil/log-ud-andre"]');
      assert.equal(await others.getAttribute('method'), 'post');
      assert.ok((await others.locator('input[name="_csrf"]').inputValue()).length > 0);
      assert.equal(await page.locator('.portal-info .portal-profile-link').getAttribute('aria-current'), 'page');
      assert.equal(await page.locator('nav[aria-label="Hovedmenu"] a[aria-current="page"]').count(), 0);
      await screenshot(page, 'profile-desktop');
      await assertAccessible(page, 'Min profil');
    });

    test('"Log ud på alle andre enheder" keeps this session', async () => {
      await Promise.all([
        page.waitForLoadState('load'),
        page.getByRole('button', { name: 'Log ud på alle andre enheder' }).click(),
      ]);
      await page.waitForLoadState('load');
      assert.equal(await heading(page), 'Min profil', 'still signed in on this device');
      await assertAccessible(page, 'Min profil after logging out other devices');
    });

    test('the accessibility statement is reached from the footer', async () => {
      await Promise.all([
        page.waitForLoadState('load'),
        page.locator('footer a', { hasText: 'Tilgængelighedserklæring' }).click(),
      ]);
      await page.waitForLoadState('load');
      assert.equal(new URL(page.url()).pathname, '/tilgaengelighed');
      await assertShell(page, { title: 'Tilgængelighedserklæring' });
      assert.equal(await heading(page), 'Tilgængelighedserklæring');
      const text = await page.locator('main').innerText();
      assert.match(text, /WCAG 2\.1/);
      assert.match(text, /axe-core/);
      assert.match(text, /ledelsesportal@rm\.dk/);
      assert.match(text, /Digitaliseringsstyrelsen/);
      await screenshot(page, 'accessibility-desktop');
      await assertAccessible(page, 'the accessibility statement');
    });

    test('logging out says so in Danish', async () => {
      await Promise.all([
        page.waitForLoadState('load'),
        page.locator('header').getByRole('button', { name: 'Log ud' }).click(),
      ]);
      await page.waitForLoadState('load');
      assert.match(await page.locator('main').innerText(), /Du er nu logget ud\./);
      await assertShell(page, { title: /^\S.* – Ledelsesportalen$/ });
      await screenshot(page, 'logged-out-desktop');
      await assertAccessible(page, 'the page after logging out');
      // Signed out now: the profile is no longer shown.
      await page.goto(url('/min-profil'));
      assert.notEqual(await heading(page), 'Min profil');
    });

    test('an unknown address shows a Danish 404 page in the shell', async () => {
      const response = await page.goto(url('/findes-ikke'));
      assert.equal(response.status(), 404);
      await assertShell(page, { title: /^\S.* – Ledelsesportalen$/ });
      const main = await page.locator('main').innerText();
      assert.match(main, /404/);
      assert.match(main, /Fejl-id: \S+/);
      assert.match(main, /[æøå]|siden|findes/i, `the 404 page must be Danish: ${main}`);
      await screenshot(page, 'not-found-desktop');
      await assertAccessible(page, 'the 404 page');
    });

    test('no page broke the Content-Security-Policy or failed to load a resource', () => {
      assertNoProblems(context, 'desktop flow');
    });
  });

  describe('on a phone-sized screen', () => {
    let context;
    let page;
    before(async () => {
      context = await newWatchedContext(browser, { viewport: mobileViewport, isMobile: true, hasTouch: true });
      page = await context.newPage();
    });
    after(async () => {
      await context?.close();
    });

    test('the menu button opens the navigation drawer', async () => {
      await logIn(page);
      assert.match(await heading(page), new RegExp(userName));
      await screenshot(page, 'start-mobile');
      await assertAccessible(page, 'the start page on a phone');
      const menuButton = page.getByRole('button', { name: 'Menu' });
      await menuButton.click();
      const drawer = page.getByRole('dialog', { name: 'Menu' });
      await drawer.waitFor({ state: 'visible' });
      assert.ok(await drawer.getByRole('link').count() > 0, 'the drawer holds the navigation');
      assert.ok(await drawer.getByRole('button', { name: 'Log ud' }).isVisible());
      assert.ok(await drawer.getByRole('link', { name: 'Min profil' }).isVisible(), 'the profile is in the drawer');
      await page.waitForTimeout(400); // let the drawer finish sliding in before the picture
      // The profile and log-out entries line up: the same start and height, icons in one column,
      // one below the other.
      const profileBox = await drawer.getByRole('link', { name: 'Min profil' }).boundingBox();
      const logoutBox = await drawer.getByRole('button', { name: 'Log ud' }).boundingBox();
      const iconX = async (name, role) => (await drawer.getByRole(role, { name }).locator('svg').boundingBox()).x;
      assert.ok(Math.abs(profileBox.x - logoutBox.x) < 1, `the entries start at ${profileBox.x} and ${logoutBox.x}`);
      assert.ok(Math.abs(profileBox.height - logoutBox.height) < 1,
        `the entries are ${profileBox.height} and ${logoutBox.height} px high`);
      assert.ok(Math.abs(await iconX('Min profil', 'link') - await iconX('Log ud', 'button')) < 1, 'the icons line up');
      assert.ok(logoutBox.y >= profileBox.y + profileBox.height, 'log-out comes below the profile');
      await screenshot(page, 'start-mobile-menu-open', { fullPage: false });
      await drawer.getByRole('button', { name: 'Luk menu' }).click();
      await drawer.waitFor({ state: 'hidden' });
    });

    test('the profile table fits a phone', async () => {
      await page.goto(url('/min-profil'));
      assert.equal(await heading(page), 'Min profil');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `the page scrolls sideways by ${overflow}px`);
      await screenshot(page, 'profile-mobile');
      await assertAccessible(page, 'Min profil on a phone');
    });

    test('no CSP violations or failed resources on the phone', () => {
      assertNoProblems(context, 'phone flow');
    });
  });

  describe('with JavaScript turned off', () => {
    let context;
    let page;
    before(async () => {
      context = await newWatchedContext(browser, { javaScriptEnabled: false, viewport: mobileViewport });
      page = await context.newPage();
    });
    after(async () => {
      await context?.close();
    });

    test('a wrong password still gives the Danish error', async () => {
      await logIn(page, { userPassword: `${password}-forkert` });
      assert.equal(await heading(page), 'Log ind');
      assert.ok(await page.getByRole('alert').first().isVisible());
      assert.equal(await page.getByLabel('E-mail').inputValue(), email);
    });

    test('logging in reaches the start page, and the navigation is usable', async () => {
      await logIn(page);
      assert.equal(new URL(page.url()).pathname, '/');
      assert.match(await heading(page), new RegExp(userName));
      // Without JavaScript the drawer cannot open, so the navigation must be visible as it is.
      const menuLink = page.locator('nav[aria-label="Hovedmenu"] a[href="/organisation"]');
      assert.ok(await menuLink.isVisible(), 'the main navigation is visible without JavaScript on a phone');
      const profileLink = page.locator('.portal-info .portal-profile-link');
      assert.ok(await profileLink.isVisible(), 'the profile link is visible without JavaScript on a phone');
      await screenshot(page, 'start-mobile-no-javascript');
      await Promise.all([page.waitForLoadState('load'), profileLink.click()]);
      await page.waitForLoadState('load');
      assert.equal(await heading(page), 'Min profil');
    });

    test('logging out works without JavaScript', async () => {
      const logout = page.locator('header').getByRole('button', { name: 'Log ud' });
      assert.ok(await logout.isVisible(), 'the logout button is visible without JavaScript on a phone');
      await Promise.all([page.waitForLoadState('load'), logout.click()]);
      await page.waitForLoadState('load');
      assert.match(await page.locator('main').innerText(), /Du er nu logget ud\./);
    });

    test('no CSP violations or failed resources without JavaScript', () => {
      assertNoProblems(context, 'no-JavaScript flow');
    });
  });

  describe('static files', () => {
    test('robots.txt keeps the intranet out of search engines', async () => {
      const response = await fetch(url('/static/robots.txt'));
      assert.equal(response.status, 200);
      assert.match(await response.text(), /User-agent: \*\s+Disallow: \/\s*$/);
    });

    test('the stylesheets are served compressed to browsers that accept gzip', async () => {
      const head = await fetch(url('/log-ind'));
      const version = (await head.text()).match(/dkfds\.min\.css\?v=([^"&]*)/)?.[1] ?? '';
      const response = await fetch(url(`/static/dkfds/css/dkfds.min.css?v=${version}`), {
        headers: { 'accept-encoding': 'gzip' },
      });
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /text\/css/);
      assert.equal(response.headers.get('content-encoding'), 'gzip');
      assert.ok(response.headers.get('etag'), 'static files carry an ETag');
      assert.ok((await response.text()).includes('.form-input'), 'fetch decoded the gzip body');
    });

    test('pages are sent with the agreed Content-Security-Policy', async () => {
      const response = await fetch(url('/log-ind'));
      const policy = response.headers.get('content-security-policy') ?? '';
      assert.match(policy, /default-src 'self'/);
      assert.match(policy, /script-src 'self'/);
      assert.match(policy, /style-src 'self'/);
      assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
    });
  });
});
