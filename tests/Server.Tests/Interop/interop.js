// Independent interop check: @grpc/grpc-js + @grpc/proto-loader drive every MediaCore control RPC against a running
// `serve` host while a real SIP call is up. The call is placed by Originate itself to a SIP user agent of the test
// (which speaks one scripted line); the test tells us on stdin when that caller has finished ("caller-done") and when
// it heard the bot speak the text we asked for ("say-heard").
// Usage: node interop.js <control port> <token> <callee SIP URI> <metrics port>
// Prints one JSON object { <case>: { code, details, value }, ..., events: [...], scrapes: {...} } and exits 0, or
// prints what it has plus "error" and exits 1.
'use strict';
const path = require('path');
const http = require('http');
const readline = require('readline');
const grpc = require('@grpc/grpc-js');
const loader = require('@grpc/proto-loader');

const [port, token, calleeUri, metricsPort] = process.argv.slice(2);
const TENANT = 'himalayan-kitchen';
const SAY_TEXT = 'Your table will be ready in ten minutes.';
const PATIENCE_MS = 30000;

const protoRoot = path.resolve(__dirname, '../../../src/Server/Protos');
const definition = loader.loadSync('mediacore/v1/control.proto', {
  includeDirs: [protoRoot], keepCase: false, longs: String, enums: String, defaults: true, oneofs: true,
});
const v1 = grpc.loadPackageDefinition(definition).mediacore.v1;
const address = `127.0.0.1:${port}`;
const insecure = grpc.credentials.createInsecure();
const client = (Service) => new Service(address, insecure);
const clients = {
  calls: client(v1.CallControl), tenants: client(v1.Tenants), health: client(v1.Health), version: client(v1.Version),
};
const started = Date.now();
const progress = (what) => process.stderr.write(`[${Date.now() - started} ms] ${what}\n`);

function metadata(bearer) {
  const m = new grpc.Metadata();
  if (bearer) m.set('authorization', `Bearer ${bearer}`);
  return m;
}

function unary(stub, method, request, { bearer = token, deadlineMs } = {}) {
  return new Promise((resolve) => {
    const options = deadlineMs ? { deadline: new Date(Date.now() + deadlineMs) } : {};
    stub[method](request, metadata(bearer), options, (error, value) =>
      resolve(error ? { code: error.code, details: error.details } : { code: 0, value }));
  });
}

// A StreamEvents subscription that keeps every event with its arrival time and lets the script wait for one.
function subscribe(request, { bearer = token, deadlineMs } = {}) {
  const options = deadlineMs ? { deadline: new Date(Date.now() + deadlineMs) } : {};
  const call = clients.calls.StreamEvents(request, metadata(bearer), options);
  const events = [];
  const waiters = [];
  let status = null;
  const settle = () => {
    for (const w of [...waiters]) {
      const found = events.find(w.match);
      if (found || status) {
        waiters.splice(waiters.indexOf(w), 1);
        clearTimeout(w.timer);
        if (found) w.resolve(found);
        else w.reject(new Error(`stream ended (${JSON.stringify(status)}) before: ${w.what}`));
      }
    }
  };
  const live = new Promise((resolve) => call.on('metadata', resolve));
  const ended = new Promise((resolve) => {
    call.on('status', (s) => { status = { code: s.code, details: s.details }; settle(); resolve(status); });
  });
  call.on('data', (event) => { events.push({ ...event, receivedMs: Date.now() - started }); settle(); });
  call.on('error', () => { /* reported through 'status' */ });
  const waitFor = (what, match) => new Promise((resolve, reject) => {
    const w = { what, match, resolve, reject };
    w.timer = setTimeout(() => { waiters.splice(waiters.indexOf(w), 1); reject(new Error(`timed out waiting for ${what}`)); }, PATIENCE_MS);
    waiters.push(w);
    settle();
  });
  return { call, events, live, ended, waitFor };
}

// Lines the test writes on our stdin, awaited in order.
const stdinLines = [];
const stdinWaiters = [];
readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const w = stdinWaiters.findIndex((x) => x.line === line.trim());
  if (w >= 0) stdinWaiters.splice(w, 1)[0].resolve();
  else stdinLines.push(line.trim());
});
function signal(line) {
  return new Promise((resolve, reject) => {
    const i = stdinLines.indexOf(line);
    if (i >= 0) { stdinLines.splice(i, 1); resolve(); return; }
    stdinWaiters.push({ line, resolve });
    setTimeout(() => reject(new Error(`the test never said '${line}'`)), PATIENCE_MS);
  });
}

