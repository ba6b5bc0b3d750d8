// Browser tests of the notifications (issue 16): top management starts a round, and a leader finds
// the message through the header's "Beskeder" count, reads it (the count goes), and changes how she
// is told in "Mine notifikationer" after a choice the form refuses; the administrator runs the mail
// sender from "Mail og planlagte job", the mail reaches the SMTP server run.sh started, and its
// unsubscribe link works without a login; the calendar address page and its feed; the same pages on a
// phone without JavaScript; axe-core on every page.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  assertAccessible, assertNoProblems, assertShell, follow, launchBrowser, logIn, mobileViewport,
  newWatchedContext, password, screenshot, skipReason, url,
} from './support.mjs';

const leaderEmail = process.env.LP_BROWSER_LEADER_EMAIL ?? '';
const topEmail = process.env.LP_BROWSER_TOP_EMAIL ?? '';
const adminEmail = process.env.LP_BROWSER_EMAIL ?? '';
const mailDir = process.env.LP_BROWSER_MAIL_DIR ?? '';
const skip = skipReason || (leaderEmail && topEmail && adminEmail && mailDir ? false
  : 'set the LP_BROWSER_*_EMAIL and LP_BROWSER_MAIL_DIR variables (run.sh does)');

// The raw messages the SMTP server received for `address` (the envelope's RCPT TO), oldest first.
function mailsTo(address) {
  let names = [];
  try {
    names = readdirSync(mailDir).filter((name) => name.endsWith('.json')).sort();
  } catch {
    return [];
  }
  return names
    .filter((name) => JSON.parse(readFileSync(join(mailDir, name), 'utf8')).rcpt_tos.includes(address))
    .map((name) => readFileSync(join(mailDir, name.replace(/\.json$/, '.eml')), 'utf8'));
}

