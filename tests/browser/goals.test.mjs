// Browser tests of the goal pictures (issue 18) on the small organisation run.sh loads. An employee
// reads Målbilleder, a goal picture, its versions and its first version; the region's editor adds a
// strategy track to a goal picture (draft, then published as version 2) and makes an indicator broken
// down on Hospitalsenhed Midt and Koncern HR after a form with errors; Jens Østergaard, who leads the
// owner unit Hospitalsenhed Midt, finds what his unit must report, reports a red value (refused until
// the cause and action are written), sees the run chart, the data table, the comment and the breakdown,
// and loads earlier months from a CSV file (preview, then saved). Målbilleder then shows the value, the
// status in words, the trend and the sparkline; printed, it leaves out forms and buttons. axe-core on
// every page on the way (never in a context without JavaScript: axe needs it); an earlier month
// reported with a red value on a phone without JavaScript.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertAccessible, assertNoProblems, assertShell, follow, heading, isoToday, launchBrowser, logIn,
  mobileViewport, newWatchedContext, openPart, password, screenshot, skipReason, submit, url,
} from './support.mjs';

const editorEmail = process.env.LP_BROWSER_EDITOR_EMAIL ?? '';
const leaderEmail = process.env.LP_BROWSER_LEADER_EMAIL ?? '';
const employeeEmail = process.env.LP_BROWSER_EMPLOYEE_EMAIL ?? '';
const skip = skipReason || (editorEmail && leaderEmail && employeeEmail ? false
  : 'set LP_BROWSER_EDITOR_EMAIL, LP_BROWSER_LEADER_EMAIL and LP_BROWSER_EMPLOYEE_EMAIL (run.sh does)');

const health = 'Et sundhedsvæsen på patientens præmisser';
const firstTrack = 'Den bedste kvalitet – hver gang og på den rigtige måde';
const newTrack = 'Forebyggelse tæt på borgeren';
const indicatorName = 'Udredning inden for 30 dage';
const cause = 'Personalemangel\ni sommerferien';
const action = 'Ekstra udredningsdage i næste måned';

// Months as the portal names them, counted back from today in Copenhagen: monthsBack(1) is the last
// ended month, the one the report form offers first.
const monthNames = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september',
  'oktober', 'november', 'december'];
function monthsBack(n) {
  const [year, month] = isoToday().split('-').map(Number);
  const index = year * 12 + (month - 1) - n;
  const y = Math.floor(index / 12);
  const m = index % 12;
  return { code: `${y}-${String(m + 1).padStart(2, '0')}`, label: `${monthNames[m]} ${y}` };
}
const due = monthsBack(1);

function sideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

// The report form's fieldset of one unit.
function reportRow(page, unit) {
  return page.locator('fieldset.portal-goal-report-row')
    .filter({ has: page.locator('legend', { hasText: new RegExp(`^${unit}$`) }) });
}

