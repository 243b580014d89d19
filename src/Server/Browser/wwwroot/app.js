// MediaCore browser demo: list tenants, call one over /call/ws with the microphone, show what the agent does.
// Wire format (see BrowserWire.cs): binary = 640-byte frames of 16 kHz mono PCM16 both ways; text = JSON control.
const TOKEN_KEY = 'mediacore.token';
// The server's close reason (code 1008) for a call socket without the right token (BrowserDemoEndpoints.TokenRequiredReason).
const TOKEN_REASON = 'access token missing or not accepted';
// A WebSocket subprotocol must be an RFC 7230 token; other tokens go in the query string instead.
const PROTOCOL_SAFE = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;
const FRAME_BYTES = 640;
const $ = (id) => document.getElementById(id);

// Test hook (read by the Playwright script): counters only, no audio or text content.
const stats = window.__mediacoreStats = {
  state: 'idle', closeCode: null, closeReason: null, contextRate: null,
  framesSent: 0, framesReceived: 0, framesPlayed: 0, queuedFrames: 0,
  flushes: 0, framesReceivedAfterFlush: 0, queuedAfterLastFlush: null, droppedAtLastFlush: null,
  controlMessages: 0,
  // The reply cut by the last flush: bot frames received and the most queued until the caller's next final
  // transcript (the next reply can only come after it). Both stay 0 when the bot audio really stopped.
  cutReply: null,
};

let call = null; // { ws, ctx, node, stream, tenant }

function token() { return sessionStorage.getItem(TOKEN_KEY); }

async function loadTenants(focusFirstCall) {
  const headers = token() ? { Authorization: 'Bearer ' + token() } : {};
  let response;
  try { response = await fetch('/api/tenants', { headers, cache: 'no-store' }); }
  catch { $('tenants-status').textContent = 'Cannot reach the server.'; return; }
  if (response.status === 401) { askForToken(token() ? 'That token was not accepted.' : null); return; }
  if (!response.ok) { $('tenants-status').textContent = 'The server answered ' + response.status + '.'; return; }
  $('token-section').hidden = true;
  renderTenants(await response.json());
  if (focusFirstCall) document.querySelector('.call-button')?.focus(); // the token form just vanished under the focus
}

function askForToken(error) {
  $('token-section').hidden = false;
  $('tenants-status').textContent = 'Waiting for the access token.';
  $('token-error').hidden = !error;
  $('token-error').textContent = error || '';
  $('token-input').focus();
}

function renderTenants(tenants) {
  const list = $('tenants');
  list.replaceChildren();
  $('tenants-status').textContent = tenants.length ? tenants.length + ' available.' : 'No tenants are configured.';
  for (const t of tenants) {
    const item = document.createElement('li');
    const name = document.createElement('span'); name.className = 'name'; name.textContent = t.name;
    const details = document.createElement('span'); details.className = 'details';
    details.textContent = t.kind + ' · ' + (t.languages || []).join(', ');
    const button = document.createElement('button');
    button.type = 'button'; button.textContent = 'Call'; button.className = 'call-button';
    button.dataset.tenant = t.id;
    button.setAttribute('aria-label', 'Call ' + t.name);
    button.addEventListener('click', () => startCall(t));
    item.append(name, details, button);
    list.append(item);
  }
}

function setState(state, reason) {
  stats.state = state;
  const badge = $('call-state');
  badge.textContent = state; badge.dataset.state = state;
  $('call-reason').hidden = !reason;
  $('call-reason').textContent = reason || '';
  const live = call !== null && state !== 'ended' && state !== 'error';
  $('hangup').disabled = !live;
  for (const b of document.querySelectorAll('.call-button')) b.disabled = live;
}

function addLine(kind, who, text) {
  const item = document.createElement('li');
  item.className = kind;
  if (who) { const w = document.createElement('span'); w.className = 'who'; w.textContent = who + ':'; item.append(w); }
  item.append(document.createTextNode(text));
  const log = $('transcript');
  log.append(item);
  log.scrollTop = log.scrollHeight;
}

