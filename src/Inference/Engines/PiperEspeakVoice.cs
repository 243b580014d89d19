using System.Runtime.CompilerServices;
using MediaCore.Inference.Abstractions;
using MediaCore.Inference.Piper;
using MediaCore.Inference.Tts;

namespace MediaCore.Inference.Engines;

/// <summary>
/// A Piper voice fed by the espeak-ng phonemizer its config names (<c>espeak.voice</c>): the text is phonemized
/// on espeak's worker without blocking, then each sentence runs through the model and streams as 20 ms chunks.
/// </summary>
public sealed class PiperEspeakVoice : ITextToSpeech
{
    private readonly PiperVoice _voice;
    private readonly EspeakPhonemizer _phonemizer;

    public PiperEspeakVoice(PiperVoice voice)
    {
        _voice = voice;
        _phonemizer = new EspeakPhonemizer(string.IsNullOrWhiteSpace(voice.Config.EspeakVoice) ? "en-us" : voice.Config.EspeakVoice);
    }

    public string VoiceName => _voice.VoiceName;

    public int SampleRate => _voice.SampleRate;

    public async IAsyncEnumerable<SpeechChunk> SynthesizeAsync(string text, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var chunkSize = SampleRate / 50;
        foreach (var sentence in await _phonemizer.PhonemizeAsync(text, cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield(); // model runs take tens of milliseconds: keep them off the caller's thread
            var pcm = _voice.SynthesizeSentence(sentence);
            for (var offset = 0; offset < pcm.Length; offset += chunkSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return new SpeechChunk(pcm.AsMemory(offset, Math.Min(chunkSize, pcm.Length - offset)), SampleRate);
            }
        }
    }

    public void Dispose() => _voice.Dispose();
}
