'use strict';
// Drives the bot through Microsoft 365 Agents Playground (@microsoft/m365agentsplayground 0.2.28) as the Teams client.
//
//   node run.js --endpoint http://127.0.0.1:PORT/api/messages --delivery-mode expectReplies|default [--timeout-ms 20000] [--result FILE]
//
// Starts the playground (no browser, telemetry off, no client credentials so no sign-in and no internet; every
// listen forced to 127.0.0.1 by loopback.js) on a free port, waits until it answers, reads its config, then talks
// to the bot only through the playground's own HTTP API and reads the bot's messages from its WebSocket stream
// (which is what its web UI shows):
//   personal chat: installation -> welcome; a Dutch deadline question -> answer with the date and a quoted source
//   (the citation entity the playground parses); an eligibility question -> a card with Action.Submit buttons;
//   a button press (POST /_conversation/v1/submit) -> handled; Action.Execute (POST /_conversation/v1/invoke) -> answered;
//   👎 under the answer -> thanked; the message extension's search (composeExtension/query) -> a vacancy card;
//   group chat: an @mention question -> answer; channel (an HR team): installation -> the HR welcome with its suggested
//   questions as card buttons, the first one posted -> the procedure answer with its article; a new post (conversation id "team-id;messageid=...") -> answer.
// Prints one JSON object (ok, failures, checks, what was seen, the traffic) on stdout and, with --result, into FILE;
// exit code 0 when every check passed, 1 otherwise, 2 on bad usage.
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const WebSocket = require('ws');

const PLAYGROUND_VERSION = '0.2.28';
const QUESTION = 'Tot wanneer kan ik solliciteren in Harelbeke?';
const EXPECTED_DATE = '14 december 2025';
const ELIGIBILITY_QUESTION = 'Kom ik in aanmerking?';
const GROUP_QUESTION = 'Wat is het loon voor de deskundige externe communicatie in Harelbeke?';
const CHANNEL_QUESTION = 'Tot wanneer kan ik solliciteren voor assistent sociale media bij de Kamer?';

function parseArgs(argv) {
  const args = { timeoutMs: 20000 };
  for (let i = 0; i < argv.length; i++) {
    const next = () => {
      if (i + 1 >= argv.length) {
        usage(`missing value after ${argv[i]}`);
      }

      return argv[++i];
    };
    switch (argv[i]) {
      case '--endpoint': args.endpoint = next(); break;
      case '--delivery-mode': args.deliveryMode = next(); break;
      case '--timeout-ms': args.timeoutMs = Number(next()); break;
      case '--result': args.result = next(); break;
      default: usage(`unknown argument ${argv[i]}`);
    }
  }

  if (!args.endpoint || !['default', 'expectReplies'].includes(args.deliveryMode)) {
    usage('--endpoint and --delivery-mode default|expectReplies are required');
  }

  return args;
}