function renderTenantState(m) {
  const box = $('tenant-state');
  const title = document.createElement('p');
  const strong = document.createElement('strong'); strong.textContent = m.title;
  const status = document.createElement('span'); status.className = 'status'; status.dataset.status = m.status;
  status.textContent = m.status;
  title.append(strong, ' — ', status);
  const dl = document.createElement('dl');
  for (const f of m.fields || []) {
    const dt = document.createElement('dt'); dt.textContent = f.name;
    const dd = document.createElement('dd'); dd.textContent = f.value;
    dl.append(dt, dd);
  }
  box.replaceChildren(title, dl);
}

function addLatency(m) {
  const row = document.createElement('tr');
  for (const v of [m.turn, m.endOfSpeechToFirstAudioMs, m.sttMs, m.brainMs, m.ttsMs]) {
    const td = document.createElement('td'); td.textContent = String(Math.round(v)); row.append(td);
  }
  $('latency').append(row);
}

function onControl(m) {
  stats.controlMessages++;
  switch (m.type) {
    case 'state': setState(m.state, m.reason); break;
    case 'transcript':
      if (m.final && stats.cutReply) stats.cutReply.open = false;
      if (m.final) { $('partial').textContent = ''; addLine('caller', 'You', m.text); }
      else $('partial').textContent = m.text;
      break;
    case 'reply': addLine('bot', 'Bot', m.text); break;
    case 'language': $('language').textContent = m.code + ' (' + Math.round(m.confidence * 100) + ' %)'; break;
    case 'latency': addLatency(m); break;
    case 'bargein': addLine('marker', null, '— you interrupted —'); break;
    case 'tenant': renderTenantState(m); break;
    case 'flush':
      stats.flushes++;
      stats.framesReceivedAfterFlush = 0;
      stats.cutReply = { open: true, acked: false, framesReceivedBefore: stats.framesReceived, framesReceived: 0, maxQueuedFrames: 0,
        botLines: document.querySelectorAll('#transcript li.bot').length };
      if (call) call.node.port.postMessage({ type: 'flush' });
      addLine('marker', null, '— bot audio stopped (barge-in) —');
      break;
  }
}

function onWorklet(m) {
  if (m.type === 'frame') {
    if (call && call.ws.readyState === WebSocket.OPEN && call.started && m.buffer.byteLength === FRAME_BYTES) {
      call.ws.send(m.buffer); stats.framesSent++;
    }
  } else if (m.type === 'stats') {
    stats.queuedFrames = m.queuedFrames; stats.framesPlayed = m.playedFrames;
    if (stats.cutReply?.open && stats.cutReply.acked) stats.cutReply.maxQueuedFrames = Math.max(stats.cutReply.maxQueuedFrames, m.queuedFrames);
    // The playout mark: tells the agent how much of its reply the caller actually heard (cut point on barge-in).
    if (call && call.started && call.ws.readyState === WebSocket.OPEN && m.playedSamples !== call.reportedSamples) {
      call.reportedSamples = m.playedSamples;
      call.ws.send(JSON.stringify({ type: 'played', samples: m.playedSamples }));
    }
  } else if (m.type === 'flushed') {
    stats.queuedAfterLastFlush = m.queuedFrames; stats.droppedAtLastFlush = m.droppedFrames; stats.queuedFrames = m.queuedFrames;
    if (stats.cutReply) stats.cutReply.acked = true; // worklet stats from here on are after the flush
  }
}

async function openAudio() {
  // Browsers give the microphone only to secure pages: https, or http on localhost / 127.0.0.1.
  if (!window.isSecureContext || !navigator.mediaDevices)
    throw new Error('this page is not a secure context — open it over https or on localhost');
  let ctx;
  try { ctx = new AudioContext({ sampleRate: 16000, latencyHint: 'interactive' }); }
  catch { ctx = new AudioContext({ latencyHint: 'interactive' }); } // the worklet resamples from whatever rate we get
  stats.contextRate = ctx.sampleRate;
  await ctx.audioWorklet.addModule('audio-worklet.js');
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true, autoGainControl: true },
  });
  const node = new AudioWorkletNode(ctx, 'mediacore-audio', { numberOfInputs: 1, numberOfOutputs: 1, outputChannelCount: [1] });
  ctx.createMediaStreamSource(stream).connect(node);
  node.connect(ctx.destination);
  await ctx.resume();
  return { ctx, node, stream };
}

