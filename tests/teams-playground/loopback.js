'use strict';
// Preload (NODE_OPTIONS=--require <absolute path>/loopback.js) that keeps every TCP server of the
// process on 127.0.0.1. The Agents Playground has no host option and listens on all interfaces; with
// this preload its HTTP server, its WebSocket endpoint and its port probes bind to loopback only.
// Unix sockets and named pipes (a non-numeric string, or options with a path) and handles are untouched.
// Every TCP listen is reported on stderr as "loopback.js: listen <address>:<port>" so a driver can check it.
const net = require('net');

const LOOPBACK = '127.0.0.1';
const original = net.Server.prototype.listen;

function isPort(value) {
  return typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value));
}

function forceLoopback(args) {
  const first = args[0];
  if (first === undefined || first === null || typeof first === 'function') {
    // listen() / listen(cb): an arbitrary port on all interfaces.
    return [{ port: 0, host: LOOPBACK }, ...args.filter((a) => typeof a === 'function')];
  }

  if (isPort(first)) {
    // listen(port[, host][, backlog][, cb])
    const rest = args.slice(1);
    const callback = rest.find((a) => typeof a === 'function');
    let backlog;
    if (typeof rest[0] === 'string' || rest[0] === undefined || rest[0] === null) {
      backlog = typeof rest[1] === 'number' ? rest[1] : undefined;
    } else if (typeof rest[0] === 'number') {
      backlog = rest[0];
    }

    const options = { port: Number(first), host: LOOPBACK };
    if (backlog !== undefined) {
      options.backlog = backlog;
    }

    return callback ? [options, callback] : [options];
  }

  if (typeof first === 'object' && first.path === undefined && first.handle === undefined && first.fd === undefined
    && !(first instanceof net.Server) && !(first._handle !== undefined && first.port === undefined)) {
    // listen(options[, cb])
    return [{ ...first, host: LOOPBACK }, ...args.slice(1)];
  }

  return args; // a pipe path or a handle
}

net.Server.prototype.listen = function listen(...args) {
  const forced = forceLoopback(args);
  if (forced !== args) {
    this.once('listening', () => {
      const address = this.address();
      if (address && typeof address === 'object') {
        process.stderr.write(`loopback.js: listen ${address.address}:${address.port}\n`);
      }
    });
  }

  return original.apply(this, forced);
};
