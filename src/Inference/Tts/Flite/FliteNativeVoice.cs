using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading.Channels;
using MediaCore.Media.Native;

namespace MediaCore.Inference.Tts;

/// <summary>
/// One registered flite voice, shared process-wide. <c>register_cmu_us_*</c> returns a singleton <c>cst_voice</c>
/// (and registers the usenglish language and cmulex lexicon it links against), so every <see cref="FliteVoice"/>
/// of the same id shares it. Synthesis mutates utterance state hanging off the voice and flite documents nothing
/// about re-entrancy, and all voices share the usenglish language, the cmulex lexicon and libc's rand() state, so
/// one process-wide gate admits one synthesis at a time; rand() is reseeded under it so output is deterministic.
/// Audio streams out of flite while it synthesises (its <c>streaming_info</c> callback, ~256-sample pieces), so the
/// first audio of a clause does not wait for the whole clause; the callback also aborts synthesis on cancellation.
/// </summary>
internal sealed class FliteNativeVoice
{
    private static readonly ConcurrentDictionary<FliteVoiceId, Lazy<FliteNativeVoice>> Voices = new();
    private static readonly IntPtr DurationStretchFeature = FliteNative.FeatureName("duration_stretch");
    private static readonly IntPtr StreamingInfoFeature = FliteNative.FeatureName("streaming_info");

    // The clause being synthesised per voice (indexed by FliteVoiceId; only set while that voice's gate is held).
    private static readonly StreamSink?[] Sinks = new StreamSink?[Enum.GetValues<FliteVoiceId>().Length];
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Lazy<int> FliteInitialised = new(FliteNative.Init, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly IntPtr _voice;
    private readonly IntPtr _features;
    private float _durationStretch = float.NaN;

    private FliteNativeVoice(FliteVoiceId id, IntPtr voice)
    {
        Id = id;
        _voice = voice;
        _features = Marshal.ReadIntPtr(voice, FliteNative.VoiceFeaturesOffset);
        // Warm-up: learns the native rate (it is not exposed as a plain field) and pages in the lexicon.
        Gate.Wait();
        short[] warmup;
        int sampleRate;
        try
        {
            warmup = SynthesizeLocked("a.", 1f, sink: null, out sampleRate);
        }
        finally
        {
            Gate.Release();
        }
        if (warmup.Length == 0 || sampleRate <= 0)
            throw new InvalidOperationException($"flite voice {id} produced no audio on warm-up.");
        SampleRate = sampleRate;
    }

    public FliteVoiceId Id { get; }

    public int SampleRate { get; }

    /// <summary>The shared voice for <paramref name="id"/>, loaded on first use.</summary>
    public static FliteNativeVoice Get(FliteVoiceId id) =>
        Voices.GetOrAdd(id, static key => new Lazy<FliteNativeVoice>(() => Load(key))).Value;

    /// <summary>
    /// Synthesises one clause under this voice's gate (waits asynchronously; runs on the calling pool thread),
    /// writing audio to <paramref name="output"/> as flite produces it.
    /// </summary>
    public async Task SynthesizeAsync(string text, float durationStretch, ChannelWriter<short[]> output,
        CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var sink = new StreamSink(output, cancellationToken);
        Sinks[(int)Id] = sink;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var unstreamed = SynthesizeLocked(text, durationStretch, sink, out _);
            // A voice that does not stream (or streamed only part) still delivers everything, in order.
            if (unstreamed.Length > 0 && !cancellationToken.IsCancellationRequested)
                output.TryWrite(unstreamed);
        }
        finally
        {
            Sinks[(int)Id] = null;
            Gate.Release();
        }
    }

    /// <summary>Runs flite and returns the part of the wave the streaming callback has not handed out.</summary>
    private unsafe short[] SynthesizeLocked(string text, float durationStretch, StreamSink? sink, out int sampleRate)
    {
        if (!durationStretch.Equals(_durationStretch))
        {
            FliteNative.FeatSetFloat(_features, DurationStretchFeature, durationStretch);
            _durationStretch = durationStretch;
        }
        FliteNative.SeedRandom(1);
        var wave = FliteNative.TextToWave(text, _voice);
        if (wave is null)
            throw new InvalidOperationException($"flite_text_to_wave failed for voice {Id}.");
        try
        {
            sampleRate = wave->SampleRate;
            // Read after flite returns: the callback ran on this same thread during TextToWave.
            var streamed = sink?.Streamed ?? 0;
            var channels = Math.Max(1, wave->NumChannels);
            var remaining = Math.Max(0, wave->NumSamples - streamed);
            if (remaining == 0)
                return [];
            var samples = new short[remaining];
            var source = new ReadOnlySpan<short>(wave->Samples, wave->NumSamples * channels);
            for (var i = 0; i < remaining; i++)
                samples[i] = source[(streamed + i) * channels]; // flite voices are mono; keep the first channel if not.
            return samples;
        }
        finally
        {
            FliteNative.DeleteWave(wave);
        }
    }

    private static unsafe FliteNativeVoice Load(FliteVoiceId id)
    {
        _ = FliteInitialised.Value;
        var name = id.ToString().ToLowerInvariant();
        var library = NativeLibraryResolver.Load($"libflite_cmu_us_{name}.so.1");
        var register = (delegate* unmanaged[Cdecl]<IntPtr, IntPtr>)NativeLibrary.GetExport(library, $"register_cmu_us_{name}");
        var voice = register(IntPtr.Zero);
        if (voice == IntPtr.Zero)
            throw new InvalidOperationException($"register_cmu_us_{name} returned no voice.");
        EnableStreaming(voice, id);
        return new FliteNativeVoice(id, voice);
    }

    private static unsafe void EnableStreaming(IntPtr voice, FliteVoiceId id)
    {
        var info = FliteNative.NewAudioStreamingInfo();
        delegate* unmanaged[Cdecl]<FliteNative.CstWave*, int, int, int, IntPtr, int> callback = &OnAudio;
        Marshal.WriteIntPtr(info, FliteNative.StreamingCallbackOffset, (IntPtr)callback);
        Marshal.WriteIntPtr(info, FliteNative.StreamingUserDataOffset, (IntPtr)(int)id);
        var features = Marshal.ReadIntPtr(voice, FliteNative.VoiceFeaturesOffset);
        FliteNative.FeatSet(features, StreamingInfoFeature, FliteNative.AudioStreamingInfoVal(info));
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static unsafe int OnAudio(FliteNative.CstWave* wave, int start, int size, int last, IntPtr info)
    {
        var id = (int)Marshal.ReadIntPtr(info, FliteNative.StreamingUserDataOffset);
        var sink = (uint)id < (uint)Sinks.Length ? Sinks[id] : null;
        if (sink is null)
            return FliteNative.StreamContinue; // warm-up: the returned wave is all we need
        if (sink.Cancellation.IsCancellationRequested)
            return FliteNative.StreamStop;
        if (size > 0 && start == sink.Streamed)
        {
            sink.Output.TryWrite(new ReadOnlySpan<short>(wave->Samples + start, size).ToArray());
            sink.Streamed += size;
        }
        return FliteNative.StreamContinue;
    }

    private sealed class StreamSink(ChannelWriter<short[]> output, CancellationToken cancellation)
    {
        public ChannelWriter<short[]> Output { get; } = output;

        public CancellationToken Cancellation { get; } = cancellation;

        /// <summary>Samples handed out so far: a prefix of the final wave.</summary>
        public int Streamed { get; set; }
    }
}
