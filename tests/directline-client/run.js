// Scripted Direct Line 3.0 conversations against the web host with the real client, botframework-directlinejs.
// Usage: node run.js http://127.0.0.1:<port> [http://127.0.0.1:<port2>]   (optional env DIRECTLINE_SECRET when the host has a
// secret configured). With a second address (another instance on the same database) one conversation also alternates
// between the two instances turn by turn, each turn on a new client resuming the conversation with its id and token.
// Exits 0 when every check passes, 1 otherwise.
'use strict';

const WS = require('ws');

let socketsOpened = 0;
class CountingWebSocket extends WS {
  constructor(...args) {
    super(...args);
    socketsOpened++;
  }
}

// directlinejs needs these globals on Node 20 (without a global WebSocket it silently polls).
global.XMLHttpRequest = require('xhr2');
global.WebSocket = CountingWebSocket;

const { DirectLine } = require('botframework-directlinejs');

const base = (process.argv[2] || 'http://127.0.0.1:5000').replace(/\/+$/, '');
const domain = `${base}/v3/directline`;
const otherDomain = process.argv[3] ? `${process.argv[3].replace(/\/+$/, '')}/v3/directline` : null;
const followUp = 'en wat is het salaris?';
const question = 'Tot wanneer kan ik solliciteren in Harelbeke?';
const expected = '14 december 2025';
const timeoutMs = 30000;

async function generateToken(userId) {
  const headers = { 'Content-Type': 'application/json' };
  if (process.env.DIRECTLINE_SECRET) headers.Authorization = `Bearer ${process.env.DIRECTLINE_SECRET}`;
  const response = await fetch(`${domain}/tokens/generate`, { method: 'POST', headers, body: JSON.stringify({ user: { id: userId } }) });
  if (response.status !== 200) throw new Error(`tokens/generate answered ${response.status}`);
  return response.json();
}

function hasCitation(activity) {
  return (activity.entities || []).some(e => Array.isArray(e.citation) && e.citation.length > 0);
}

// One conversation: wait for the welcome, ask the question, expect our echo (clientActivityID kept) and the answer.
async function converse(label, webSocket) {
  const userId = `dl_node-${label}`;
  const generated = await generateToken(userId);
  const socketsBefore = socketsOpened;
  const directLine = new DirectLine({ domain, token: generated.token, webSocket, pollingInterval: 200 });
  const clientActivityID = `node-${label}-${Date.now()}`;
  try {
    const result = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      let asked = false;
      let echoed = false;
      let sentId;
      let answer;
      let subscription;
      // The answer can arrive on the stream before postActivity's response: finish when both are in.
      const finish = () => {
        if (answer === undefined || sentId === undefined) return;
        clearTimeout(timer);
        subscription.unsubscribe();
        resolve({ answer, echoed, sentId });
      };
      subscription = directLine.activity$.subscribe(activity => {
        const fromUser = activity.from && activity.from.id === userId;
        if (!fromUser && !asked) {
          asked = true;
          directLine.postActivity({ type: 'message', from: { id: userId, name: 'Kandidaat' }, text: question, locale: 'nl-BE', channelData: { clientActivityID } })
            .subscribe(id => { sentId = id; finish(); }, error => reject(new Error(`postActivity failed: ${error && error.status}`)));
        } else if (fromUser && activity.channelData && activity.channelData.clientActivityID === clientActivityID) {
          echoed = Boolean(activity.id);
        } else if (!fromUser && asked && activity.replyToId && answer === undefined) {
          answer = activity;
          finish();
        }
      }, error => reject(new Error(`activity$ failed: ${error && (error.status || error.message)}`)));
    });
    const checks = [
      [`${label}: the user's activity was echoed with an id and its clientActivityID`, result.echoed],
      [`${label}: the answer replies to the posted activity`, result.answer.replyToId === result.sentId],
      [`${label}: the answer contains "${expected}"`, (result.answer.text || '').includes(expected)],
      [`${label}: the answer carries a citation`, hasCitation(result.answer)],
      [`${label}: ${webSocket ? 'a WebSocket was used' : 'no WebSocket was used (polling)'}`, webSocket ? socketsOpened > socketsBefore : socketsOpened === socketsBefore],
    ];
    return { checks, conversationId: directLine.conversationId || generated.conversationId, token: directLine.token || generated.token };
  } finally {
    directLine.end();
  }
}

