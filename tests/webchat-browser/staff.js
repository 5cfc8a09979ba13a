// Drives the staff lookup page (/staff) in headless Debian Chromium with playwright-core at 1366x768, keyboard only:
// type a query, the contact, the deadline with its quote and the four common cards starting in view without scrolling
// at 1366x768 and 1280x720 (tops and first lines: no assertion depends on where the installed fonts end a card),
// ↑/↓ through the vacancies, a question answered, the language switch, axe-core (serious/critical fail), a screenshot.
// Usage: node staff.js <base url> <screenshot.png>   Exit code 0 = all checks passed.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const base = (process.argv[2] || 'http://127.0.0.1:5000').replace(/\/+$/, '');
const screenshot = path.resolve(process.argv[3] || 'staff.png');
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const VIEWPORT = { width: 1366, height: 768 };
let passed = 0;
let shot = false;

function check(condition, message) {
  if (!condition) { throw new Error('check failed: ' + message); }
  passed++;
  console.log('ok ' + passed + ' - ' + message);
}

const text = (page, selector) => page.$eval(selector, n => n.innerText);

// What the phone line needs is to SEE a fact without scrolling: an element is in view when its top edge and its first
// line are inside the viewport. Bottom edges are not asserted: where a card ends depends on the machine's fonts.
async function inView(page, selector) {
  return page.$eval(selector, n => {
    const r = n.getBoundingClientRect();
    const firstLine = Math.min(r.bottom, r.top + 24);
    return r.height > 0 && r.top >= 0 && firstLine <= window.innerHeight && window.scrollY === 0;
  });
}

// Types a query and waits until the list shows the results of the whole query (on a busy machine the debounce lets
// searches for its first letters through; their lists must not be mistaken for the query's).
async function typeQuery(page, query) {
  await page.keyboard.press('Escape');
  await page.keyboard.type(query, { delay: 25 });
  await page.waitForFunction(q => document.getElementById('vacancies').getAttribute('data-query') === q, query, { timeout: 15000 });
}

