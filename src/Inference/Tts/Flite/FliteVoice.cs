using MediaCore.Inference.Abstractions;
using MediaCore.Inference.Text;

namespace MediaCore.Inference.Tts;

/// <summary>
/// A flite voice (<c>slt</c> by default) as an <see cref="ITextToSpeech"/>. The text is cut into clauses
/// (<see cref="SentenceChunker"/>) and synthesised one clause at a time on the thread pool; within a clause audio
/// streams out of flite while it is being synthesised, so the first audio does not wait for the whole reply.
/// Output is ≤ 20 ms chunks at the voice's native rate (16 kHz; 8 kHz for <see cref="FliteVoiceId.Kal"/>).
/// Thread-safety: any number of calls may synthesise at once; calls on the same voice take turns clause by clause
/// (one gate per native voice, see <see cref="FliteNativeVoice"/>), different voices run in parallel.
/// Expects text already normalised for speech (see <see cref="SpeechNormalizer"/>); flite reads English only.
/// </summary>
public sealed class FliteVoice : ITextToSpeech
{
    /// <summary>Clauses shorter than this are not cut at a comma (each cut resets flite's intonation).</summary>
    public const int MinClauseLength = 16;

    private readonly FliteNativeVoice _voice;
    private readonly float _durationStretch;

    /// <param name="voice">Which voice library to load (loaded once per process).</param>
    /// <param name="durationStretch">flite's <c>duration_stretch</c>: 1 = normal, 1.2 = 20 % slower, 0.9 = faster.</param>
    public FliteVoice(FliteVoiceId voice = FliteVoiceId.Slt, float durationStretch = 1f)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(durationStretch, 0f);
        _voice = FliteNativeVoice.Get(voice);
        _durationStretch = durationStretch;
        VoiceName = "flite:" + voice.ToString().ToLowerInvariant();
    }

    public string VoiceName { get; }

    public int SampleRate => _voice.SampleRate;

    public IAsyncEnumerable<SpeechChunk> SynthesizeAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clauses = SentenceChunker.Split(text, MinClauseLength);
        return SpeechChunkStream.RunAsync(SampleRate, async (writer, token) =>
        {
            foreach (var clause in clauses)
            {
                if (!clause.Any(char.IsLetterOrDigit))
                    continue; // flite speaks nothing useful for bare punctuation
                await _voice.SynthesizeAsync(clause, _durationStretch, writer, token).ConfigureAwait(false);
            }
        }, cancellationToken);
    }

    /// <summary>Nothing to release: native voices live for the process (flite has no safe unregister while in use).</summary>
    public void Dispose()
    {
    }
}
