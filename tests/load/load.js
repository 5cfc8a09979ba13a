// Load client: N concurrent conversations post message activities with deliveryMode "expectReplies"
// to an /api/messages endpoint for a fixed time and print throughput and latency percentiles.
// Usage: node load.js URL [--conversations 100] [--seconds 20] [--label name]
// Only loopback targets are accepted. Needs Node 18+ (global fetch).
const args = process.argv.slice(2);
const url = args[0];
const option = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
const conversations = Number(option('conversations', 100));
const seconds = Number(option('seconds', 20));
const label = option('label', url);
if (!url || !/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//.test(url)) {
  console.error('usage: node load.js http://127.0.0.1:PORT/api/messages [--conversations N] [--seconds S]');
  process.exit(2);
}

// Mixed questions of the development set's kinds (the vacancy names are those of the local knowledge folder).
const questions = [
  'Tot wanneer kan ik solliciteren in Harelbeke?',
  'Wat is het startloon voor de deskundige externe communicatie in Harelbeke?',
  'Hoeveel vakantiedagen krijg ik bij de provincie Antwerpen?',
  'Ik heb een bachelordiploma en 1 jaar relevante werkervaring. Kan ik solliciteren bij de provincie Antwerpen?',
  'Hoe verloopt de selectieprocedure voor de assistent sociale media?',
  'Wat is de wedde voor de assistent sociale media bij de Kamer?',
  'Hoe lang is de wervingsreserve geldig in Lievegem?',
  'Welke documenten moet ik indienen voor de vacature in Lievegem?',
  'Hoeveel bedragen de maaltijdcheques in Kortrijk?',
  'Can I apply for the communication job in Harelbeke without a bachelor\'s degree?',
];

const latencies = [];
let errors = 0;
const deadline = Date.now() + seconds * 1000;

async function conversation(n) {
  let i = 0;
  while (Date.now() < deadline) {
    const text = questions[(n + i++) % questions.length];
    const body = {
      type: 'message', id: `m${n}-${i}`, text, channelId: 'webchat', serviceUrl: 'http://127.0.0.1:1/',
      deliveryMode: 'expectReplies', from: { id: `user-${n}` }, recipient: { id: 'bot' },
      conversation: { id: `load-${n}` }, timestamp: new Date().toISOString(), locale: 'nl-BE',
    };
    const start = process.hrtime.bigint();
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const json = await res.json();
      if (res.status !== 200 || !Array.isArray(json.activities) || json.activities.length === 0) errors++;
    } catch { errors++; }
    latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}

(async () => {
  const started = Date.now();
  await Promise.all(Array.from({ length: conversations }, (_, n) => conversation(n)));
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(2);
  console.log(`${label}: ${latencies.length} requests in ${elapsed.toFixed(1)} s = ${(latencies.length / elapsed).toFixed(0)} req/s; ` +
    `p50 ${p(0.5)} ms, p99 ${p(0.99)} ms, max ${latencies[latencies.length - 1].toFixed(2)} ms; errors ${errors}`);
  process.exit(errors > 0 ? 1 : 0);
})();