async function main() {
  if (!fs.existsSync(executablePath)) { throw new Error(executablePath + ' is missing: apt-get install -y chromium'); }
  const userDataDir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'staff-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath, headless: true, viewport: VIEWPORT, bypassCSP: true, // the page's CSP forbids inline scripts; axe-core is injected as one
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] || await context.newPage();
  const errors = [];
  const searches = [];
  page.on('pageerror', e => errors.push(String(e)));
  page.on('request', r => { if (r.url().includes('/api/staff/search')) { searches.push(r.url()); } });
  await page.route('**/*', route => (/^(https?|wss?):\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(route.request().url()) ? route.continue() : route.abort()));
  try {
    await page.goto(`${base}/staff`, { waitUntil: 'load' });
    check(await page.getAttribute('html', 'lang') === 'nl', 'the page is Dutch (lang="nl")');
    check(await page.evaluate(() => document.activeElement && document.activeElement.id === 'q'), 'the search box has focus on load');

    // Keyboard only: type, wait for the cards.
    await typeQuery(page, 'harelbeke');
    await page.waitForFunction(() => /14 december 2025/.test((document.querySelector('#card-deadline .card__value') || {}).innerText || ''), null, { timeout: 15000 });
    check(searches.length < 'harelbeke'.length, `typing is debounced (${searches.length} searches for ${'harelbeke'.length} keys)`);
    check(/14 december 2025/.test(await text(page, '#card-deadline .card__value')), 'the deadline is shown in large type: ' + await text(page, '#card-deadline .card__value'));
    check(/tot en met 14 december 2025/.test(await text(page, '#card-deadline .card__quote')), 'the deadline card quotes its sentence');
    check(/@/.test(await text(page, '#card-contact .card__value')), 'the contact is shown: ' + await text(page, '#card-contact .card__value'));
    for (const size of [VIEWPORT, { width: 1280, height: 720 }]) {
      await page.setViewportSize(size);
      const at = `${size.width}x${size.height}`;
      for (const id of ['contact', 'deadline', 'diploma', 'salary', 'nextTest']) {
        check(await inView(page, '#card-' + id), `the ${id} card starts in view without scrolling at ${at}`);
      }
      check(await inView(page, '#card-contact .card__value a[href^="mailto:"]'), `the contact's e-mail link is in view at ${at}`);
      check(await inView(page, '#card-deadline .card__value'), `the deadline date is in view at ${at}`);
      check(await inView(page, '#card-deadline .card__quote'), `the deadline quote starts in view at ${at}`);
    }
    await page.setViewportSize(VIEWPORT);
    check(/bachelor/i.test(await text(page, '#card-diploma')), 'the diploma card names the bachelor');
    check(/€/.test(await text(page, '#card-salary .card__value')), 'the salary card shows an amount');
    check(/20\d\d/.test(await text(page, '#card-nextTest .card__body')), 'the next test card shows a date: ' + await text(page, '#card-nextTest .card__value'));
    check(await page.evaluate(() => document.activeElement.id === 'q'), 'focus stays in the search box');
    await page.screenshot({ path: screenshot.replace(/\.png$/i, '') + '-deadline.png' });

    // The general conditions have a card of their own (a required driving licence is not only in the passages).
    await typeQuery(page, 'lievegem');
    await page.waitForFunction(() => /Rijbewijs B/.test((document.querySelector('#card-conditions .card__body') || {}).innerText || ''), null, { timeout: 15000 });
    check(/Rijbewijs B/.test(await text(page, '#card-conditions')), 'the conditions card names the required driving licence: ' + await text(page, '#card-conditions .card__conditions'));
    check(/rijbewijs/i.test(await text(page, '#card-conditions .card__quote')) || /Nationaliteit/.test(await text(page, '#card-conditions')), 'the conditions card quotes its source');

    // Arrow keys move through the vacancies and the facts follow; Enter shows the active one.
    await typeQuery(page, 'communicatie');
    await page.waitForFunction(() => document.querySelectorAll('#vacancies [role=option]').length >= 2, null, { timeout: 15000 });
    const firstTitle = await text(page, '#vacancy-title');
    await page.keyboard.press('ArrowDown');
    check(await page.getAttribute('#q', 'aria-activedescendant') === 'vacancy-1', 'ArrowDown makes the second vacancy active');
    await page.waitForFunction(t => document.querySelector('#vacancy-title').innerText !== t, firstTitle, { timeout: 15000 });
    const secondTitle = await text(page, '#vacancy-title');
    check(secondTitle !== firstTitle, `the facts follow the active vacancy ("${firstTitle}" -> "${secondTitle}")`);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForFunction(t => document.querySelector('#vacancy-title').innerText === t, firstTitle, { timeout: 15000 });
    check(await page.getAttribute('#q', 'aria-activedescendant') === 'vacancy-0', 'ArrowUp and Enter show the first vacancy again');

    // A question gets the assistant's answer next to the facts, and its card is marked.
    await typeQuery(page, 'tot wanneer kan ik solliciteren in harelbeke');
    await page.waitForFunction(() => !document.getElementById('answer').hidden && /14 december 2025/.test(document.getElementById('answer-text').innerText), null, { timeout: 15000 });
    check(true, 'a question shows the assistant\'s answer');
    check(await page.$eval('#card-deadline', n => n.classList.contains('card--focus')), 'the deadline card is marked as the one asked about');
    await page.screenshot({ path: screenshot });
    shot = true;

    // Language switch by keyboard: Shift+Tab from the search box reaches FR, then EN.
    await page.keyboard.down('Shift'); await page.keyboard.press('Tab'); await page.keyboard.press('Tab'); await page.keyboard.up('Shift');
    check(await page.evaluate(() => document.activeElement.getAttribute('data-lang')) === 'en', 'Shift+Tab reaches the EN button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 5000 });
    check(await page.$eval('#card-deadline-title', n => n.textContent) === 'Application deadline', 'the page switches to English');
    await page.waitForFunction(() => /14 December 2025/.test(document.querySelector('#card-deadline .card__value').innerText), null, { timeout: 15000 });
    check(true, 'dates follow the language');

    const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    await page.addScriptTag({ content: axeSource });
    const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    for (const v of results.violations) {
      console.log(`axe ${v.impact}: ${v.id} (${v.nodes.length}) ${v.help} :: ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
    }
    const bad = results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
    check(bad.length === 0, `no serious or critical axe-core violations (${results.violations.length} minor/moderate)`);
    check(errors.length === 0, 'no page errors' + (errors.length ? ': ' + errors.join('; ') : ''));
  } finally {
    fs.mkdirSync(path.dirname(screenshot), { recursive: true });
    if (!shot) { await page.screenshot({ path: screenshot }).catch(e => console.log('screenshot failed: ' + e)); }
    console.log('screenshot: ' + screenshot);
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  console.log(`all ${passed} checks passed`);
}

main().catch(e => { console.error(e && e.stack || e); process.exit(1); });
