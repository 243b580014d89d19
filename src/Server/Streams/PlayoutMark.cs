namespace MediaCore.Server.Streams;

/// <summary>
/// A point in the bot's outbound audio the provider confirmed as played to the caller: everything before
/// <see cref="PlayedSamples"/> (counted across the whole call, at <see cref="SampleRate"/>) was heard.
/// </summary>
public readonly record struct PlayoutMark(long Id, long PlayedSamples, int SampleRate)
{
    /// <summary>Prefix of the names this server gives its marks/checkpoints ("mc-17").</summary>
    public const string NamePrefix = "mc-";

    public TimeSpan PlayedDuration => SampleRate == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds((double)PlayedSamples / SampleRate);

    public string Name => NamePrefix + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
