namespace MediaCore.Inference.Whisper.ModelFile;

/// <summary>A tiny seeded generator (SplitMix64): fast, and identical output on every runtime, unlike System.Random.</summary>
internal struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [-range, range).</summary>
    public float NextSymmetric(float range) => ((NextUInt64() >> 40) * (1f / (1 << 24)) * 2f - 1f) * range;
}
