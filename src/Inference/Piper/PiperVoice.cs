using System.Runtime.CompilerServices;
using MediaCore.Inference.Abstractions;
using MediaCore.Inference.Onnx;

namespace MediaCore.Inference.Piper;

/// <summary>
/// A Piper (VITS) voice on ONNX Runtime. Text is phonemized by the supplied phonemizer (espeak-ng IPA, one string per
/// sentence), each sentence is mapped to ids (<see cref="PiperPhonemeIds"/>) and synthesised in one model run
/// (inputs <c>input</c> [1,N], <c>input_lengths</c> [1], <c>scales</c> [3]; output [1,1,1,T]), then streamed as
/// 20 ms PCM16 chunks. The session is shared; concurrent syntheses are safe.
/// </summary>
public sealed class PiperVoice : ITextToSpeech
{
    internal const string InputName = "input";
    internal const string LengthsName = "input_lengths";
    internal const string ScalesName = "scales";
    internal const string SpeakerName = "sid";

    private readonly InferenceSession session;
    private readonly Func<string, IReadOnlyList<string>> phonemizer;
    private readonly bool hasSpeakerInput;
    private readonly string outputName;

    public PiperVoice(string modelPath, Func<string, IReadOnlyList<string>> phonemizer, string? configPath = null, SessionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(phonemizer);
        Config = PiperVoiceConfig.Load(configPath ?? modelPath + ".json");
        this.phonemizer = phonemizer;
        session = InferenceSession.FromFile(modelPath, options);
        RequireInputs(session);
        hasSpeakerInput = session.Inputs.Any(i => i.Name == SpeakerName);
        outputName = session.Outputs[0].Name;
        VoiceName = "piper:" + Path.GetFileNameWithoutExtension(modelPath);
    }

    public PiperVoiceConfig Config { get; }

    public string VoiceName { get; }

    public int SampleRate => Config.SampleRate;

    /// <summary>Phonemes the map lacked in the last synthesis (skipped, as Piper does): a diagnostic hint that the phonemizer and voice disagree (not synchronised across concurrent syntheses).</summary>
    public int LastMissingPhonemes { get; private set; }

    public async IAsyncEnumerable<SpeechChunk> SynthesizeAsync(string text, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var chunkSize = SampleRate / 50;
        LastMissingPhonemes = 0;
        foreach (var sentence in phonemizer(text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Model runs take tens of milliseconds: keep them off the caller's thread.
            await Task.Yield();
            var pcm = SynthesizeSentence(sentence);
            for (var offset = 0; offset < pcm.Length; offset += chunkSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var length = Math.Min(chunkSize, pcm.Length - offset);
                yield return new SpeechChunk(pcm.AsMemory(offset, length), SampleRate);
            }
        }
    }

    /// <summary>One sentence of IPA to PCM16 (empty when the sentence has no known phonemes).</summary>
    public short[] SynthesizeSentence(string phonemes)
    {
        var ids = PiperPhonemeIds.FromPhonemes(phonemes, Config.PhonemeIdMap, out var missing);
        LastMissingPhonemes += missing;
        if (ids.Length <= 3)
            return [];
        using var input = OrtValue.CreateTensor<long>(ids, [1, ids.Length]);
        using var lengths = OrtValue.CreateTensor<long>(new long[] { ids.Length }, [1]);
        using var scales = OrtValue.CreateTensor<float>(new[] { Config.NoiseScale, Config.LengthScale, Config.NoiseW }, [3]);
        using var speaker = hasSpeakerInput ? OrtValue.CreateTensor<long>(new long[] { 0 }, [1]) : null;
        List<KeyValuePair<string, OrtValue>> inputs = [new(InputName, input), new(LengthsName, lengths), new(ScalesName, scales)];
        if (speaker is not null)
            inputs.Add(new(SpeakerName, speaker));
        var outputs = session.Run(inputs, [outputName]);
        using var audio = outputs[0];
        return PiperAudio.ToPcm16(audio.GetTensorData<float>());
    }

    public void Dispose() => session.Dispose();

    private static void RequireInputs(InferenceSession session)
    {
        string[] required = [InputName, LengthsName, ScalesName];
        var missing = required.Where(n => session.Inputs.All(i => i.Name != n)).ToList();
        if (missing.Count > 0 || session.Outputs.Count == 0)
        {
            session.Dispose();
            throw new InvalidDataException($"'{session.Source}' is not a Piper voice: it lacks input(s) {string.Join(", ", missing)}.");
        }
    }
}