function usage(message) {
  process.stderr.write(`run.js: ${message}\nusage: node run.js --endpoint http://127.0.0.1:PORT/api/messages --delivery-mode expectReplies|default [--timeout-ms N] [--result FILE]\n`);
  process.exit(2);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class Failure extends Error {}

/** Starts the playground and resolves with {child, port, listens, output()} once it listens. */
function startPlayground(endpoint, deliveryMode, workDir, timeoutMs) {
  const packageDir = path.join(__dirname, 'node_modules', '@microsoft', 'm365agentsplayground');
  const cli = path.join(packageDir, 'cli.js');
  if (!fs.existsSync(cli)) {
    throw new Failure(`${cli} is missing: run npm ci --prefix tests/teams-playground (scripts/setup.sh does)`);
  }

  const version = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version;
  if (version !== PLAYGROUND_VERSION) {
    throw new Failure(`@microsoft/m365agentsplayground ${version} installed, this driver is written against ${PLAYGROUND_VERSION}`);
  }

  const env = { ...process.env };
  for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'ALL_PROXY', 'all_proxy']) {
    delete env[name];
  }

  Object.assign(env, {
    NO_PROXY: '127.0.0.1,localhost,::1',
    no_proxy: '127.0.0.1,localhost,::1',
    TEAMSAPPTESTER_BROWSER: 'none',
    TEAMSAPPTESTER_LOGFILE: path.join(workDir, 'playground.log'),
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: path.join(workDir, '.m365agentsplayground.yml'),
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ? process.env.NODE_OPTIONS + ' ' : ''}--require ${JSON.stringify(path.join(__dirname, 'loopback.js'))}`,
  });
  const args = [cli, '--disable-telemetry', '-e', endpoint, '-c', 'msteams', '--port', '0', '--delivery-mode', deliveryMode];
  const child = spawn(process.execPath, args, { cwd: workDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => { stderr += d; });
  const output = () => `--- playground stdout ---\n${stdout}\n--- playground stderr ---\n${stderr}`;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Failure(`the playground did not report "Listening on" within ${timeoutMs} ms\n${output()}`)), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Failure(`the playground exited early (code ${code}, signal ${signal})\n${output()}`));
    });
    const check = () => {
      const m = /Listening on (\d+)/.exec(stdout);
      if (m) {
        clearTimeout(timer);
        const port = Number(m[1]);
        const listens = [...stderr.matchAll(/loopback\.js: listen (\S+):(\d+)/g)].filter((x) => Number(x[2]) === port).map((x) => x[1]);
        resolve({ child, port, listens, output });
      }
    };
    child.stdout.on('data', check);
  });
}

async function http(base, method, pathName, body) {
  const response = await fetch(base + pathName, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }

  if (!response.ok) {
    throw new Failure(`${method} ${pathName} -> ${response.status}: ${text}`);
  }

  return json ?? text;
}

async function waitForPing(base, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await http(base, 'GET', '/_debug/ping')) === 'pong') {
        return;
      }
    } catch (e) {
      if (Date.now() > deadline) {
        throw new Failure(`the playground does not answer GET /_debug/ping: ${e.message}`);
      }
    }

    await sleep(100);
  }
}

/** Tries a TCP connection; resolves with the error code or 'connected'. */
function probe(address, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: address, port, timeout: 1500 });
    socket.once('connect', () => { socket.destroy(); resolve('connected'); });
    socket.once('timeout', () => { socket.destroy(); resolve('timeout'); });
    socket.once('error', (e) => resolve(e.code || e.message));
  });
}

/** The local addresses listening on the port according to /proc/net/tcp{,6} (Linux), or null elsewhere. */
function procListenAddresses(port) {
  const found = [];
  let readAny = false;
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text;
    try {
      text = fs.readFileSync(file, 'utf8');
      readAny = true;
    } catch {
      continue;
    }

    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 4 || cols[3] !== '0A') {
        continue; // not LISTEN
      }

      const [hexAddress, hexPort] = cols[1].split(':');
      if (parseInt(hexPort, 16) !== port) {
        continue;
      }

      found.push(hexAddress.length === 8
        ? hexAddress.match(/../g).reverse().map((b) => parseInt(b, 16)).join('.')
        : (hexAddress === '0'.repeat(32) ? '::' : hexAddress === '00000000000000000000000001000000' ? '::1' : `ipv6:${hexAddress}`));
    }
  }

  return readAny ? found : null;
}

async function loopbackCheck(port, listens) {
  const nonLoopback = Object.values(os.networkInterfaces()).flat()
    .filter((i) => !i.internal && !(i.family === 'IPv6' && i.address.startsWith('fe80')))
    .map((i) => i.address);
  const probes = [];
  for (const address of nonLoopback) {
    probes.push({ address, result: await probe(address, port) });
  }

  return { listenAddresses: listens, procListenAddresses: procListenAddresses(port), nonLoopbackProbes: probes, loopbackProbe: await probe('127.0.0.1', port) };
}

/** The bot's messages as the playground's web UI receives them. */
class Stream {
  constructor(url, botId) {
    this.url = url;
    this.botId = botId;
    this.messages = [];
    this.raw = [];
    this.updates = [];
    this.waiters = [];
  }

  open() {
    return new Promise((resolve, reject) => {
      this.ws = new WebSocket(this.url);
      this.ws.once('open', resolve);
      this.ws.once('error', (e) => reject(new Failure(`WebSocket ${this.url}: ${e.message}`)));
      this.ws.on('message', (data) => {
        let event;
        try {
          event = JSON.parse(data.toString());
        } catch {
          return;
        }

        this.raw.push(event);
        if (event.action === 'updateMessage' && event.message) {
          this.updates.push({ conversationId: event.actionConversationId, ...event.message });
          this.waiters = this.waiters.filter((w) => !w());
        }

        if (event.action === 'createMessage' && event.message && event.message.from && event.message.from.id === this.botId) {
          this.messages.push({ conversationId: event.actionConversationId, ...event.message });
          this.waiters = this.waiters.filter((w) => !w());
        }
      });
    });
  }

  /** Waits for the first bot message after index `from` in a conversation that satisfies `predicate`. */
  next(conversationId, from, what, timeoutMs, predicate = () => true) {
    const find = () => this.messages.slice(from).find((m) => m.conversationId === conversationId && predicate(m));
    return new Promise((resolve, reject) => {
      const hit = find();
      if (hit) {
        resolve(hit);
        return;
      }

      const timer = setTimeout(() => {
        const seen = this.messages.slice(from).map((m) => ({ conversationId: m.conversationId, text: m.text }));
        reject(new Failure(`no ${what} from the bot within ${timeoutMs} ms in conversation ${conversationId}; bot messages since: ${JSON.stringify(seen)}`));
      }, timeoutMs);
      this.waiters.push(() => {
        const m = find();
        if (m) {
          clearTimeout(timer);
          resolve(m);
          return true;
        }

        return false;
      });
    });
  }

  close() {
    if (this.ws) {
      this.ws.terminate();
    }
  }
}

/** The playground's traffic log (what its UI shows under "Log"): every activity sent to the bot and every connector call. */
class TrafficLog {
  constructor(url) {
    this.url = url;
    this.items = [];
  }

  open() {
    return new Promise((resolve, reject) => {
      this.ws = new WebSocket(this.url);
      this.ws.once('open', resolve);
      this.ws.once('error', (e) => reject(new Failure(`WebSocket ${this.url}: ${e.message}`)));
      this.ws.on('message', (data) => {
        try {
          const event = JSON.parse(data.toString());
          if (event.logAction === 'appendLog' && event.log) {
            this.items.push(event.log);
          }
        } catch {
          // not JSON
        }
      });
    });
  }

  /** The playground's own warnings and errors (e.g. "the app is not connected", a rejected connector call). */
  problems() {
    return this.items.filter((i) => !i.from && i.level && !/^info/i.test(i.level)).map((i) => `${i.level}: ${i.displayText}`);
  }

  /** Activities the playground posted to the bot, with the HTTP status and the number of replies in the response body. */
  toBot() {
    return this.items.filter((i) => i.to === 'User Application').map((i) => {
      const body = i.response && i.response.body;
      return {
        activity: i.activityName,
        conversationId: i.conversationId,
        deliveryMode: i.request && i.request.body && i.request.body.deliveryMode,
        status: i.response && i.response.statusCode,
        repliesInBody: body && typeof body === 'object' && Array.isArray(body.activities) ? body.activities.length : 0,
      };
    });
  }

  /** Activities the bot posted to the playground's connector (/_connector/v3/conversations/...). */
  fromBot() {
    return this.items.filter((i) => i.from === 'User Application').map((i) => ({
      activity: i.activityName,
      conversationId: i.conversationId,
      status: i.response && i.response.statusCode,
      // An update of a message already shown (PUT …/activities/{id}, the body carrying that id): the vote shown on its row.
      update: !!(i.request && i.request.body && i.request.body.id && i.request.body.id === i.messageId),
    }));
  }

  close() {
    if (this.ws) {
      this.ws.terminate();
    }
  }
}

const quotes = (m) => ((m.aiEntity && m.aiEntity.citation) || []).map((c) => c.appearance && c.appearance.abstract).filter(Boolean);

function submitActions(m) {
  const found = [];
  const walk = (node) => {
    if (Array.isArray(node)) {
      node.forEach(walk);
    } else if (node && typeof node === 'object') {
      if (node.type === 'Action.Submit' && node.data && typeof node.data === 'object') {
        found.push({ title: node.title, data: node.data });
      }

      Object.values(node).forEach(walk);
    }
  };
  (m.attachments || []).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').forEach((a) => walk(a.content));
  return found;
}

const summary = (m) => ({ messageId: m.messageId, conversationId: m.conversationId, text: m.text, quotes: quotes(m), cards: (m.attachments || []).map((a) => a.contentType) });

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agents-playground-'));
  const result = { ok: false, playgroundVersion: PLAYGROUND_VERSION, deliveryMode: args.deliveryMode, endpoint: args.endpoint, failures: [], checks: [] };
  const step = args.timeoutMs;
  let playground;
  let stream;
  let traffic;
  const check = (name, condition, detail) => {
    result.checks.push({ name, ok: !!condition });
    if (!condition) {
      result.failures.push(`${name}: ${detail}`);
    }
  };
  let silent = false; // the bot sent nothing to the first step: the other steps are skipped rather than each waiting out its timeout
  const attempt = async (name, body) => {
    if (silent) {
      result.failures.push(`${name}: skipped, the bot sent nothing so far`);
      result.checks.push({ name, ok: false });
      return;
    }

    try {
      await body();
    } catch (e) {
      result.failures.push(`${name}: ${e instanceof Failure ? e.message : e.stack || e}`);
      result.checks.push({ name, ok: false });
      silent = stream.messages.length === 0;
    }
  };

  try {
    playground = await startPlayground(args.endpoint, args.deliveryMode, workDir, step);
    const base = `http://127.0.0.1:${playground.port}`;
    result.port = playground.port;
    await waitForPing(base, step);

    result.loopback = await loopbackCheck(playground.port, playground.listens);
    const lb = result.loopback;
    check('listens on 127.0.0.1 only', lb.listenAddresses.length > 0 && lb.listenAddresses.every((a) => a === '127.0.0.1'), `listen addresses ${JSON.stringify(lb.listenAddresses)}`);
    if (lb.procListenAddresses !== null) {
      check('the kernel shows the port listening on 127.0.0.1 only', lb.procListenAddresses.length > 0 && lb.procListenAddresses.every((a) => a === '127.0.0.1'), `/proc/net listeners ${JSON.stringify(lb.procListenAddresses)}`);
    }

    check('reachable on 127.0.0.1', lb.loopbackProbe === 'connected', `127.0.0.1:${playground.port} -> ${lb.loopbackProbe}`);
    for (const p of lb.nonLoopbackProbes) {
      check(`not reachable on ${p.address}`, p.result !== 'connected', `${p.address}:${playground.port} accepted a connection`);
    }

    traffic = new TrafficLog(`ws://127.0.0.1:${playground.port}/_ws/log/stream`);
    await traffic.open();

    // Answers once the bot endpoint accepts connections (the playground waits up to ~15 s for it).
    const { config, internalConfig } = await http(base, 'GET', '/_internal/v1/config');
    result.config = { channelId: internalConfig.channelId, deliveryMode: internalConfig.debugConfig && internalConfig.debugConfig.deliveryMode, bot: config.bot, user: config.currentUser.id };
    check('playground channel is msteams', internalConfig.channelId === 'msteams', `channelId ${internalConfig.channelId}`);
    check(`playground delivery mode is ${args.deliveryMode}`, internalConfig.debugConfig && internalConfig.debugConfig.deliveryMode === args.deliveryMode, JSON.stringify(internalConfig.debugConfig));

    const me = config.currentUser.id;
    const botId = config.bot.id;
    stream = new Stream(`ws://127.0.0.1:${playground.port}/_ws_conversation/v1/conversations/stream`, botId);
    await stream.open();

    // Personal chat.
    const personal = config.personalChat.id;
    result.personal = {};
    await attempt('personal: installation -> welcome', async () => {
      const from = stream.messages.length;
      await http(base, 'POST', `/_debug/conversation/${encodeURIComponent(personal)}/installation`, {});
      const welcome = await stream.next(personal, from, 'welcome', step, (m) => !!m.text);
      await sleep(500); // the playground sends installationUpdate and conversationUpdate: collect every welcome
      result.personal.welcome = stream.messages.slice(from).filter((m) => m.conversationId === personal).map(summary);
      check('personal: the welcome has text', welcome.text.trim().length > 20, `welcome text ${JSON.stringify(welcome.text)}`);
    });

    await attempt('personal: question -> answer with a quote', async () => {
      const from = stream.messages.length;
      await http(base, 'POST', `/_conversation/v1/conversations/${encodeURIComponent(personal)}/messages`, { from: { id: me }, text: QUESTION, textFormat: 'plain' });
      const answer = await stream.next(personal, from, `answer to ${JSON.stringify(QUESTION)}`, step);
      result.personal.answerFrom = from;
      result.personal.answer = summary(answer);
      check('personal: the answer gives the deadline', (answer.text || '').includes(EXPECTED_DATE), `answer ${JSON.stringify(answer.text)} does not mention ${EXPECTED_DATE}`);
      check('personal: the answer quotes the vacancy (citation entity parsed by the playground)', quotes(answer).some((q) => q.includes('14 december 2025')), `citations ${JSON.stringify(quotes(answer))}`);
      result.personal.answerMessage = answer;
    });

    await attempt('personal: 👎 on the answer -> stored and thanked', async () => {
      // The playground shows the text and the card of one activity as two messages: the buttons are on the card's.
      const answer = await stream.next(personal, result.personal.answerFrom, 'the answer\'s card with 👍/👎', step, (m) => submitActions(m).some((a) => a.data.feedback));
      delete result.personal.answerMessage;
      delete result.personal.answerFrom;
      const votes = submitActions(answer).filter((a) => a.data.feedback);
      result.personal.feedbackButtons = votes.map((a) => a.title);
      check('personal: the answer has 👍 and 👎 buttons', votes.length === 2 && votes.every((a) => typeof a.data.turnId === 'string'), `buttons ${JSON.stringify(submitActions(answer))}`);
      const down = votes.find((a) => a.data.feedback === 'down');
      const from = stream.messages.length;
      await http(base, 'POST', '/_conversation/v1/submit', { conversation: { id: personal }, from: { id: me }, replyToId: answer.messageId, value: down.data });
      const thanks = await stream.next(personal, from, 'thanks for the 👎', step);
      result.personal.feedbackReply = summary(thanks);
      check('personal: the 👎 is thanked', /bedankt|thank/i.test(thanks.text || ''), `reply ${JSON.stringify(thanks.text)}`);
      // The row's message is replaced by the vote as given: no 👍/👎 buttons left to vote twice on the same answer.
      const deadline = Date.now() + step;
      let updated = null;
      while (!updated && Date.now() < deadline) {
        updated = stream.updates.find((u) => u.conversationId === personal && JSON.stringify(u).includes('\u2713'));
        if (!updated) { await sleep(100); }
      }
      result.personal.feedbackUpdate = updated ? { sameMessage: updated.messageId === undefined || updated.messageId === answer.messageId, buttons: submitActions(updated).filter((a) => a.data.feedback).length, shown: JSON.stringify(updated).includes('✓ 👎') } : null;
      check('personal: the voted row shows the vote, without buttons', !!updated && result.personal.feedbackUpdate.buttons === 0 && result.personal.feedbackUpdate.shown,
        `updates ${JSON.stringify(stream.updates).slice(0, 600)}`);
    });

    await attempt('personal: message extension search -> vacancy cards', async () => {
      const response = await http(base, 'POST', '/_conversation/v1/invoke', {
        name: 'composeExtension/query',
        conversation: { id: personal },
        from: { id: me },
        value: { commandId: 'searchVacancies', parameters: [{ name: 'searchQuery', value: 'harelbeke' }], queryOptions: { skip: 0, count: 25 } },
      });
      const extension = response && (response.composeExtension || (response.value && response.value.composeExtension));
      const attachments = (extension && extension.attachments) || [];
      result.personal.messageExtension = { type: extension && extension.type, titles: attachments.map((a) => a.preview && a.preview.content && a.preview.content.title), cards: attachments.map((a) => a.contentType) };
      check('personal: the search finds the Harelbeke vacancy as an Adaptive Card with a preview', extension && extension.type === 'result' && attachments.length === 1
        && attachments[0].contentType === 'application/vnd.microsoft.card.adaptive' && /Externe Communicatie/i.test(JSON.stringify(attachments[0].content)),
        `response ${JSON.stringify(response).slice(0, 800)}`);
    });

    await attempt('personal: Action.Submit -> handled', async () => {
      let from = stream.messages.length;
      await http(base, 'POST', `/_conversation/v1/conversations/${encodeURIComponent(personal)}/messages`, { from: { id: me }, text: ELIGIBILITY_QUESTION, textFormat: 'plain' });
      const says = (m) => submitActions(m).filter((a) => typeof a.data.text === 'string');
      const card = await stream.next(personal, from, 'card with Action.Submit buttons', step, (m) => says(m).length > 0);
      const actions = says(card);
      const button = actions.find((a) => /bachelor/i.test(a.title)) || actions[0];
      result.personal.card = { ...summary(card), buttons: actions.map((a) => a.title), pressed: button };
      check('personal: the button sends {text}', typeof button.data.text === 'string' && button.data.text.length > 0, `button data ${JSON.stringify(button.data)}`);
      from = stream.messages.length;
      await http(base, 'POST', '/_conversation/v1/submit', { conversation: { id: personal }, from: { id: me }, replyToId: card.messageId, value: button.data });
      // The answer's text (the 👍/👎 row of the previous answer is a message of its own and may arrive in between).
      const reply = await stream.next(personal, from, `reply to the ${button.title} button`, step, (m) => !!m.text);
      result.personal.submitReply = summary(reply);
      check('personal: the button press is answered as that message (eligibility, not a fallback)', /aanmerking|bachelor|diploma/i.test(reply.text || '') && !/begrijp|sorry|excuses/i.test(reply.text || ''), `reply ${JSON.stringify(reply.text)}`);
    });

    await attempt('personal: Action.Execute invoke -> answered', async () => {
      const replyTo = result.personal.card ? result.personal.card.messageId : (stream.messages.find((m) => m.conversationId === personal) || {}).messageId;
      const response = await http(base, 'POST', '/_conversation/v1/invoke', {
        name: 'adaptiveCard/action',
        conversation: { id: personal },
        from: { id: me },
        replyToId: replyTo,
        value: { action: { type: 'Action.Execute', verb: 'ask', data: { text: 'Wat is het loon?' } }, trigger: 'manual' },
      });
      result.personal.invoke = response;
      check('personal: the invoke response is a message with the answer', response && response.type === 'application/vnd.microsoft.activity.message' && /brutoloon|loon|€/i.test(String(response.value)),
        `invoke response ${JSON.stringify(response)}`);
    });

    // Group chat (the playground's current user is not a member; Megan posts with an @mention of the bot).
    const group = (config.groupChats || [])[0];
    if (group) {
      result.groupChat = { id: group.id };
      await attempt('group chat: @mention question -> answer', async () => {
        const sender = group.members[0];
        const mention = `<at>${config.bot.name}</at>`;
        const from = stream.messages.length;
        await http(base, 'POST', `/_conversation/v1/conversations/${encodeURIComponent(group.id)}/messages`, {
          from: { id: sender }, text: `${mention} ${GROUP_QUESTION}`, textFormat: 'plain', mentions: [{ mentioned: { id: botId }, text: mention }],
        });
        const answer = await stream.next(group.id, from, 'answer in the group chat', step);
        result.groupChat.answer = summary(answer);
        check('group chat: the answer is about the salary', /loon|salaris|€|bruto/i.test(answer.text || ''), `answer ${JSON.stringify(answer.text)}`);
      });
    }

    // Channel: a new post starts a conversation "team-id;messageid=..."; the bot answers in that thread.
    const team = (config.teams || [])[0];
    if (team && team.channels && team.channels.length > 0) {
      const channel = team.channels[0];
      result.channel = { teamId: team.id, channelId: channel.id };
      await attempt('channel: installation -> HR welcome with suggested HR questions as buttons', async () => {
        const from = stream.messages.length;
        await http(base, 'POST', `/_debug/conversation/${encodeURIComponent(channel.id)}/installation`, {});
        const welcome = await stream.next(channel.id, from, 'welcome in the channel', step, (m) => !!m.text);
        const card = await stream.next(channel.id, from, 'the welcome\'s card with buttons', step, (m) => submitActions(m).some((a) => typeof a.data.text === 'string'));
        const buttons = submitActions(card).filter((a) => typeof a.data.text === 'string');
        result.channel.welcome = { ...summary(welcome), buttons: buttons.map((a) => a.title) };
        check('channel: the HR welcome says what it does for HR', /HR/.test(welcome.text || '') && /selectiecommissie|selection committee|jury/i.test(welcome.text || ''), `welcome ${JSON.stringify(welcome.text)}`);
        check('channel: four suggested HR questions as card buttons', buttons.length === 4, `buttons ${JSON.stringify(submitActions(welcome))}`);
        // The playground takes no button press on a channel's root message: the suggestion is posted as a colleague would.
        const next = stream.messages.length;
        const mention = `<at>${config.bot.name}</at>`;
        const created = await http(base, 'POST', `/_conversation/v1/conversations/${encodeURIComponent(channel.id)}/messages`, {
          from: { id: team.members[0] }, text: `${mention} ${buttons[0].data.text}`, textFormat: 'plain', mentions: [{ mentioned: { id: botId }, text: mention }],
        });
        const answer = await stream.next(created && created.postConversationId, next, `answer to ${JSON.stringify(buttons[0].title)}`, step, (m) => !!m.text);
        result.channel.suggestionAnswer = summary(answer);
        check('channel: the suggested question is answered from the procedure documents with its article', /Art\. ?\d+/.test(answer.text || ''), `answer ${JSON.stringify(answer.text)}`);
      });

      await attempt('channel: @mention post -> answer in the thread', async () => {
        const mention = `<at>${config.bot.name}</at>`;
        const from = stream.messages.length;
        const created = await http(base, 'POST', `/_conversation/v1/conversations/${encodeURIComponent(channel.id)}/messages`, {
          from: { id: team.members[0] }, text: `${mention} ${CHANNEL_QUESTION}`, textFormat: 'plain', mentions: [{ mentioned: { id: botId }, text: mention }],
        });
        const thread = created && created.postConversationId;
        result.channel.thread = thread;
        check('channel: the post is its own conversation "<channel>;messageid=<id>"', typeof thread === 'string' && thread.startsWith(`${channel.id};messageid=`), `create message response ${JSON.stringify(created)}`);
        const answer = await stream.next(thread, from, 'answer in the channel thread', step, (m) => !!m.text);
        result.channel.answer = summary(answer);
        check('channel: the answer gives the Kamer deadline', /26 oktober 2025/.test(answer.text || ''), `answer ${JSON.stringify(answer.text)}`);
      });
    }

    // How the replies travelled: in the HTTP response (expectReplies) or through the connector (default).
    await sleep(300);
    const toBot = traffic.toBot();
    const fromBot = traffic.fromBot();
    const inBody = toBot.reduce((n, t) => n + t.repliesInBody, 0);
    // Updates of shown messages (the voted 👍/👎 row) can only travel through the connector, in either delivery mode.
    const viaConnector = fromBot.filter((f) => f.activity === 'message' && !f.update);
    result.traffic = { problems: traffic.problems(), toBot, fromBot, repliesInResponseBodies: inBody, messagesThroughConnector: viaConnector.length };
    check('every activity to the bot carries the delivery mode', toBot.length > 0 && toBot.every((t) => t.deliveryMode === args.deliveryMode), JSON.stringify(toBot));
    check('the bot accepts every activity', toBot.every((t) => t.status >= 200 && t.status < 300), JSON.stringify(toBot.filter((t) => !(t.status >= 200 && t.status < 300))));
    if (args.deliveryMode === 'expectReplies') {
      check('expectReplies: the replies come in the HTTP responses', inBody > 0, JSON.stringify(toBot));
      check('expectReplies: no message goes through the connector', viaConnector.length === 0, JSON.stringify(fromBot));
    } else {
      check('default: no replies in the HTTP responses', inBody === 0, JSON.stringify(toBot));
      check('default: the replies go through the connector and are accepted', viaConnector.length > 0 && fromBot.every((f) => f.status >= 200 && f.status < 300), JSON.stringify(fromBot));
    }
  } catch (e) {
    result.failures.push(e instanceof Failure ? e.message : String(e.stack || e));
  } finally {
    if (stream) {
      stream.close();
    }

    if (traffic) {
      traffic.close();
      if (result.failures.length > 0 && !result.traffic) {
        result.traffic = { problems: traffic.problems(), toBot: traffic.toBot(), fromBot: traffic.fromBot() };
      }
    }

    if (playground) {
      playground.child.kill('SIGKILL');
      if (result.failures.length > 0) {
        result.playgroundOutput = playground.output();
        try {
          result.playgroundLog = fs.readFileSync(path.join(workDir, 'playground.log'), 'utf8').slice(-6000);
        } catch {
          // no log written
        }
      }
    }

    try {
      fs.rmSync(workDir, { recursive: true, force: true });
    } catch {
      // best effort
    }
  }

  result.ok = result.failures.length === 0;
  const json = JSON.stringify(result, null, 2) + '\n';
  if (args.result) {
    fs.writeFileSync(args.result, json);
  }

  process.stdout.write(json);
  process.exit(result.ok ? 0 : 1);
}

main();
