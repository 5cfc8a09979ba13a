// Drives the page (/?vacancy=…) in headless Debian Chromium with playwright-core: welcome naming the vacancy, keyboard-only
// question, answer with its citation quote in a pane tall enough for its card, no clipped or repeated buttons, 👍 thanked, a suggested action, the language switch keeping the conversation, axe-core
// (serious/critical fail), and a screenshot.
// Usage: node run.js <base url> <screenshot.png>   Exit code 0 = all checks passed.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const VACANCY = 'harelbeke-deskundige-externe-communicatie';
const base = (process.argv[2] || 'http://127.0.0.1:5000').replace(/\/+$/, '');
const screenshot = path.resolve(process.argv[3] || 'webchat.png');
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const BOT = '.webchat__basic-transcript__activity .webchat__bubble:not(.webchat__bubble--from-user)';
let passed = 0;

function check(condition, message) {
  if (!condition) { throw new Error('check failed: ' + message); }
  passed++;
  console.log('ok ' + passed + ' - ' + message);
}

async function botTexts(page) {
  return page.$$eval(BOT, nodes => nodes.map(n => n.innerText));
}

function box0(page) {
  return page.locator('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input').first();
}

async function waitForBotCount(page, count, timeout) {
  await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length >= n, [BOT, count], { timeout });
}