// A header of a raw message, unfolded (RFC 5322 §2.2.3).
function header(message, name) {
  const head = message.split('\r\n\r\n')[0].replace(/\r\n[ \t]+/g, ' ');
  const line = head.split('\r\n').find((candidate) => candidate.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : '';
}

function isoDaysFromToday(days) {
  return new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

describe('notifications in a browser', { skip }, () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
    const context = await newWatchedContext(browser);
    const page = await context.newPage();
    await logIn(page, { userEmail: topEmail, userPassword: password });
    await page.goto(url('/aktivering/runder/ny'));
    await page.getByLabel('Navn', { exact: true }).fill('Aktivering 2027');
    await page.getByLabel('Start', { exact: true }).fill(isoDaysFromToday(0));
    await page.getByLabel('Frist for enhedernes planer').fill(isoDaysFromToday(40));
    await follow(page, page.getByRole('button', { name: 'Opret runde' }));
    assert.match(await page.locator('main').innerText(), /Aktiveringsrunden er oprettet/);
    await context.close();
  });
  after(async () => {
    await browser?.close();
  });

  describe('a leader reads the message and sets her preferences (desktop)', () => {
    let context;
    let page;
    before(async () => {
      context = await newWatchedContext(browser);
      page = await context.newPage();
      await logIn(page, { userEmail: leaderEmail, userPassword: password });
    });
    after(async () => {
      await context?.close();
    });

    test('the header counts the unread message and the inbox shows it', async () => {
      const link = page.locator('.portal-user').getByRole('link', { name: /Beskeder/ });
      assert.match(await link.innerText(), /Beskeder\s*1/);
      assert.match(await link.locator('.sr-only').innerText(), /ulæst/);
      await follow(page, link);
      await assertShell(page, { title: 'Beskeder' });
      const main = await page.locator('main').innerText();
      assert.match(main, /1 besked, 1 ulæst\./);
      assert.match(main, /Ulæst · Frister og påmindelser/);
      assert.match(main, /Lav (en aktiveringsplan|aktiveringsplaner)/);
      await screenshot(page, 'notifications-inbox');
      await assertAccessible(page, 'the inbox');
    });

    test('opening the message marks it read and links to where it is done', async () => {
      await follow(page, page.locator('.portal-inbox-subject a').first());
      assert.match(await page.locator('main').innerText(), /skal være klar senest/);
      assert.equal(await page.locator('.portal-user .portal-count').count(), 0, 'no unread count any more');
      await assertAccessible(page, 'a message');
      await follow(page, page.getByRole('link', { name: 'Gå til siden' }));
      assert.match(page.url(), /\/(aktivering\/mine-enheder|organisation\/enheder\/\d+\/plan)$/);
    });

    test('the preferences keep what is chosen and refuse what is not a choice', async () => {
      await page.goto(url('/mine-notifikationer'));
      await assertShell(page, { title: 'Mine notifikationer' });
      await assertAccessible(page, 'the preferences');
      const group = page.getByRole('group', { name: 'Status for min ledelseskæde' });
      assert.ok(await group.getByLabel('Samlet i en ugentlig mail').isChecked(), 'the default');
      // A value no radio button offers, as a tampered form would send it.
      await page.locator('input[name="kategori-nyt"]:checked').evaluate((input) => { input.value = 'hver-time'; });
      await follow(page, page.getByRole('button', { name: 'Gem mine valg' }));
      await assertShell(page, { title: 'Mine notifikationer (fejl)' });
      assert.match(await page.locator('main').innerText(), /Vælg, hvordan du vil have besked om „Nyt fra mine enheder“\./);
      await assertAccessible(page, 'the preferences with an error');
      await page.getByRole('group', { name: 'Nyt fra mine enheder' }).getByLabel('Samlet i en daglig mail').check();
      await group.getByLabel('Kun her i portalen').check();
      await follow(page, page.getByRole('button', { name: 'Gem mine valg' }));
      assert.match(await page.locator('main').innerText(), /Dine valg er gemt\./);
      await page.reload();
      assert.ok(await page.getByRole('group', { name: 'Status for min ledelseskæde' }).getByLabel('Kun her i portalen').isChecked());
      assert.ok(await page.getByRole('group', { name: 'Nyt fra mine enheder' }).getByLabel('Samlet i en daglig mail').isChecked());
      // Saved again unchanged: still the same.
      await follow(page, page.getByRole('button', { name: 'Gem mine valg' }));
      assert.ok(await page.getByRole('group', { name: 'Nyt fra mine enheder' }).getByLabel('Samlet i en daglig mail').isChecked());
      await screenshot(page, 'notifications-preferences');
    });

    test('no page broke the Content-Security-Policy or failed to load a resource', () => {
      assertNoProblems(context, 'the notification pages');
    });
  });

  describe('mail: the administrator sends, a leader unsubscribes from the mail (desktop)', () => {
    let context;
    let page;
    before(async () => {
      context = await newWatchedContext(browser);
      page = await context.newPage();
    });
    after(async () => {
      await context?.close();
    });

    test('the administrator page says mail is on, runs the sender and lists what was sent', async () => {
      await logIn(page, { userEmail: adminEmail, userPassword: password });
      await page.goto(url('/administration/mail'));
      await assertShell(page, { title: 'Mail og planlagte job' });
      assert.match(await page.locator('main').innerText(), /Mail er slået til\. Portalen sender gennem/);
      await assertAccessible(page, 'the mail administration');
      // The round's notice to the leader waits in the outbox until the sender runs (the scheduler is off).
      assert.equal(mailsTo(leaderEmail).length, 0, 'nothing is mailed before the job runs');
      await follow(page, page.getByRole('button', { name: 'Kør beskeder-til-mail nu' }));
      assert.match(await page.locator('main').innerText(), /Jobbet er kørt\./);
      await follow(page, page.getByRole('link', { name: /^Sendt \(\d+\)$/ }));
      const sent = page.getByRole('region', { name: 'Mails med status Sendt' });
      assert.ok((await sent.innerText()).includes(leaderEmail), 'the leader\'s mail is listed as sent');
      await screenshot(page, 'notifications-mail-admin');
      await assertAccessible(page, 'the sent mails');
      assert.equal(mailsTo(leaderEmail).length, 1, 'the SMTP server got the leader\'s mail');
    });

    test('the mail is Danish and its one-click unsubscribe link works without a login', async () => {
      const [message] = mailsTo(leaderEmail);
      assert.ok(message, 'a mail to the leader');
      assert.match(header(message, 'From'), /<ledelsesportalen@browser\.test>$/);
      assert.equal(header(message, 'Auto-Submitted'), 'auto-generated');
      assert.match(header(message, 'Content-Type'), /^multipart\/alternative/);
      assert.equal(header(message, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
      const link = header(message, 'List-Unsubscribe').replace(/^<|>$/g, '');
      assert.match(link, /\/afmeld\?/);
      const visitor = await newWatchedContext(browser);  // the mail program's browser: no session
      try {
        const unsubscribe = await visitor.newPage();
        await unsubscribe.goto(link);
        await assertShell(unsubscribe, { title: 'Afmeld mails' });
        assert.match(await unsubscribe.locator('main').innerText(), /Vil du ikke længere have mails om „Frister og påmindelser“/);
        await assertAccessible(unsubscribe, 'the unsubscribe question');
        await follow(unsubscribe, unsubscribe.getByRole('button', { name: 'Afmeld mails om „Frister og påmindelser“' }));
        await assertShell(unsubscribe, { title: 'Du er afmeldt' });
        await screenshot(unsubscribe, 'notifications-unsubscribed');
        await assertAccessible(unsubscribe, 'the unsubscribe confirmation');
        assertNoProblems(visitor, 'the unsubscribe pages');
      } finally {
        await visitor.close();
      }
      // The leader's preference says so now.
      const leader = await newWatchedContext(browser);
      try {
        const own = await leader.newPage();
        await logIn(own, { userEmail: leaderEmail, userPassword: password });
        await own.goto(url('/mine-notifikationer'));
        const group = own.getByRole('group', { name: 'Frister og påmindelser' });
        assert.ok(await group.getByLabel('Kun her i portalen').isChecked());
      } finally {
        await leader.close();
      }
    });

    test('the calendar address is shown once and a calendar program can read it', async () => {
      await page.context().clearCookies();
      await logIn(page, { userEmail: leaderEmail, userPassword: password });
      await page.goto(url('/mine-notifikationer'));
      await follow(page, page.getByRole('button', { name: 'Lav en kalenderadresse' }));
      await assertShell(page, { title: 'Din kalenderadresse' });
      await assertAccessible(page, 'the calendar address');
      const address = await page.getByLabel('Kalenderadresse').inputValue();
      assert.match(address, /\/kalender\/[^/]+\/ledelsesportalen\.ics$/);
      const program = await newWatchedContext(browser);  // a calendar program: no session
      let body = '';
      try {
        const feed = await program.request.get(address);
        assert.equal(feed.status(), 200);
        assert.match(feed.headers()['content-type'], /^text\/calendar/);
        body = await feed.text();
      } finally {
        await program.close();
      }
      assert.match(body, /^BEGIN:VCALENDAR\r\n/);
      assert.match(body, /SUMMARY:Frist for aktiveringsplaner: Aktivering 2027/);
      await screenshot(page, 'notifications-calendar-address');
    });

    test('no page broke the Content-Security-Policy or failed to load a resource', () => {
      assertNoProblems(context, 'the mail and calendar pages');
    });
  });

  describe('without JavaScript on a phone', () => {
    let context;
    let page;
    before(async () => {
      context = await newWatchedContext(browser, { javaScriptEnabled: false, viewport: mobileViewport });
      page = await context.newPage();
      await logIn(page, { userEmail: topEmail, userPassword: password });
    });
    after(async () => {
      await context?.close();
    });

    test('the inbox and the preferences work', async () => {
      await page.goto(url('/beskeder'));
      await assertShell(page, { title: 'Beskeder' });
      const main = await page.locator('main').innerText();
      assert.match(main, /(Du har ingen beskeder endnu\.|besked)/);
      await page.goto(url('/mine-notifikationer'));
      await page.getByRole('group', { name: 'Frister og påmindelser' }).getByLabel('Samlet i en daglig mail').check();
      await follow(page, page.getByRole('button', { name: 'Gem mine valg' }));
      assert.match(await page.locator('main').innerText(), /Dine valg er gemt\./);
      assert.ok(await page.getByRole('group', { name: 'Frister og påmindelser' }).getByLabel('Samlet i en daglig mail').isChecked());
      await screenshot(page, 'notifications-preferences-mobile');
    });
  });
});