describe('the goal pictures in a browser', { skip }, () => {
  let browser;
  const contexts = [];
  const pages = {};
  let indicatorPath = '';
  let indicatorId = '';
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

  test('an employee reads Målbilleder, a goal picture, its versions and its first version', async () => {
    const page = await as(employeeEmail);
    await openPart(page, 'Mål og opfølgning', '/maalbilleder');
    assert.equal(new URL(page.url()).pathname, '/maalbilleder');
    await assertShell(page, { title: 'Målbilleder' });
    const main = page.locator('main');
    for (const title of [health, 'Et socialområde, som støtter borgeren til aktivt medborgerskab',
      'En attraktiv og bæredygtig vækstregion, for alle']) {
      assert.ok(await main.getByRole('heading', { level: 2, name: title }).isVisible(), `the goal picture ${title}`);
    }
    assert.equal(await main.locator('h3', { hasText: /^Spor \d+: / }).count(), 10, '3 + 3 + 4 tracks');
    assert.match(await main.innerText(), /Der er endnu ingen indikatorer på sporet\./);
    assert.equal(await page.getByRole('link', { name: 'Tilføj en indikator på sporet' }).count(), 0,
      'an employee adds no indicators');
    await page.getByText('Sådan læser du status og udvikling').click();
    assert.match(await page.locator('.portal-goal-legend').innerText(), /Rød: langt fra målet/);
    await assertAccessible(page, 'Målbilleder with no indicators yet');

    await follow(page, main.getByRole('link', { name: health }));
    assert.equal(new URL(page.url()).pathname, '/maalbilleder/sundhed');
    await assertShell(page, { title: health });
    assert.match(await main.innerText(), /Version 1, udgivet \d\d\.\d\d\.\d{4}\./);
    assert.ok(await main.getByRole('heading', { level: 3, name: `Spor 1: ${firstTrack}` }).isVisible());
    assert.equal(await page.getByRole('link', { name: 'Rediger målbilledet' }).count(), 0);
    await assertAccessible(page, 'a goal picture');

    await follow(page, page.getByRole('link', { name: 'Tidligere versioner' }));
    await assertShell(page, { title: `Versioner af ${health}` });
    assert.match(await main.innerText(), /Version 1 \(gældende\)/);
    await assertAccessible(page, 'the versions of a goal picture');
    await follow(page, main.getByRole('link', { name: 'Version 1' }));
    assert.equal(new URL(page.url()).pathname, '/maalbilleder/sundhed/versioner/1');
    await assertShell(page, { title: `${health} – version 1` });
    assert.match(await main.innerText(), /Den bedste kvalitet – hver gang og på den rigtige måde/);
    await assertAccessible(page, 'a version of a goal picture');
    assert.equal((await page.goto(url('/maalbilleder/sundhed/rediger'))).status(), 403, 'an employee may not edit');
  });

  test('the editor adds a strategy track in a draft and publishes it as version 2', async () => {
    const page = await as(editorEmail);
    await page.goto(url('/maalbilleder/sundhed'));
    await follow(page, page.getByRole('link', { name: 'Rediger målbilledet' }));
    assert.equal(new URL(page.url()).pathname, '/maalbilleder/sundhed/rediger');
    await assertShell(page, { title: `Rediger ${health}` });
    assert.match(await page.locator('main').innerText(), /Der er ingen kladde/);
    await assertAccessible(page, 'the goal picture editor');
    const ambition = page.getByLabel('Ambition', { exact: true });
    await ambition.fill(`${await ambition.inputValue()}\n\nVi forebygger, før borgeren bliver patient.`);
    const row = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Nyt strategispor (valgfrit)' }) }).first();
    await row.getByLabel('Sporets titel').fill(newTrack);
    await row.getByLabel('Beskrivelse (valgfri)').fill('Sammen med kommunerne\nog almen praksis.');
    assert.equal((await submit(page, 'Gem kladde')).status(), 200);
    assert.equal(new URL(page.url()).pathname, '/maalbilleder/sundhed/rediger');
    let main = await page.locator('main').innerText();
    assert.match(main, /Kladden er gemt\. Kun redaktører kan se den/);
    assert.match(main, /Du arbejder i målbilledets kladde, senest gemt .* af Rasmus Redaktør/);
    assert.equal(await page.locator('fieldset', { has: page.locator('legend', { hasText: 'Spor 4' }) })
      .getByLabel('Sporets titel').inputValue(), newTrack, 'the new track is in the draft');
    await screenshot(page, 'goals-picture-draft');

    assert.equal((await submit(page, 'Udgiv')).status(), 200);
    assert.equal(new URL(page.url()).pathname, '/maalbilleder/sundhed');
    await assertShell(page, { title: health });
    main = await page.locator('main').innerText();
    assert.match(main, /Den nye version er udgivet og gælder nu for alle/);
    assert.match(main, /Version 2, udgivet \d\d\.\d\d\.\d{4}\./);
    assert.match(main, /Vi forebygger, før borgeren bliver patient\./);
    assert.ok(await page.getByRole('heading', { level: 3, name: `Spor 4: ${newTrack}` }).isVisible());
    assert.match(main, /Sammen med kommunerne\nog almen praksis\./, 'the description keeps its lines');

    await follow(page, page.getByRole('link', { name: 'Tidligere versioner' }));
    const versions = await page.locator('main table').innerText();
    assert.match(versions, /Version 2 \(gældende\)\s+\d\d\.\d\d\.\d{4}.*\s+Rasmus Redaktør/);
    assert.match(versions, /Version 1\s/);
    await page.goto(url('/maalbilleder/sundhed/versioner/1'));
    assert.doesNotMatch(await page.locator('main').innerText(), new RegExp(newTrack), 'version 1 is as it was');
  });

  test('the editor makes an indicator broken down on two units after a form with errors', async () => {
    const page = await as(editorEmail);
    await page.goto(url('/maalbilleder/sundhed'));
    const track = page.locator('section.portal-goal-track', { has: page.getByRole('heading', { name: `Spor 1: ${firstTrack}` }) });
    await follow(page, track.getByRole('link', { name: 'Tilføj en indikator på sporet' }));
    const trackId = new URL(page.url()).searchParams.get('spor');
    assert.match(trackId ?? '', /^\d+$/);
    await assertShell(page, { title: 'Ny indikator' });
    assert.equal(await heading(page), 'Ny indikator');
    assert.equal(await page.getByLabel('Strategispor').inputValue(), trackId, 'the track is chosen');
    await assertAccessible(page, 'the new indicator form');

    await page.getByLabel('Navn', { exact: true }).fill(indicatorName);
    await page.getByLabel('Definition').fill('Andel af henviste patienter,\nder er udredt inden for 30 dage.');
    await page.getByLabel('Måleenhed').fill('%');
    await page.getByLabel('Retning').selectOption({ label: 'Højere er bedre' });
    await page.getByLabel('Frekvens').selectOption({ label: 'Månedlig' });
    await page.getByLabel('Decimaler').selectOption('1');
    await page.getByLabel('Mål', { exact: true }).fill('halvfems');
    await page.getByLabel('Grænse for grøn').fill('85');
    await page.getByLabel('Grænse for rød').fill('75');
    await page.getByLabel('Mindste mulige værdi (valgfri)').fill('0');
    await page.getByLabel('Største mulige værdi (valgfri)').fill('100');
    await page.getByLabel('Ejerenhed').fill('HEM');
    await page.getByLabel('Datakilde (valgfri)').fill('LPR via regionens datavarehus');
    await page.getByLabel('Opdeling').selectOption({ label: 'Opdelt på enheder' });
    await page.getByLabel('Sammenlægning').selectOption({ label: 'Gennemsnit af enhederne' });
    const refused = await submit(page, 'Gem indikatoren');
    assert.equal(refused.status(), 422);
    await assertShell(page, { title: 'Ny indikator (fejl)' });
    assert.match(await page.locator('#target-error').innerText(), /Skriv et tal, fx 12,5\./);
    assert.match(await page.locator('#units-error').innerText(), /Vælg de enheder, indikatoren måles på/);
    const summary = page.locator('.error-summary');
    assert.ok(await summary.getByRole('link', { name: 'Skriv et tal, fx 12,5.' }).isVisible());
    assert.equal(await summary.getByRole('link', { name: 'Skriv et tal, fx 12,5.' }).getAttribute('href'), '#target');
    assert.equal(await page.getByLabel('Navn', { exact: true }).inputValue(), indicatorName, 'what was typed is kept');
    assert.equal(await page.getByLabel('Definition').inputValue(),
      'Andel af henviste patienter,\nder er udredt inden for 30 dage.', 'line breaks and all');
    assert.equal(await page.getByLabel('Mål', { exact: true }).getAttribute('aria-invalid'), 'true');
    await screenshot(page, 'goals-indicator-form-errors');
    await assertAccessible(page, 'the indicator form with errors');

    await page.getByLabel('Mål', { exact: true }).fill('90');
    await page.getByLabel('Hospitalsenhed Midt', { exact: true }).check();
    await page.getByLabel('Koncern HR', { exact: true }).check();
    assert.equal((await submit(page, 'Gem indikatoren')).status(), 200);
    indicatorPath = new URL(page.url()).pathname;
    assert.match(indicatorPath, /^\/maalbilleder\/indikatorer\/\d+$/);
    indicatorId = indicatorPath.split('/').pop();
    await assertShell(page, { title: indicatorName });
    const main = await page.locator('main').innerText();
    assert.match(main, /Indikatoren er gemt\./);
    assert.match(main, /Der er ingen målinger for Regionen samlet endnu\./);
    assert.match(main, /Grøn ved 85,0 % eller derover, rød ved 75,0 % eller derunder, gul imellem\./);
    assert.match(await page.locator('.portal-goal-definition').innerText(),
      /Andel af henviste patienter,\nder er udredt inden for 30 dage\./);
    await assertAccessible(page, 'an indicator without measurements');
  });

  test('Jens sees what his unit must report and reports a red value only with its cause and action', async () => {
    assert.ok(indicatorPath, 'the indicator was made');
    const page = await as(leaderEmail);
    await page.goto(url('/maalbilleder'));
    await follow(page, page.getByRole('link', { name: 'Målbilleder for Hospitalsenhed Midt' }));
    assert.equal(new URL(page.url()).pathname, '/maalbilleder/enheder/HEM');
    await assertShell(page, { title: 'Målbilleder for Hospitalsenhed Midt' });
    assert.match(await page.locator('main .alert-warning').innerText(), /1 indikator mangler indberetning/);
    const row = page.getByRole('region', { name: 'Enhedens indikatorer' }).locator('tr', { hasText: indicatorName });
    const text = await row.innerText();
    assert.match(text, /Enheden ejer og indberetter/);
    assert.match(text, new RegExp(`${due.label}: ikke indberettet`));
    assert.match(text, /Mangler værdi: Hospitalsenhed Midt/);
    await screenshot(page, 'goals-unit');
    await assertAccessible(page, 'the unit view');

    await follow(page, row.getByRole('link', { name: 'Indberet' }));
    assert.equal(new URL(page.url()).pathname, `${indicatorPath}/indberet`);
    await assertShell(page, { title: `Indberet ${indicatorName}` });
    assert.equal(await page.getByLabel('Periode').inputValue(), due.code, 'the last ended month is chosen');
    await page.getByLabel('Værdi for Hospitalsenhed Midt (%)').fill('70,5');
    await page.getByLabel('Værdi for Koncern HR (%)').fill('90');
    const refused = await submit(page, 'Gem målingerne');
    assert.equal(refused.status(), 422);
    await assertShell(page, { title: `Indberet ${indicatorName} (fejl)` });
    const message = 'Værdien er rød. Skriv årsagen og det, I gør ved det, før perioden er indberettet.';
    assert.match(await page.locator('#cause-HEM-error').innerText(), new RegExp(message.replace(/\./g, '\\.')));
    assert.ok(await page.locator('.error-summary').getByRole('link', { name: message }).isVisible());
    assert.equal(await page.getByLabel('Værdi for Hospitalsenhed Midt (%)').inputValue(), '70,5', 'what was typed is kept');
    assert.equal(await page.getByLabel('Værdi for Koncern HR (%)').inputValue(), '90');
    const hem = reportRow(page, 'Hospitalsenhed Midt');
    assert.equal(await hem.locator('details').evaluate((d) => d.open), true, 'the cause and action are shown at the error');
    assert.equal(await reportRow(page, 'Koncern HR').locator('details').evaluate((d) => d.open), false);
    await screenshot(page, 'goals-report-errors');
    await assertAccessible(page, 'the report form with a red value without a comment');

    // Closed and opened again, as someone who clicked it away would.
    await hem.getByText('Årsag og handling').click();
    assert.equal(await hem.getByLabel('Årsag (kræves, når værdien er rød)').isVisible(), false);
    await hem.getByText('Årsag og handling').click();
    await hem.getByLabel('Årsag (kræves, når værdien er rød)').fill(cause);
    await hem.getByLabel('Handling (kræves, når værdien er rød)').fill(action);
    assert.equal((await submit(page, 'Gem målingerne')).status(), 200);
    assert.equal(new URL(page.url()).pathname, indicatorPath);
    await assertShell(page, { title: indicatorName });
    assert.match(await page.locator('main').innerText(), /Målingerne er gemt\./);
    assert.equal((await page.locator('.portal-goal-keyfacts dd').last().innerText()).trim(), 'Indberettet');
    const comments = page.locator('section[aria-labelledby="kommentarer"]');
    const comment = await comments.locator('article').first().innerText();
    assert.match(comment, new RegExp(`${due.label}\\s+Hospitalsenhed Midt`));
    assert.match(comment, /Årsag: Personalemangel\ni sommerferien/, 'the cause on its lines');
    assert.match(comment, new RegExp(`Handling: ${action}`));
    assert.match(comment, /Jens Østergaard, \d\d\.\d\d\.\d{4}/);
  });

  test('the import page previews a CSV file of earlier months, and they are saved when confirmed', async () => {
    const page = await as(leaderEmail);
    await page.goto(url('/maalbilleder'));
    await follow(page, page.getByRole('link', { name: 'Indlæs målinger fra en fil' }));
    assert.equal(new URL(page.url()).pathname, '/maalbilleder/import');
    await assertShell(page, { title: 'Indlæs målinger' });
    const lines = ['indikator;periode;enhed;vaerdi;aarsag;handling'];
    const hem = ['86,0', '84,5', '81,5', '78,0'];
    const adm = ['88,0', '89,0', '90,5', '91,0'];
    for (let i = 0; i < 4; i++) {
      const month = monthsBack(5 - i).code;
      lines.push(`${indicatorId};${month};HEM;${hem[i]};;`, `${indicatorId};${month};ADM;${adm[i]};;`);
    }
    await page.getByLabel('CSV-fil').setInputFiles({
      name: 'maalinger.csv', mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8'),
    });
    assert.equal((await submit(page, 'Vis, hvad filen indeholder')).status(), 200);
    await assertShell(page, { title: 'Indlæs målinger: forhåndsvisning' });
    const preview = page.locator('section[aria-labelledby="forhaandsvisning"]');
    assert.equal(await preview.getByRole('heading', { level: 2 }).innerText(), 'maalinger.csv');
    assert.match(await preview.innerText(), /8 værdier: 8 nye, 0 ændres og 0 uændrede\. Intet er gemt endnu\./);
    const table = page.getByRole('region', { name: 'Målingerne i filen' });
    assert.equal(await table.locator('tbody tr').count(), 8);
    assert.match(await table.locator('tbody tr', { hasText: 'Hospitalsenhed Midt' }).last().innerText(),
      new RegExp(`^8\\s+${indicatorName}\\s+${monthsBack(2).label}\\s+Hospitalsenhed Midt\\s+78,0 %\\s+Gul: tæt på\\s+Ny$`));
    await screenshot(page, 'goals-import-preview');
    await assertAccessible(page, 'the import preview');
    await follow(page, page.getByRole('button', { name: 'Gem alle målingerne' }));
    assert.equal(new URL(page.url()).pathname, '/maalbilleder');
    assert.match(await page.locator('main').innerText(), /Målingerne er indlæst\./);

    await page.goto(url(`${indicatorPath}?enhed=HEM`));
    const data = page.getByRole('region', { name: 'Målinger for Hospitalsenhed Midt' });
    assert.match(await data.locator('tr', { hasText: monthsBack(2).label }).innerText(), /78,0 %/);
    assert.match(await data.locator('tr', { hasText: monthsBack(5).label }).innerText(), /86,0 %/);
  });

  test('the indicator page: run chart, its numbers, the breakdown on units and one unit\'s chart', async () => {
    const page = await as(leaderEmail);
    await page.goto(url(indicatorPath));
    await assertShell(page, { title: indicatorName });
    assert.equal(await page.getByRole('heading', { level: 2, name: 'Kørselsdiagram: Regionen samlet' }).count(), 1);
    const chart = page.locator('figure svg.portal-chart');
    assert.equal(await chart.count(), 1, 'one run chart');
    assert.ok(['img', 'group'].includes(await chart.getAttribute('role')), 'the chart has a role');
    const name = page.getByRole(await chart.getAttribute('role'), { name: new RegExp(`^Kørselsdiagram for ${indicatorName}: Regionen samlet`) });
    assert.equal(await name.count(), 1, 'the chart is named after the indicator and what it shows');
    const box = await chart.boundingBox();
    assert.ok(box && box.width >= 400 && box.height >= 150, `the chart is large enough to read (${box?.width}×${box?.height})`);
    const keyfacts = await page.locator('.portal-goal-keyfacts').innerText();
    assert.match(keyfacts, new RegExp(`\\(${due.label}, samlet fra enhederne\\)`));
    assert.match(keyfacts, /Gul: tæt på/, 'the mean of 70,5 and 90 is between the limits');
    const data = page.getByRole('region', { name: 'Målinger for Regionen samlet' });
    assert.equal(await data.locator('tbody tr').count(), 5, 'four imported months and the reported one');
    assert.match(await data.locator('tbody tr').first().innerText(), new RegExp(due.label));
    assert.match(await page.locator('section[aria-labelledby="om-indikatoren"]').innerText(),
      /Opdeling\s+Opdelt på enheder \(Gennemsnit af enhederne\)[\s\S]*Ejerenhed\s+Hospitalsenhed Midt/);
    const breakdown = page.getByRole('region', { name: 'Indikatoren fordelt på enheder' });
    const hemRow = breakdown.locator('tr', { hasText: 'Hospitalsenhed Midt' });
    assert.match(await hemRow.innerText(), /Målt[\s\S]*70,5 %[\s\S]*Rød: langt fra målet/);
    assert.match(await breakdown.locator('tr', { hasText: 'Koncern HR' }).innerText(), /90,0 %[\s\S]*Grøn: på målet/);
    await screenshot(page, 'goals-indicator');
    await assertAccessible(page, 'an indicator with its run chart');

    await follow(page, hemRow.getByRole('link', { name: 'Hospitalsenhed Midt' }));
    const shown = new URL(page.url());
    assert.equal(shown.search, '?enhed=HEM');
    assert.equal(shown.hash, '#diagram');
    assert.ok(await page.getByRole('heading', { level: 2, name: 'Kørselsdiagram: Hospitalsenhed Midt' }).isVisible());
    assert.equal(await page.getByRole('region', { name: 'Indikatoren fordelt på enheder' })
      .locator('a[aria-current="true"]').innerText(), 'Hospitalsenhed Midt');
    const latest = page.getByRole('region', { name: 'Målinger for Hospitalsenhed Midt' }).locator('tbody tr').first();
    assert.match(await latest.innerText(), /70,5 %[\s\S]*Rød: langt fra målet[\s\S]*1 kommentar/);
    await screenshot(page, 'goals-indicator-unit');
    await assertAccessible(page, 'an indicator shown for one unit');
  });

  test('Målbilleder shows the value, the status in words, the trend and the sparkline', async () => {
    const page = await as(employeeEmail);
    await page.goto(url('/maalbilleder'));
    await assertShell(page, { title: 'Målbilleder' });
    const picture = page.locator('section.portal-goal-picture', { has: page.getByRole('heading', { level: 2, name: health }) });
    assert.match(await picture.locator('p.portal-muted').first().innerText(), /Status for indikatorerne: 0 grønne, 1 gul og 0 røde\./);
    assert.equal(await picture.locator('h3', { hasText: /^Spor \d+: / }).count(), 4, 'the published new track');
    const row = page.getByRole('region', { name: `Indikatorer på sporet ${firstTrack}` }).locator('tbody tr');
    assert.equal(await row.count(), 1);
    assert.match(await row.locator('td[data-label="Seneste værdi og mål"]').innerText(),
      new RegExp(`^80,[23] %\\s+${due.label}, samlet fra enhederne\\s+Mål: 90,0 %$`));
    assert.match(await row.locator('td[data-label="Status"]').innerText(), /^Gul: tæt på/);
    assert.match(await row.locator('td[data-label="Udvikling"]').innerText(), /\S/, 'a trend in words');
    assert.equal(await row.locator('td.portal-sparkline svg').count(), 1, 'a sparkline');
    await screenshot(page, 'goals-overview');
    await assertAccessible(page, 'Målbilleder with an indicator');
    await follow(page, row.getByRole('link', { name: indicatorName }));
    assert.equal(new URL(page.url()).pathname, indicatorPath);
    assert.equal(await page.getByRole('link', { name: 'Indberet målinger' }).count(), 0, 'an employee does not report');
  });

  test('printed, Målbilleder leaves out forms, buttons and links to act on', async () => {
    const page = await as(leaderEmail);
    await page.goto(url('/maalbilleder'));
    assert.ok(await page.locator('.portal-goal-legend').isVisible());
    assert.ok(await page.getByRole('link', { name: 'Indlæs målinger fra en fil' }).isVisible());
    await page.emulateMedia({ media: 'print' });
    try {
      assert.equal(await page.locator('.portal-goal-legend').isVisible(), false, 'no legend to open');
      assert.equal(await page.getByRole('link', { name: 'Indlæs målinger fra en fil' }).isVisible(), false);
      assert.equal(await page.getByRole('link', { name: 'Målbilleder for Hospitalsenhed Midt' }).isVisible(), false);
      const visibleControls = await page.locator('main form, main button, main .button, main input, main select')
        .evaluateAll((nodes) => nodes.filter((n) => n.getClientRects().length > 0).map((n) => n.outerHTML.slice(0, 80)));
      assert.deepEqual(visibleControls, [], 'no forms or buttons on paper');
      assert.match(await page.locator('.portal-print-only').innerText(), /^Udskrevet \d\d\.\d\d\.\d{4}/);
      assert.ok(await page.locator('td.portal-sparkline svg').first().isVisible(), 'the indicators are printed');
      await screenshot(page, 'goals-overview-print');
    } finally {
      await page.emulateMedia({ media: null });
    }
  });

  test('no page broke the Content-Security-Policy or failed to load a resource', () => {
    for (const context of contexts) assertNoProblems(context, 'the goal pages');
  });

  describe('an earlier month reported on a phone without JavaScript', () => {
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

    test('the report form fits the screen, a red value asks for its cause, and the comment is kept', async () => {
      assert.ok(indicatorPath, 'the indicator was made');
      const month = monthsBack(6);
      await page.goto(url('/maalbilleder'));
      assert.ok(await sideways(page) <= 0, `Målbilleder scrolls sideways by ${await sideways(page)} px on a phone`);
      await page.goto(url(indicatorPath));
      await follow(page, page.getByRole('link', { name: 'Indberet målinger' }));
      await page.getByLabel('Periode').selectOption(month.code);
      await follow(page, page.getByRole('button', { name: 'Vis perioden' }));
      assert.equal(new URL(page.url()).search, `?periode=${month.code}`);
      assert.equal(await page.getByLabel('Periode').inputValue(), month.code);
      const overflow = await sideways(page);
      assert.ok(overflow <= 0, `the report form scrolls sideways by ${overflow} px on a phone`);
      await page.getByLabel('Værdi for Hospitalsenhed Midt (%)').fill('72');
      await page.getByLabel('Værdi for Koncern HR (%)').fill('87,5');
      assert.equal((await submit(page, 'Gem målingerne')).status(), 422);
      assert.match(await page.locator('#cause-HEM-error').innerText(), /Værdien er rød\. Skriv årsagen/);
      await screenshot(page, 'goals-report-mobile-no-javascript');
      const hem = reportRow(page, 'Hospitalsenhed Midt');
      await hem.getByLabel('Årsag (kræves, når værdien er rød)').fill('Vinterens influenza');
      await hem.getByLabel('Handling (kræves, når værdien er rød)').fill('Flere ambulante tider');
      assert.equal((await submit(page, 'Gem målingerne')).status(), 200);
      assert.equal(new URL(page.url()).pathname, indicatorPath);
      assert.match(await page.locator('main').innerText(), /Målingerne er gemt\./);
      const comments = await page.locator('section[aria-labelledby="kommentarer"]').innerText();
      assert.match(comments, new RegExp(`${month.label}\\s+Hospitalsenhed Midt\\s+Årsag: Vinterens influenza`));
      const pageOverflow = await sideways(page);
      assert.ok(pageOverflow <= 0, `the indicator page scrolls sideways by ${pageOverflow} px on a phone`);
      await screenshot(page, 'goals-indicator-mobile-no-javascript');
    });

    test('no page broke the Content-Security-Policy or failed to load a resource', () => {
      assertNoProblems(context, 'the goal pages without JavaScript');
    });
  });
});