function scrape() {
  return new Promise((resolve, reject) => {
    http.get(`http://127.0.0.1:${metricsPort}/metrics`, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

function sampleSum(exposition, prefix) {
  return exposition.split('\n').filter((l) => l.startsWith(prefix)).reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
}

async function tenants(r) {
  const sample = await unary(clients.tenants, 'Get', { id: 'bristol-plumbing' });
  const yaml = sample.value.configYaml
    .replace('id: bristol-plumbing', 'id: node-tenant')
    .replace('name: Bristol Plumbing', 'name: Node Tenant')
    .replace('dids: ["+441174960000"]', 'dids: ["+15550001111"]');
  r.upsert = await unary(clients.tenants, 'Upsert', { tenant: { id: 'node-tenant', name: 'Node Tenant', kind: 'trades', dids: ['+15550001111'], configYaml: yaml } });
  r.getTenant = await unary(clients.tenants, 'Get', { id: 'node-tenant' });
  r.listTenants = await unary(clients.tenants, 'List', {});
  r.invalidTenant = await unary(clients.tenants, 'Upsert', { tenant: { id: 'node-tenant', name: 'x', configYaml: yaml.replace('timezone:', 'time_zone:') } });
  r.badId = await unary(clients.tenants, 'Upsert', { tenant: { id: 'Bad Id', name: 'x' } });
  r.badToken = await unary(clients.tenants, 'List', {}, { bearer: 'not-the-token' });
  r.noToken = await unary(clients.tenants, 'List', {}, { bearer: null });
  r.unknownTenant = await unary(clients.tenants, 'Get', { id: 'no-such-tenant' });
  r.deleteTenant = await unary(clients.tenants, 'Delete', { id: 'node-tenant' });
  r.getDeleted = await unary(clients.tenants, 'Get', { id: 'node-tenant' });
}

async function call(r, scrapes) {
  const stream = subscribe({ tenantId: TENANT });
  r.stream = { events: stream.events };
  await stream.live;
  progress('subscribed; originating');
  r.originate = await unary(clients.calls, 'Originate', { tenantId: TENANT, to: calleeUri, from: '+911140001234', variables: { order: '42' } });
  const callId = r.originate.value.id;
  const isState = (state) => (e) => e.callId === callId && e.kind === 'callState' && e.callState.call.state === state;
  await stream.waitFor('answered', isState('CALL_STATE_ANSWERED'));
  progress('answered');
  scrapes.answered = await scrape();
  r.getCall = await unary(clients.calls, 'GetCall', { callId });
  r.listCalls = await unary(clients.calls, 'ListCalls', { tenantId: TENANT });
  r.healthDuring = await unary(clients.health, 'Check', {}, { bearer: null });

  await stream.waitFor('the greeting', (e) => e.kind === 'botUtterance');
  await stream.waitFor('a final transcript', (e) => e.kind === 'transcript' && e.transcript.isFinal);
  await stream.waitFor('turn latency', (e) => e.kind === 'turnLatency');
  progress('greeting, transcript and reply seen; waiting for the caller to finish');
  await signal('caller-done');

  r.muteOn = await unary(clients.calls, 'SetAgentMuted', { callId, muted: true });
  r.mutedCall = await unary(clients.calls, 'GetCall', { callId });
  r.muteOff = await unary(clients.calls, 'SetAgentMuted', { callId, muted: false });
  r.say = await unary(clients.calls, 'Say', { callId, text: SAY_TEXT, interrupt: true });
  await stream.waitFor('the said utterance', (e) => e.kind === 'botUtterance' && e.botUtterance.utteranceId === r.say.value.utteranceId);
  await signal('say-heard');
  progress('the caller heard the bot say it');
  scrapes.afterSay = await scrape();
  r.statsCall = await unary(clients.calls, 'GetCall', { callId });

  r.dtmf = await unary(clients.calls, 'SendDtmf', { callId, digits: '1#' });
  r.badDtmf = await unary(clients.calls, 'SendDtmf', { callId, digits: '9x' });
  r.emptySay = await unary(clients.calls, 'Say', { callId, text: '' });
  r.transfer = await unary(clients.calls, 'Transfer', { callId, target: 'sip:front-desk@127.0.0.1:5999' });
  await stream.waitFor('transferring', isState('CALL_STATE_TRANSFERRING'));
  // The callee refuses the transfer (486): the call resumes.
  await stream.waitFor('answered again', (e) => isState('CALL_STATE_ANSWERED')(e) && e.callState.previous === 'CALL_STATE_TRANSFERRING');
  progress('transfer refused, call resumed');

  r.streamDeadline = await (subscribe({ callId: 'nothing-will-happen' }, { deadlineMs: 300 }).ended);
  r.eventsBeforeHangup = stream.events.length;
  r.hangup = await unary(clients.calls, 'Hangup', { callId, reason: 'node-done' });
  await stream.waitFor('ended', isState('CALL_STATE_ENDED'));
  progress('ended');
  r.hangupAgain = await unary(clients.calls, 'Hangup', { callId });
  r.listAfter = await unary(clients.calls, 'ListCalls', { tenantId: TENANT });
  r.listEnded = await unary(clients.calls, 'ListCalls', { tenantId: TENANT, includeEnded: true });
  r.unknownCall = await unary(clients.calls, 'GetCall', { callId: 'no-such-call' });
  r.hangupUnknown = await unary(clients.calls, 'Hangup', { callId: 'no-such-call' });
  stream.call.cancel();
  r.cancelledStream = await stream.ended;
}

async function main() {
  const r = {};
  const scrapes = {};
  let error = null;
  try {
    r.health = await unary(clients.health, 'Check', {}, { bearer: null });
    r.version = await unary(clients.version, 'Get', {});
    r.unaryDeadlineOk = await unary(clients.version, 'Get', {}, { deadlineMs: 5000 });
    await tenants(r);
    await call(r, scrapes);
  } catch (e) {
    error = String(e.stack || e);
  }
  r.scrapes = scrapes;
  if (error) r.error = error;
  process.stdout.write(JSON.stringify(r) + '\n');
  for (const c of Object.values(clients)) c.close();
  process.exit(error ? 1 : 0);
}

main();