async function main() {
  if (!fs.existsSync(executablePath)) { throw new Error(executablePath + ' is missing: apt-get install -y chromium'); }
  const userDataDir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'webchat-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    // A fixed viewport (no screen-size luck): a long answer is taller than the chat pane at this size.
    viewport: { width: 1280, height: 720 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] || await context.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(String(e)));
  // The page's Content-Security-Policy must not block anything Web Chat does (a violation is logged as a console error).
  page.on('console', m => { if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) errors.push('CSP: ' + m.text()); });
  // Nothing may leave loopback.
  await page.route('**/*', route => (/^(https?|wss?):\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(route.request().url())
    ? route.continue() : route.abort()));
  try {
    const response = await page.goto(`${base}/?vacancy=${VACANCY}`, { waitUntil: 'load' });
    check(/script-src 'self'/.test(response.headers()['content-security-policy'] || ''), 'the page has a Content-Security-Policy');
    check(await page.getAttribute('html', 'lang') === 'nl', 'the page is Dutch (lang="nl")');
    await page.waitForFunction(() => !document.getElementById('vacancy').hidden && /Harelbeke/.test(document.getElementById('vacancy').innerText), null, { timeout: 30000 });
    check(!(await page.innerText('#vacancy')).includes(VACANCY), 'the page names the vacancy by its title, not its id');
    await waitForBotCount(page, 1, 30000);
    check((await botTexts(page))[0].trim().length > 0, 'the welcome message is shown');
    check(/Deskundige Externe Communicatie/.test((await botTexts(page))[0]), 'the welcome names the page\'s vacancy');

    // Keyboard only: Tab from the top of the page until the send box has focus.
    let focused = false;
    for (let i = 0; i < 25 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement && document.activeElement.matches('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input'));
    }
    check(focused, 'the send box is reachable with Tab');
    const before = (await botTexts(page)).length;
    await page.keyboard.type('Tot wanneer kan ik solliciteren?');
    await page.keyboard.press('Enter');
    await page.waitForFunction(([sel, n]) => [...document.querySelectorAll(sel)].slice(n).some(e => e.innerText.includes('14 december 2025')),
      [BOT, before], { timeout: 30000 });
    check(true, 'the answer mentions 14 december 2025');
    const answer = (await botTexts(page)).slice(before).join('\n');
    check(/tot en met 14 december 2025/i.test(answer) || await page.locator('text=/tot en met 14 december 2025/i').count() > 0,
      'the citation quote ("tot en met 14 december 2025") is visible');
    check(await page.locator('.webchat__basic-transcript blockquote').count() > 0, 'the citation is rendered as a quote');
    // The pane is tall enough for an answer with its card.
    await page.waitForTimeout(500);
    const inView = await page.evaluate((sel) => {
      const bubbles = [...document.querySelectorAll(sel)];
      const last = bubbles[bubbles.length - 1].closest('.webchat__basic-transcript__activity') || bubbles[bubbles.length - 1];
      const pane = document.querySelector('.webchat__basic-transcript__scrollable') || document.querySelector('.webchat__basic-transcript');
      const a = last.getBoundingClientRect(); const p = pane.getBoundingClientRect();
      return { top: a.top, paneTop: p.top, paneBottom: p.bottom, paneHeight: p.height };
    }, BOT);
    check(inView.paneHeight >= 420, `the chat pane is tall enough for an answer with its card (${Math.round(inView.paneHeight)} px)`);

    // A long answer (the selection steps with their timeline card) opens at its start: its top is inside the transcript's
    // visible box, not scrolled away above it with only the bottom of its card in view.
    const beforeSteps = (await botTexts(page)).length;
    await box0(page).fill('Hoe verloopt de selectieprocedure?');
    await box0(page).press('Enter');
    await waitForBotCount(page, beforeSteps + 1, 30000);
    await page.waitForFunction((sel) => { const b = [...document.querySelectorAll(sel)]; return b.length && b[b.length - 1].querySelector('.ac-adaptiveCard'); }, BOT, { timeout: 30000 });
    await page.waitForTimeout(3000); // cards rendered, Web Chat's scrolling and the page's adjustment done
    const steps = await page.evaluate((sel) => {
      const bubbles = [...document.querySelectorAll(sel)];
      const last = bubbles[bubbles.length - 1].closest('.webchat__basic-transcript__activity');
      const pane = document.querySelector('.webchat__basic-transcript__scrollable');
      const a = last.getBoundingClientRect(); const p = pane.getBoundingClientRect();
      return { top: a.top, bottom: a.bottom, height: a.height, paneTop: p.top, paneBottom: p.bottom, paneHeight: p.height, text: last.innerText.slice(0, 80) };
    }, BOT);
    check(steps.height > steps.paneHeight, `the steps answer is longer than the pane (${Math.round(steps.height)} px > ${Math.round(steps.paneHeight)} px), so its start matters`);
    check(steps.top >= steps.paneTop - 1 && steps.top < steps.paneBottom - 40,
      `the long answer opens at its start: its top (${Math.round(steps.top)}) is inside the transcript's visible box (${Math.round(steps.paneTop)}–${Math.round(steps.paneBottom)})`);
    await page.screenshot({ path: screenshot.replace(/\.png$/i, '') + '-answer-top.png', fullPage: false });

    // Every button of a card is fully inside its card, and no card button is repeated as a suggested action.
    const clipped = await page.evaluate(() => [...document.querySelectorAll('.ac-adaptiveCard')].flatMap((card) => {
      const c = card.getBoundingClientRect();
      return [...card.querySelectorAll('button')].filter((b) => { const r = b.getBoundingClientRect(); return r.width > 0 && (r.right > c.right + 1 || r.left < c.left - 1); }).map((b) => b.innerText);
    }));
    check(clipped.length === 0, `no button is cut off at its card's edge (${JSON.stringify(clipped)})`);
    const repeated = await page.evaluate(() => {
      const inCards = new Set([...document.querySelectorAll('.ac-adaptiveCard button')].map((b) => b.innerText.trim()));
      return [...document.querySelectorAll('.webchat__suggested-actions button')].map((b) => b.innerText.trim()).filter((t) => inCards.has(t));
    });
    check(repeated.length === 0, `no card button is repeated as a suggested action (${JSON.stringify(repeated)})`);

    await page.locator('.webchat__basic-transcript blockquote').last().scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshot.replace(/\.png$/i, '') + '-answer.png', fullPage: true });

    const actions = page.locator('.webchat__suggested-actions button');
    await actions.first().waitFor({ timeout: 10000 });
    const count = await actions.count();
    check(count > 0, `suggested actions are buttons (${count})`);
    const title = (await actions.first().innerText()).trim();
    const beforeAction = (await botTexts(page)).length;
    await actions.first().click();
    await waitForBotCount(page, beforeAction + 1, 30000);
    check(true, `clicking "${title}" brings a new bot message`);

    // The language switch keeps the conversation: the transcript stays, no new welcome, and the next answer is in English.
    const kept = await botTexts(page);
    await page.click('[data-lang="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 5000 });
    check((await botTexts(page)).length >= kept.length, 'switching to English keeps the transcript');
    const box = page.locator('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input').first();
    await box.fill('And what is the salary?');
    await box.press('Enter');
    await page.waitForFunction(([sel, n]) => [...document.querySelectorAll(sel)].slice(n).some(e => /per month/.test(e.innerText)),
      [BOT, kept.length], { timeout: 30000 });
    const after = (await botTexts(page)).slice(kept.length).join('\n');
    check(!/Welcome|Welkom/.test(after), 'no new conversation (no second welcome) after the switch');
    check(/per month/.test(after), 'the answer after the switch is in English');

    // Dutch document text inside an English answer is quoted and said to be Dutch, never the answer's own sentence.
    const beforeBenefits = (await botTexts(page)).length;
    await box.fill('What are the benefits?');
    await box.press('Enter');
    await page.waitForFunction(([sel, n]) => [...document.querySelectorAll(sel)].slice(n).some(e => /\(in Dutch\)/.test(e.innerText)), [BOT, beforeBenefits], { timeout: 30000 });
    const benefits = (await botTexts(page)).slice(beforeBenefits).join('\n');
    const items = benefits.split('\n').map(l => l.trim()).filter(l => /^[“"]/.test(l) || /^[-•]\s/.test(l));
    const listed = await page.evaluate(([sel, n]) => {
      const bubble = [...document.querySelectorAll(sel)].slice(n)[0];
      return bubble ? [...bubble.querySelectorAll('li')].map(li => li.innerText.trim()) : [];
    }, [BOT, beforeBenefits]);
    const lines = listed.length > 0 ? listed : items;
    const unquoted = lines.filter(l => !/^[-•\s]*“[^]*”$/.test(l));
    check(lines.length > 0 && unquoted.length === 0, `every listed benefit in the English answer is a quote (${lines.length} items; not quoted: ${JSON.stringify(unquoted)})`);
    await page.screenshot({ path: screenshot.replace(/\.png$/i, '') + '-english-quotes.png', fullPage: false });

    // 👍/👎 under the last answer: a press is thanked.
    const thumbsUp = page.locator('.ac-adaptiveCard button', { hasText: '👍' }).last();
    await thumbsUp.waitFor({ timeout: 10000 });
    const beforeVote = (await botTexts(page)).length;
    const votableBefore = await page.locator('.ac-adaptiveCard button', { hasText: '👍' }).count();
    // On a busy machine the transcript can keep moving (auto-scroll, a late typing indicator) so that the button is never
    // "stable" for a pointer click; the press itself is what is tested here, so it then goes through the DOM.
    try {
      await thumbsUp.click({ timeout: 10000 });
    } catch (e) {
      console.log(`# the 👍 button did not hold still for a pointer click (${String(e.message).split('\n')[0]}); pressing it through the DOM`);
      await thumbsUp.evaluate(b => b.click());
    }
    await page.waitForFunction(([sel, n]) => [...document.querySelectorAll(sel)].slice(n).some(e => /Bedankt|Thank you|Merci/.test(e.innerText)), [BOT, beforeVote], { timeout: 30000 });
    check(true, 'the 👍 under the last answer is thanked');
    // The row of the voted answer shows the vote as given, its buttons gone: the same answer cannot be voted on twice.
    await page.waitForFunction(() => [...document.querySelectorAll('.ac-adaptiveCard')].some(c => /✓ 👍/.test(c.innerText)), null, { timeout: 10000 });
    const votableAfter = await page.locator('.ac-adaptiveCard button', { hasText: '👍' }).count();
    check(votableAfter === votableBefore - 1, `the voted answer shows "✓ 👍" instead of its buttons (👍 buttons ${votableBefore} -> ${votableAfter})`);
    await page.screenshot({ path: screenshot.replace(/\.png$/i, '') + '-voted.png', fullPage: false });
    const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    // Evaluated through the DevTools protocol (not an inline script tag), so the page's CSP stays in force for the checks above.
    await page.evaluate(axeSource);
    const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
    for (const v of results.violations) {
      console.log(`axe ${v.impact}: ${v.id} (${v.nodes.length}) ${v.help} :: ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
    }
    check(bad.length === 0, `no serious or critical axe-core violations (${results.violations.length} minor/moderate)`);
    check(errors.length === 0, 'no page errors' + (errors.length ? ': ' + errors.join('; ') : ''));

    // A vacancy the knowledge base does not have: a notice instead of its id, and the chat still starts.
    await page.screenshot({ path: screenshot, fullPage: true });
    await page.goto(`${base}/?vacancy=gemeente-nergens-tuinier-1999`, { waitUntil: 'load' });
    await page.waitForFunction(() => !document.getElementById('vacancy').hidden, null, { timeout: 30000 });
    check(/vinden we niet/.test(await page.innerText('#vacancy')), 'an unknown vacancy is reported on the page');
    await waitForBotCount(page, 1, 30000);
    check(true, 'the chat starts without the unknown vacancy');
    await page.screenshot({ path: screenshot.replace(/\.png$/i, '') + '-unknown-vacancy.png', fullPage: true });
  } catch (e) {
    await page.screenshot({ path: screenshot, fullPage: true }).catch(err => console.log('screenshot failed: ' + err));
    throw e;
  } finally {
    console.log('screenshot: ' + screenshot);
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  console.log(`all ${passed} checks passed`);
}

main().catch(e => { console.error(e && e.stack || e); process.exit(1); });