async function startCall(tenant) {
  if (call) return;
  for (const key of ['framesSent', 'framesReceived', 'framesPlayed', 'flushes', 'controlMessages', 'framesReceivedAfterFlush']) stats[key] = 0;
  Object.assign(stats, { closeCode: null, closeReason: null, queuedAfterLastFlush: null, droppedAtLastFlush: null, cutReply: null });
  $('call-tenant').textContent = tenant.name;
  $('transcript').replaceChildren(); $('latency').replaceChildren(); $('partial').textContent = '';
  $('language').textContent = '—';
  call = { tenant, started: false, reportedSamples: 0 };
  setState('connecting');
  let audio;
  try { audio = await openAudio(); }
  catch (e) { call = null; setState('error', 'Microphone unavailable: ' + e.message); return; }
  Object.assign(call, audio);
  call.node.port.onmessage = (e) => onWorklet(e.data);
  const protocols = ['mediacore.v1'];
  let query = '?tenant=' + encodeURIComponent(tenant.id);
  if (token() && PROTOCOL_SAFE.test(token())) protocols.push('mediacore.bearer.' + token());
  else if (token()) query += '&access_token=' + encodeURIComponent(token());
  const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
  const ws = new WebSocket(scheme + location.host + '/call/ws' + query, protocols);
  ws.binaryType = 'arraybuffer';
  call.ws = ws;
  ws.onopen = () => {
    ws.send(JSON.stringify({ type: 'start', tenant: tenant.id }));
    call.started = true;
    call.node.port.postMessage({ type: 'capture', on: true });
  };
  ws.onmessage = (e) => {
    if (typeof e.data === 'string') { onControl(JSON.parse(e.data)); return; }
    if (e.data.byteLength !== FRAME_BYTES) return;
    stats.framesReceived++; stats.framesReceivedAfterFlush++;
    if (stats.cutReply?.open) stats.cutReply.framesReceived++;
    call.node.port.postMessage({ type: 'play', buffer: e.data }, [e.data]);
  };
  ws.onclose = (e) => {
    stats.closeCode = e.code; stats.closeReason = e.reason;
    const failed = e.code !== 1000;
    endCall();
    setState(failed ? 'error' : 'ended', e.reason || (failed ? 'Connection closed (' + e.code + ')' : ''));
    $('hangup').blur();
    if (e.code === 1008 && e.reason === TOKEN_REASON) {
      sessionStorage.removeItem(TOKEN_KEY);
      askForToken('The server did not accept the token for the call. Enter it again.');
    }
  };
  $('hangup').focus();
}

function hangUp() {
  if (!call) return;
  if (call.ws && call.ws.readyState === WebSocket.OPEN) call.ws.send(JSON.stringify({ type: 'hangup' }));
  else { endCall(); setState('ended', 'You hung up.'); }
}

function endCall() {
  if (!call) return;
  const c = call; call = null;
  if (c.node) c.node.port.postMessage({ type: 'capture', on: false });
  if (c.stream) for (const t of c.stream.getTracks()) t.stop();
  if (c.ctx) c.ctx.close();
  const first = document.querySelector('.call-button');
  if (first) setTimeout(() => { if ($('token-section').hidden) first.focus(); }, 0); // else the token prompt keeps it
}

$('hangup').addEventListener('click', hangUp);
document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && call) hangUp(); });
$('token-form').addEventListener('submit', (e) => {
  e.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, $('token-input').value.trim());
  $('token-input').value = '';
  loadTenants(true);
});
loadTenants();
