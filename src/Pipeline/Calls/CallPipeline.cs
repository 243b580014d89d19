using System.Threading.Channels;
using MediaCore.Inference.Abstractions;
using MediaCore.Inference.Text;
using MediaCore.Media.Frames;
using MediaCore.Media.Handlers;
using MediaCore.Media.Resampling;
using MediaCore.Pipeline.Audio;
using MediaCore.Pipeline.BargeIn;
using MediaCore.Pipeline.Brains;
using MediaCore.Pipeline.Frames;
using MediaCore.Pipeline.Latency;
using MediaCore.Pipeline.Speech;
using MediaCore.Pipeline.TurnTaking;

namespace MediaCore.Pipeline.Calls;

/// <summary>
/// The voice agent of one call, as the media plane sees it (<see cref="ICallAudioHandler"/>). The tick thread runs
/// VAD, turn detection and the barge-in decision and posts small structs to bounded channels; workers run STT, the
/// brain and TTS and fill a playout ring that the tick drains one frame at a time.
/// <code>
///  tick: frame → VAD → TurnDetector ─SttCommand→ STT worker ─UserTranscriptFrame→ ┐
///        BargeInArbiter ─TickSignal→ signal pump ─InterruptionFrame (system)→       FrameQueue → conversation worker
///  conversation worker: brain deltas → SentenceChunker → SpeechWorker (TTS, resample) → PlayoutBuffer → tick
/// </code>
/// </summary>
public sealed partial class CallPipeline : ICallAudioHandler, IAsyncDisposable
{
    private const int SttRate = SampleRates.Wideband;
    private const int FrameMs = AudioFrame.DurationMilliseconds;

    private readonly string _callId;
    private readonly IVoiceActivityDetector _vad;
    private readonly ISpeechToText _stt;
    private readonly IAgentBrain _brain;
    private readonly CallPipelineOptions _options;
    private readonly PipelineLatencyMetrics _metrics;
    private readonly IPipelineLog _log;

    private readonly UtteranceRing _utterances;
    private readonly PlayoutBuffer _playout;
    private readonly SpeechWorker _speech;
    private readonly FrameQueue _frames = new();
    private readonly Channel<SttCommand> _sttCommands;
    private readonly Channel<TickSignal> _signals;
    private readonly Resampler? _inboundResampler;
    private readonly short[] _inbound16k;

    private readonly TurnDetector _turns;
    private readonly EndOfTurnPolicy _endOfTurn;
    private readonly BargeInArbiter _arbiter;
    private readonly SilenceEscalation _escalation;

    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource<string> _hangUp = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task[] _workers = [];

    public CallPipeline(string callId, IVoiceActivityDetector vad, ISpeechToText stt, ITextToSpeech tts, IAgentBrain brain,
        CallPipelineOptions? options = null, PipelineLatencyMetrics? metrics = null, IPipelineLog? log = null)
    {
        ArgumentNullException.ThrowIfNull(vad);
        ArgumentNullException.ThrowIfNull(stt);
        ArgumentNullException.ThrowIfNull(tts);
        ArgumentNullException.ThrowIfNull(brain);
        if (vad.SampleRate != SttRate)
            throw new ArgumentException("The pipeline's VAD must run at 16 kHz.", nameof(vad));
        _callId = callId;
        _vad = vad;
        _stt = stt;
        _brain = brain;
        _options = options ?? new CallPipelineOptions();
        _metrics = metrics ?? new PipelineLatencyMetrics();
        _log = log ?? NullPipelineLog.Instance;
        SampleRate = _options.SampleRate;

        _utterances = new UtteranceRing(SttRate * _options.UtteranceBufferSeconds);
        _playout = new PlayoutBuffer(SampleRate, _options.PlayoutBufferSeconds * AudioFrame.FramesPerSecond);
        _speech = new SpeechWorker(tts, new SpeechNormalizer(_options.NormalizerLanguage), _playout, () => Generation);
        _sttCommands = Channel.CreateBounded<SttCommand>(new BoundedChannelOptions(256)
        {
            SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait, // tick uses TryWrite only
        });
        _signals = Channel.CreateBounded<TickSignal>(new BoundedChannelOptions(256)
        {
            SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait,
        });
        if (SampleRate != SttRate)
            _inboundResampler = new Resampler(SampleRate, SttRate);
        _inbound16k = new short[AudioFrame.SamplesPerFrame(SttRate) * 2];

        _turns = new TurnDetector(_options.TurnDetection);
        _endOfTurn = new EndOfTurnPolicy(_options.EndOfTurn);
        _arbiter = new BargeInArbiter(_options.BargeIn);
        _escalation = new SilenceEscalation(_options.Silence);
    }

    public int SampleRate { get; }

    public string CallId => _callId;

    public ILatencyMetrics Latency => _metrics;

    /// <summary>Completes (with the reason) when the pipeline wants the call hung up: after its goodbye has played.</summary>
    public Task<string> HangUpRequested => _hangUp.Task;

    /// <summary>
    /// Opens the recognition session (on the calling thread: grammar decoders take a moment to prepare, better before
    /// the caller speaks), starts the workers and, if configured, speaks the greeting (with the consent notice).
    /// </summary>
    public void Start()
    {
        if (_workers.Length > 0)
            throw new InvalidOperationException("The pipeline is already running.");
        var token = _stopping.Token;
        var session = _stt.StartSession(_options.Recognition);
        _workers =
        [
            Task.Run(() => RunSttWorkerAsync(session, token), CancellationToken.None),
            Task.Run(() => RunSpeechWorkerAsync(token), CancellationToken.None),
            Task.Run(() => RunSignalPumpAsync(token), CancellationToken.None),
            Task.Run(() => RunConversationAsync(token), CancellationToken.None),
        ];
        var greeting = string.Join(' ', new[] { _options.Greeting, _options.ConsentNotice }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (greeting.Length > 0)
            _frames.Post(new BotSayFrame(greeting, HangUpAfter: false));
    }

    /// <summary>Stops every worker (the call ended). Safe to call more than once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_stopping.IsCancellationRequested)
        {
            _frames.Post(new EndCallFrame("disposed"));
            _stopping.Cancel();
        }
        try
        {
            await Task.WhenAll(_workers).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        _currentTurn?.Dispose();
        _vad.Dispose();
    }

    private void Log(PipelineLogLevel level, string message) => _log.Log(level, _callId, message);
}
