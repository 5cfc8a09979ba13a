// Scripted Direct Line 3.0 conversations against the web host with the real client, botframework-directlinejs.
// Usage: node run.js http://127.0.0.1:<port>   (optional env DIRECTLINE_SECRET when the host has a secret configured)
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

async function main() {
  const results = [];
  const first = await converse('websocket', true);
  results.push(...first.checks);
  const second = await converse('polling', false);
  results.push(...second.checks);

  const crossRead = await fetch(`${domain}/conversations/${encodeURIComponent(first.conversationId)}/activities`, { headers: { Authorization: `Bearer ${second.token}` } });
  results.push([`a second conversation's token cannot read the first (got ${crossRead.status}, want 403)`, crossRead.status === 403]);

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