// One turn on a fresh client at `turnDomain`, resuming conversation `conversationId` (null: the token's new one) after
// `watermark`: waits for the welcome on a new conversation, asks `text`, returns the answer, the token and the watermark.
async function turn(turnDomain, token, conversationId, watermark, userId, text) {
  const options = { domain: turnDomain, token, webSocket: true, pollingInterval: 200 };
  if (conversationId) Object.assign(options, { conversationId, watermark });
  const directLine = new DirectLine(options);
  const clientActivityID = `alt-${Date.now()}-${Math.random().toString(16).slice(2, 8)}`;
  try {
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to "${text}" within ${timeoutMs} ms on ${turnDomain}`)), timeoutMs);
      let asked = false;
      let sentId;
      let answer;
      let subscription;
      const ask = () => {
        asked = true;
        directLine.postActivity({ type: 'message', from: { id: userId }, text, locale: 'nl-BE', channelData: { clientActivityID } })
          .subscribe(id => { sentId = id; finish(); }, error => reject(new Error(`postActivity failed: ${error && error.status}`)));
      };
      const finish = () => {
        if (answer === undefined || sentId === undefined) return;
        clearTimeout(timer);
        subscription.unsubscribe();
        resolve({ answer, sentId, token: directLine.token || token, conversationId: directLine.conversationId, watermark: directLine.watermark });
      };
      subscription = directLine.activity$.subscribe(activity => {
        const fromUser = activity.from && activity.from.id === userId;
        if (!asked && !conversationId && !fromUser) ask();
        else if (asked && !fromUser && sentId !== undefined && activity.replyToId === sentId) { answer = activity; finish(); }
        else if (asked && !fromUser && activity.replyToId && answer === undefined && sentId === undefined) answer = activity;
      }, error => reject(new Error(`activity$ failed: ${error && (error.status || error.message)}`)));
      if (conversationId) directLine.connectionStatus$.subscribe(status => { if (status === 2 && !asked) ask(); });
    });
  } finally {
    directLine.end();
  }
}

// A → B → A: the conversation's context (the vacancy of the first question) carries over across the instances.
async function alternate() {
  const userId = 'dl_node-alternate';
  const generated = await generateToken(userId);
  const first = await turn(domain, generated.token, null, undefined, userId, question);
  const second = await turn(otherDomain, first.token, first.conversationId, first.watermark, userId, followUp);
  const third = await turn(domain, second.token, first.conversationId, second.watermark, userId, question);
  return [
    ['alternate: turn 1 on the first instance is answered', (first.answer.text || '').includes(expected)],
    ['alternate: turn 2 on the second instance is in the same conversation', second.conversationId === first.conversationId],
    ['alternate: turn 2 answers the follow-up from turn 1\'s vacancy, with a citation', hasCitation(second.answer) && second.answer.replyToId === second.sentId],
    ['alternate: turn 3 back on the first instance is answered', (third.answer.text || '').includes(expected) && third.answer.replyToId === third.sentId],
  ];
}

async function main() {
  const results = [];
  const first = await converse('websocket', true);
  results.push(...first.checks);
  const second = await converse('polling', false);
  results.push(...second.checks);

  const crossRead = await fetch(`${domain}/conversations/${encodeURIComponent(first.conversationId)}/activities`, { headers: { Authorization: `Bearer ${second.token}` } });
  results.push([`a second conversation's token cannot read the first (got ${crossRead.status}, want 403)`, crossRead.status === 403]);
  if (otherDomain) results.push(...await alternate());

  let failed = 0;
  for (const [name, ok] of results) {
    console.log(`${ok ? 'PASS' : 'FAIL'} ${name}`);
    if (!ok) failed++;
  }
  console.log(failed === 0 ? `all ${results.length} checks passed` : `${failed} of ${results.length} checks failed`);
  return failed === 0 ? 0 : 1;
}

main().then(code => process.exit(code), error => {
  console.error(`FAIL ${error && error.message ? error.message : error}`);
  process.exit(1);
});
