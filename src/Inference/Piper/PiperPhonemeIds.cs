using System.Text;

namespace MediaCore.Inference.Piper;

/// <summary>
/// Turns one sentence of IPA phonemes into model ids exactly as Piper does: BOS "^" then pad "_", then every phoneme
/// (one code point) as its id(s) followed by pad, then EOS "$". Phonemes absent from the map are skipped and counted.
/// </summary>
public static class PiperPhonemeIds
{
    public const char Pad = '_';
    public const char Bos = '^';
    public const char Eos = '$';

    public static long[] FromPhonemes(string phonemes, IReadOnlyDictionary<int, long[]> idMap, out int missing)
    {
        var ids = new List<long>(phonemes.Length * 2 + 3);
        var pad = Lookup(idMap, Pad);
        ids.AddRange(Lookup(idMap, Bos));
        ids.AddRange(pad);
        missing = 0;
        foreach (var phoneme in phonemes.EnumerateRunes())
        {
            if (!idMap.TryGetValue(phoneme.Value, out var phonemeIds))
            {
                missing++;
                continue;
            }
            ids.AddRange(phonemeIds);
            ids.AddRange(pad);
        }
        ids.AddRange(Lookup(idMap, Eos));
        return ids.ToArray();
    }

    private static long[] Lookup(IReadOnlyDictionary<int, long[]> idMap, char symbol) =>
        idMap.TryGetValue(new Rune(symbol).Value, out var ids)
            ? ids
            : throw new InvalidDataException($"The phoneme_id_map has no '{symbol}' entry, which every Piper voice needs.");
}
