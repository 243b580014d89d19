using MediaCore.Inference.Abstractions;
using MediaCore.Inference.Whisper.Native;

namespace MediaCore.Inference.Whisper;

/// <summary>
/// One call's whisper recogniser: owns one <c>whisper_state</c> and the growing utterance (16 kHz, at most the last
/// 30 s). <see cref="Partial"/> re-decodes everything heard so far (whisper has no incremental mode); the caller picks
/// the cadence, e.g. with <see cref="ShouldDecodePartial"/>. Not thread-safe: one STT worker drives one session.
/// </summary>
public sealed class WhisperRecognitionSession : ISpeechRecognitionSession
{
    private static readonly int MaxSamples = (int)(WhisperSettings.MaxUtterance.TotalSeconds * WhisperSettings.SampleRate);

    private readonly WhisperStateHandle _state;
    private readonly WhisperDecoder _decoder;
    private readonly WhisperSettings _settings;
    private readonly float[] _audio = new float[MaxSamples];
    private int _count;
    private int _countAtLastPartial;
    private TimeSpan? _lastPartialAt;

    internal WhisperRecognitionSession(WhisperModel model, WhisperSettings settings, int languageId)
    {
        _settings = settings;
        _state = model.CreateState();
        _decoder = new WhisperDecoder(model, _state, settings, languageId);
    }

    /// <summary>Length of the buffered utterance.</summary>
    public TimeSpan BufferedAudio => TimeSpan.FromSeconds((double)_count / WhisperSettings.SampleRate);

    /// <summary>Test hook: sees every poll of the abort callback (poll count), e.g. to cancel mid-decode.</summary>
    internal Action<int>? AbortPollHook
    {
        get => _decoder.AbortPollHook;
        set => _decoder.AbortPollHook = value;
    }

    public void AcceptAudio(ReadOnlySpan<short> pcm16k)
    {
        ObjectDisposedException.ThrowIf(_state.IsClosed, this);
        if (pcm16k.Length >= MaxSamples)
        {
            pcm16k = pcm16k[^MaxSamples..];
            _count = 0;
        }
        var overflow = _count + pcm16k.Length - MaxSamples;
        if (overflow > 0)
        {
            // Keep the most recent 30 s: the end of the utterance is what the caller is waiting for.
            Array.Copy(_audio, overflow, _audio, 0, _count - overflow);
            _count -= overflow;
        }
        var destination = _audio.AsSpan(_count, pcm16k.Length);
        for (var i = 0; i < pcm16k.Length; i++)
            destination[i] = pcm16k[i] * (1f / 32768f);
        _count += pcm16k.Length;
    }

    /// <summary>
    /// True when a partial decode is due at <paramref name="now"/> (any monotonic clock): enough audio, new audio since
    /// the last partial, and at least <see cref="WhisperSettings.PartialInterval"/> since it.
    /// </summary>
    public bool ShouldDecodePartial(TimeSpan now)
    {
        if (_count == _countAtLastPartial || BufferedAudio < _settings.MinPartialAudio)
            return false;
        return _lastPartialAt is not { } last || now - last >= _settings.PartialInterval;
    }

    /// <summary>Like <see cref="Partial(CancellationToken)"/>, and records <paramref name="now"/> for <see cref="ShouldDecodePartial"/>.</summary>
    public Transcript Partial(TimeSpan now, CancellationToken cancellationToken = default)
    {
        _lastPartialAt = now;
        return Partial(cancellationToken);
    }

    public Transcript Partial(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_state.IsClosed, this);
        _countAtLastPartial = _count;
        return _decoder.Decode(_audio.AsSpan(0, _count), isFinal: false, cancellationToken);
    }

    public Transcript Finish(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_state.IsClosed, this);
        try
        {
            return _decoder.Decode(_audio.AsSpan(0, _count), isFinal: true, cancellationToken);
        }
        finally
        {
            Reset(); // the turn is over whether or not the decode completed
        }
    }

    public void Reset()
    {
        _count = 0;
        _countAtLastPartial = 0;
        _lastPartialAt = null;
    }

    public void Dispose() => _state.Dispose();
}
