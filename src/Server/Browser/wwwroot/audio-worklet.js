// MediaCore browser call audio: one AudioWorkletProcessor does both directions on the audio thread.
// Capture: microphone at the context rate -> 16 kHz mono PCM16, posted as 320-sample (640-byte) frames.
// Playback: 16 kHz PCM16 frames from the server -> a ring buffer -> the output at the context rate.
// "flush" empties the ring at once (barge-in). Stats go to the page every ~80 ms and right after a flush.
const TARGET_RATE = 16000;
const FRAME_SAMPLES = 320;
const RING_SAMPLES = TARGET_RATE * 4;   // 4 s of bot audio at most; beyond that the oldest is dropped
const PRIME_SAMPLES = FRAME_SAMPLES * 2; // start (and restart after an underrun) with 40 ms queued
const STATS_EVERY = 10;

class MediaCoreAudio extends AudioWorkletProcessor {
  constructor() {
    super();
    // Capture: a box filter over each output period is the anti-alias filter (speech-grade, cheap).
    this.step = sampleRate / TARGET_RATE;
    this.acc = 0; this.accN = 0; this.pos = 0;
    this.frame = new Int16Array(FRAME_SAMPLES); this.frameLen = 0;
    this.capturing = false;
    // Playback ring at 16 kHz, read with linear interpolation at the context rate.
    this.ring = new Float32Array(RING_SAMPLES);
    this.read = 0; this.count = 0; this.frac = 0;
    this.playStep = TARGET_RATE / sampleRate;
    this.priming = true;
    this.played = 0; this.dropped = 0; this.ticks = 0;
    this.port.onmessage = (e) => this.onMessage(e.data);
  }

  onMessage(msg) {
    if (msg.type === 'play') this.enqueue(new Int16Array(msg.buffer));
    else if (msg.type === 'flush') this.flush();
    else if (msg.type === 'capture') this.capturing = msg.on;
  }

  enqueue(pcm) {
    for (let i = 0; i < pcm.length; i++) {
      if (this.count === RING_SAMPLES) { this.read = (this.read + 1) % RING_SAMPLES; this.count--; this.dropped++; }
      this.ring[(this.read + this.count) % RING_SAMPLES] = pcm[i] / 32768;
      this.count++;
    }
  }

  flush() {
    const before = this.count;
    this.read = 0; this.count = 0; this.frac = 0; this.priming = true;
    this.port.postMessage({ type: 'flushed', droppedFrames: before / FRAME_SAMPLES, queuedFrames: this.count / FRAME_SAMPLES });
  }

  capture(input) {
    if (!this.capturing || !input) return;
    for (let i = 0; i < input.length; i++) {
      this.acc += input[i]; this.accN++; this.pos += 1;
      if (this.pos < this.step) continue;
      this.pos -= this.step;
      const s = Math.max(-1, Math.min(1, this.acc / this.accN));
      this.acc = 0; this.accN = 0;
      this.frame[this.frameLen++] = s < 0 ? s * 32768 : s * 32767;
      if (this.frameLen === FRAME_SAMPLES) {
        const out = this.frame.slice(0);
        this.port.postMessage({ type: 'frame', buffer: out.buffer }, [out.buffer]);
        this.frameLen = 0;
      }
    }
  }

  playback(output) {
    if (this.priming && this.count >= PRIME_SAMPLES) this.priming = false;
    for (let i = 0; i < output.length; i++) {
      if (this.priming || this.count < 2) { output[i] = 0; if (!this.priming) this.priming = true; continue; }
      const a = this.ring[this.read], b = this.ring[(this.read + 1) % RING_SAMPLES];
      output[i] = a + (b - a) * this.frac;
      this.frac += this.playStep;
      while (this.frac >= 1) { this.frac -= 1; this.read = (this.read + 1) % RING_SAMPLES; this.count--; this.played++; }
    }
  }

  process(inputs, outputs) {
    this.capture(inputs[0] && inputs[0][0]);
    const out = outputs[0];
    this.playback(out[0]);
    for (let c = 1; c < out.length; c++) out[c].set(out[0]);
    if (++this.ticks % STATS_EVERY === 0) {
      this.port.postMessage({ type: 'stats', queuedFrames: this.count / FRAME_SAMPLES, playedFrames: this.played / FRAME_SAMPLES, playedSamples: this.played, overflowSamples: this.dropped });
    }
    return true;
  }
}

registerProcessor('mediacore-audio', MediaCoreAudio);
