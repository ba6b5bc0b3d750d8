// Shared helpers for the browser tests (not a test file itself: node --test picks only *.test.mjs).
//
// Environment:
//   LP_BROWSER_BASE_URL       the running portal, e.g. http://127.0.0.1:18080 (tests skip without it)
//   LP_BROWSER_EMAIL          a user with the roles leder and administrator
//   LP_BROWSER_PASSWORD       that user's password
//   LP_BROWSER_CHROMIUM       optional, default /usr/bin/chromium
//   LP_BROWSER_SCREENSHOTS    optional directory: a full-page PNG of every checked page is saved there
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import AxeBuilderModule from '@axe-core/playwright';

const AxeBuilder = AxeBuilderModule.default ?? AxeBuilderModule;

export const baseUrl = (process.env.LP_BROWSER_BASE_URL ?? '').replace(/\/+$/, '');
export const email = process.env.LP_BROWSER_EMAIL ?? '';
export const password = process.env.LP_BROWSER_PASSWORD ?? '';
export const skipReason = baseUrl && email && password
  ? false
  : 'set LP_BROWSER_BASE_URL, LP_BROWSER_EMAIL and LP_BROWSER_PASSWORD (or use tests/browser/run.sh)';

const screenshotDir = process.env.LP_BROWSER_SCREENSHOTS ?? '';

export const desktopViewport = { width: 1280, height: 900 };
export const mobileViewport = { width: 390, height: 844 };

export function url(pathname) {
  return baseUrl + pathname;
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.LP_BROWSER_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// A browser context that records everything that should never happen on a page: Content-Security-
// Policy violations (inline scripts or styles, foreign origins), JavaScript errors, console errors
// and failed or 4xx/5xx sub-resource requests (a missing font, icon or script).
export async function newWatchedContext(browser, options = {}) {
  const context = await browser.newContext({ locale: 'da-DK', viewport: desktopViewport, ...options });
  const problems = [];
  context.problems = problems;
  if (options.javaScriptEnabled !== false) {
    // Runs in every page before its own scripts; reports CSP violations even when Chromium
    // would only print them once.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`
          + ` at ${event.sourceFile || event.documentURI}:${event.lineNumber}`);
      });
    });
  }
  context.on('page', (page) => watchPage(page, problems));
  return context;
}

function watchPage(page, problems) {
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || /Content.Security.Policy|Refused to/i.test(text)) {
      // Chromium logs an error status of the page itself (404 page, 401 after a wrong password) as
      // a console error; that is expected. Sub-resources are checked by the response handler.
      if (/^Failed to load resource/.test(text) && message.location()?.url === page.url()) return;
      problems.push(`console ${message.type()} on ${page.url()}: ${text}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`JavaScript error on ${page.url()}: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A sub-resource still loading when the test navigates on (typically the favicon, which
    // Chromium fetches last) is cancelled by the browser: net::ERR_ABORTED says nothing about the
    // server. A missing or broken resource answers 4xx/5xx and is caught below.
    if (request.failure()?.errorText === 'net::ERR_ABORTED' && request.resourceType() !== 'document') return;
    problems.push(`request failed on ${page.url()}: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    const request = response.request();
    if (response.status() >= 400 && request.resourceType() !== 'document') {
      problems.push(`HTTP ${response.status()} for ${request.resourceType()} ${response.url()} on ${page.url()}`);
    }
  });
}

export function assertNoProblems(context, what) {
  assert.deepEqual(context.problems, [], `${what}: the browser reported problems:\n  ${context.problems.join('\n  ')}`);
}

// Runs axe-core with the WCAG 2.0/2.1 A and AA rules and fails with a readable list of violations.
export async function assertAccessible(page, name) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const report = results.violations.map((violation) => {
    const nodes = violation.nodes.map((node) => `      at ${node.target.join(' ')}\n`
      + `         ${node.html.slice(0, 200)}\n`
      + `         ${(node.failureSummary ?? '').replace(/\n/g, '\n         ')}`).join('\n');
    return `  [${violation.impact}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
  }).join('\n');
  assert.equal(results.violations.length, 0,
    `axe-core found ${results.violations.length} WCAG 2.1 A/AA violation(s) on ${name} (${page.url()}):\n${report}`);
  assert.ok(results.passes.length > 0, `axe-core checked nothing on ${name}`);
}

// A full-page picture makes Chromium resize the viewport for a moment. DKFDS closes an open mobile
// drawer on a resize that hides its close button, so pictures of an open drawer or dialog pass
// { fullPage: false }.
export async function screenshot(page, name, { fullPage = true } = {}) {
  if (!screenshotDir) return;
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage });
}

