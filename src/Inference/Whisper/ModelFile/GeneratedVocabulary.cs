using System.Text;

namespace MediaCore.Inference.Whisper.ModelFile;

/// <summary>
/// Mel filters and a vocabulary for generated models when no fixture is at hand. The vocabulary has the GPT-2 size
/// (50257 entries, the last being &lt;|endoftext|&gt;) so whisper.cpp's special-token ids land where a real model has them;
/// the loader itself appends the specials up to n_vocab. Token 220 is " ", which whisper.cpp requires.
/// </summary>
internal static class GeneratedVocabulary
{
    public const int MelCount = 80;
    public const int FftBins = 201; // n_fft 400 / 2 + 1
    public const int TokenCount = 50257;
    private const float SampleRate = 16000f;

    // whisper.cpp looks " " up with map::at when suppress_blank is on (std::terminate if absent); GPT-2 has it at 220.
    private const int SpaceToken = 220;

    public static void Write(BinaryWriter writer)
    {
        WriteFilters(writer);
        writer.Write(TokenCount);
        for (var i = 0; i < TokenCount; i++)
        {
            var text = i switch
            {
                SpaceToken => " ",
                TokenCount - 1 => "<|endoftext|>",
                _ => $" w{i}",
            };
            var bytes = Encoding.UTF8.GetBytes(text);
            writer.Write((uint)bytes.Length);
            writer.Write(bytes);
        }
    }

    // Slaney-normalised triangular filters on the HTK mel scale: close enough to librosa's for random-weight models.
    private static void WriteFilters(BinaryWriter writer)
    {
        writer.Write(MelCount);
        writer.Write(FftBins);
        var edges = new double[MelCount + 2];
        var maxMel = HzToMel(SampleRate / 2);
        for (var i = 0; i < edges.Length; i++)
            edges[i] = MelToHz(maxMel * i / (MelCount + 1));
        for (var m = 0; m < MelCount; m++)
        {
            var norm = 2.0 / (edges[m + 2] - edges[m]);
            for (var k = 0; k < FftBins; k++)
            {
                var hz = k * SampleRate / 2 / (FftBins - 1);
                var rise = (hz - edges[m]) / (edges[m + 1] - edges[m]);
                var fall = (edges[m + 2] - hz) / (edges[m + 2] - edges[m + 1]);
                writer.Write((float)(Math.Max(0, Math.Min(rise, fall)) * norm));
            }
        }
    }

    private static double HzToMel(double hz) => 2595 * Math.Log10(1 + hz / 700);

    private static double MelToHz(double mel) => 700 * (Math.Pow(10, mel / 2595) - 1);
}
