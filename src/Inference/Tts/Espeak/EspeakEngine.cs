using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Channels;

namespace MediaCore.Inference.Tts;

/// <summary>
/// The process-wide espeak-ng instance. espeak-ng keeps everything (voice, parameters, callback, phoneme buffer)
/// in globals, so all work runs on one dedicated thread fed by a queue: callers never block a pool thread waiting
/// for their turn, and jobs from different calls interleave at job (sentence) granularity.
/// </summary>
internal sealed unsafe class EspeakEngine
{
    private static readonly Lazy<EspeakEngine> Instance = new(() => new EspeakEngine(), LazyThreadSafetyMode.ExecutionAndPublication);

    // The synth callback has no per-call context we can trust across espeak versions, and only the worker thread
    // ever calls espeak_Synth, so the current job's sink is a plain static.
    private static SynthSink? _currentSink;

    private readonly BlockingCollection<Action> _jobs = new();
    private string? _currentVoice;
    private int _currentRate = -1;

    private EspeakEngine()
    {
        // Callback buffers of 20 ms: the first audio leaves as soon as the first 20 ms of the first clause exist.
        SampleRate = EspeakNative.Initialize(EspeakNative.AudioOutputSynchronous, 20, IntPtr.Zero, EspeakNative.InitializeDontExit);
        if (SampleRate <= 0)
            throw new InvalidOperationException("espeak_Initialize failed: is espeak-ng-data installed (Debian package espeak-ng-data)?");
        EspeakNative.SetSynthCallback(&OnSynth);
        var worker = new Thread(Work) { IsBackground = true, Name = "espeak-ng" };
        worker.Start();
    }

    public static EspeakEngine Shared => Instance.Value;

    /// <summary>espeak-ng's output rate (22050 Hz).</summary>
    public int SampleRate { get; }

    /// <summary>Runs <paramref name="work"/> on the espeak thread; continuations never run on that thread.</summary>
    public Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _jobs.Add(() =>
        {
            if (cancellationToken.IsCancellationRequested)
            {
                completion.TrySetCanceled(cancellationToken);
                return;
            }
            try
            {
                completion.TrySetResult(work());
            }
            catch (Exception error)
            {
                completion.TrySetException(error);
            }
        }, CancellationToken.None);
        return completion.Task;
    }

    /// <summary>Synthesises one sentence, writing PCM blocks to <paramref name="output"/> while espeak produces them.</summary>
    public Task<bool> SynthesizeAsync(string text, string voice, int wordsPerMinute, ChannelWriter<short[]> output,
        CancellationToken cancellationToken) =>
        RunAsync(() => Synthesize(text, voice, wordsPerMinute, output, cancellationToken), cancellationToken);

    /// <summary>Phonemes (IPA) of one clause, language switch markers included. Worker thread only.</summary>
    internal string ClauseToIpa(string clause)
    {
        var utf8 = Encoding.UTF8.GetBytes(clause + "\0");
        var phonemes = new StringBuilder();
        fixed (byte* start = utf8)
        {
            var cursor = (IntPtr)start;
            while (cursor != IntPtr.Zero)
            {
                var buffer = EspeakNative.TextToPhonemes(&cursor, EspeakNative.CharsUtf8, EspeakNative.PhonemesIpa);
                var part = Marshal.PtrToStringUTF8(buffer); // a static buffer: copy before the next call
                if (string.IsNullOrWhiteSpace(part))
                    continue;
                if (phonemes.Length > 0)
                    phonemes.Append(' ');
                phonemes.Append(part.Trim());
            }
        }
        return phonemes.ToString();
    }

    /// <summary>Makes <paramref name="voice"/> current. Worker thread only.</summary>
    internal void SelectVoice(string voice, int wordsPerMinute)
    {
        if (!string.Equals(voice, _currentVoice, StringComparison.Ordinal))
        {
            _currentVoice = null;
            if (EspeakNative.SetVoiceByName(voice) != EspeakNative.Ok)
                throw new ArgumentException($"espeak-ng has no voice '{voice}'.", nameof(voice));
            _currentVoice = voice;
            _currentRate = -1; // a voice change resets the speech parameters
        }
        if (wordsPerMinute != _currentRate)
        {
            EspeakNative.SetParameter(EspeakNative.ParameterRate, wordsPerMinute, 0);
            _currentRate = wordsPerMinute;
        }
    }

    private bool Synthesize(string text, string voice, int wordsPerMinute, ChannelWriter<short[]> output, CancellationToken cancellationToken)
    {
        SelectVoice(voice, wordsPerMinute);
        var utf8 = Encoding.UTF8.GetBytes(text + "\0");
        _currentSink = new SynthSink(output, cancellationToken);
        try
        {
            fixed (byte* start = utf8)
            {
                var status = EspeakNative.Synth(start, (nuint)utf8.Length, 0, EspeakNative.PositionCharacter, 0,
                    EspeakNative.CharsUtf8 | EspeakNative.EndPause, null, IntPtr.Zero);
                if (status != EspeakNative.Ok && !cancellationToken.IsCancellationRequested)
                    throw new InvalidOperationException($"espeak_Synth failed with status {status}.");
            }
        }
        finally
        {
            _currentSink = null;
        }
        return !cancellationToken.IsCancellationRequested;
    }

    private void Work()
    {
        foreach (var job in _jobs.GetConsumingEnumerable())
            job();
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int OnSynth(short* samples, int count, IntPtr events)
    {
        var sink = _currentSink;
        if (sink is null || sink.Cancellation.IsCancellationRequested)
            return 1; // abort: nobody is listening any more
        if (samples != null && count > 0)
            sink.Output.TryWrite(new ReadOnlySpan<short>(samples, count).ToArray());
        return 0;
    }

    private sealed record SynthSink(ChannelWriter<short[]> Output, CancellationToken Cancellation);
}