// Everything every page shares: Danish, the shell, one h1, a title in the agreed form (a RegExp
// for the whole title where the page may vary it, e.g. to mark a form with errors).
export async function assertShell(page, { title }) {
  assert.equal(await page.getAttribute('html', 'lang'), 'da', 'the page must be marked as Danish');
  if (title instanceof RegExp) {
    assert.match(await page.title(), title);
  } else {
    assert.equal(await page.title(), `${title} – Ledelsesportalen`);
  }
  const skipLink = page.locator('a.skipnav');
  assert.equal(await skipLink.textContent(), 'Gå til sideindhold');
  assert.equal(await skipLink.getAttribute('href'), '#main-content');
  assert.equal(await page.locator('main#main-content').count(), 1, 'one <main id="main-content">');
  assert.equal(await page.locator('h1').count(), 1, 'exactly one h1');
  const header = page.locator('header.header');
  assert.match(await header.innerText(), /Ledelsesportalen/);
  assert.match(await header.innerText(), /Region Midtjylland/);
  const statement = page.locator('footer a', { hasText: 'Tilgængelighedserklæring' });
  assert.equal(await statement.getAttribute('href'), '/tilgaengelighed');
  assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline scripts');
  assert.equal(await page.locator('style').count(), 0, 'no <style> elements');
  // The markup as the server sent it (dkfds may set styles through the CSSOM later, which is fine).
  const html = await (await page.request.get(page.url(), { failOnStatusCode: false })).text();
  assertNoInlineCode(html, page.url());
}

// The Content-Security-Policy allows no inline code: no style attributes, <style> or inline
// <script> elements, no on* event handler attributes, no javascript: URLs.
export function assertNoInlineCode(html, where) {
  const checks = [
    [/<[a-z][^>]*\sstyle\s*=/i, 'a style attribute'],
    [/<style[\s>]/i, 'a <style> element'],
    [/<script(?![^>]*\ssrc=)[^>]*>/i, 'an inline <script>'],
    [/<[a-z][^>]*\son[a-z]+\s*=/i, 'an inline event handler (on...=)'],
    [/javascript:/i, 'a javascript: URL'],
  ];
  for (const [pattern, what] of checks) {
    const match = html.match(pattern);
    assert.equal(match, null, `${where} contains ${what}: ${match?.[0]}`);
  }
}

export async function heading(page) {
  return (await page.locator('h1').innerText()).trim();
}

export async function logIn(page, { userEmail = email, userPassword = password } = {}) {
  await page.goto(url('/log-ind'));
  await page.getByLabel('E-mail').fill(userEmail);
  await page.getByLabel('Adgangskode').fill(userPassword);
  await Promise.all([
    page.waitForLoadState('load'),
    page.getByRole('button', { name: 'Log ind' }).click(),
  ]);
  await page.waitForLoadState('load');
}

// Clicks a link (or anything that navigates) and waits for the new page.
export async function follow(page, locator) {
  await Promise.all([page.waitForLoadState('load'), locator.click()]);
  await page.waitForLoadState('load');
}

// Clicks the button named `name` (exactly) and returns the response of the page it leads to.
export async function submit(page, name) {
  const [response] = await Promise.all([
    page.waitForNavigation(),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  await page.waitForLoadState('load');
  return response;
}

// Today in Copenhagen as YYYY-MM-DD (what a date field holds).
export function isoToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}

// The main menu's link to `href`. The menu fits on one line on a laptop, so DKFDS has no "Mere"
// menu to fold entries into (the start page checks that).
export function mainMenuLink(page, href) {
  return page.locator(`nav[aria-label="Hovedmenu"] > ul > li > a[href="${href}"]`);
}

// Opens a part of the portal as a person would: the section's entry in the main menu, then, when the
// section has several parts, the part's link in the section's side menu.
export async function openPart(page, sectionLabel, href) {
  await follow(page, page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: sectionLabel, exact: true }));
  if (new URL(page.url()).pathname !== href) {
    await follow(page, page.getByRole('navigation', { name: sectionLabel, exact: true }).locator(`a[href="${href}"]`));
  }
}
