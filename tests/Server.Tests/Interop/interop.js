// Independent interop check: @grpc/grpc-js + @grpc/proto-loader drive every MediaCore control RPC.
// Usage: node interop.js <port> <token>. Prints one JSON object: { <case>: { code, details, value } }.
'use strict';
const path = require('path');
const grpc = require('@grpc/grpc-js');
const loader = require('@grpc/proto-loader');

const [port, token] = process.argv.slice(2);
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

// Subscribes, and once the response headers arrive (subscription live) runs `drive`; collects events until
// `done(event)` is true, then cancels the call as a client would.
function stream(request, { bearer = token, deadlineMs, drive, done } = {}) {
  return new Promise((resolve) => {
    const options = deadlineMs ? { deadline: new Date(Date.now() + deadlineMs) } : {};
    const call = clients.calls.StreamEvents(request, metadata(bearer), options);
    const events = [];
    let finished = false;
    const finish = (result) => { if (!finished) { finished = true; resolve({ ...result, value: events }); } };
    call.on('metadata', () => { if (drive) drive().catch((e) => finish({ code: -1, details: String(e) })); });
    call.on('data', (event) => {
      events.push(event);
      if (done && done(event)) { finish({ code: 0 }); call.cancel(); }
    });
    call.on('error', (error) => finish({ code: error.code, details: error.details }));
    call.on('end', () => finish({ code: 0 }));
  });
}

async function main() {
  const r = {};
  r.health = await unary(clients.health, 'Check', {}, { bearer: null });
  r.version = await unary(clients.version, 'Get', {});
  r.upsert = await unary(clients.tenants, 'Upsert', { tenant: { id: 'node-tenant', name: 'Node Tenant', kind: 'test', dids: ['+15550001111'], configYaml: 'a: 1\n' } });
  r.getTenant = await unary(clients.tenants, 'Get', { id: 'node-tenant' });
  r.listTenants = await unary(clients.tenants, 'List', {});
  r.invalidArgument = await unary(clients.tenants, 'Upsert', { tenant: { id: 'Bad Id', name: 'x' } });
  r.badToken = await unary(clients.tenants, 'List', {}, { bearer: 'not-the-token' });
  r.notFound = await unary(clients.tenants, 'Get', { id: 'no-such-tenant' });

  let callId = null;
  r.stream = await stream({ tenantId: 'node-tenant' }, {
    drive: async () => {
      const originated = await unary(clients.calls, 'Originate', { tenantId: 'node-tenant', to: '+919876543210', from: '+911140001234', variables: { order: '42' } });
      r.originate = originated;
      callId = originated.value.id;
      r.getCall = await unary(clients.calls, 'GetCall', { callId });
      r.listCalls = await unary(clients.calls, 'ListCalls', { tenantId: 'node-tenant' });
      r.say = await unary(clients.calls, 'Say', { callId, text: 'Hello from node', interrupt: true });
      r.mute = await unary(clients.calls, 'SetAgentMuted', { callId, muted: true });
      r.dtmf = await unary(clients.calls, 'SendDtmf', { callId, digits: '1#' });
      r.transfer = await unary(clients.calls, 'Transfer', { callId, target: 'sip:desk@example.com' });
      r.hangupEnded = await unary(clients.calls, 'Hangup', { callId });
    },
    done: (e) => e.kind === 'callState' && e.callState.call.state === 'CALL_STATE_ENDED',
  });
  r.streamDeadline = await stream({ callId: 'nothing-will-happen' }, { deadlineMs: 300 });
  r.unaryDeadlineOk = await unary(clients.version, 'Get', {}, { deadlineMs: 5000 });
  r.deleteTenant = await unary(clients.tenants, 'Delete', { id: 'node-tenant' });
  process.stdout.write(JSON.stringify(r) + '\n');
  for (const c of Object.values(clients)) c.close();
}

main().catch((e) => { process.stderr.write(String(e.stack || e) + '\n'); process.exit(1); });
