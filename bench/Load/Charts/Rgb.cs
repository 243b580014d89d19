namespace MediaCore.Bench.Load.Charts;

/// <summary>A 24-bit colour.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    public static Rgb White { get; } = new(255, 255, 255);
    public static Rgb Black { get; } = new(0, 0, 0);
    public static Rgb Grid { get; } = new(225, 225, 225);

    /// <summary>A small palette that stays distinguishable in print.</summary>
    public static IReadOnlyList<Rgb> Series { get; } =
    [
        new(31, 119, 180), new(255, 127, 14), new(44, 160, 44), new(214, 39, 40), new(148, 103, 189), new(140, 86, 75),
    ];
}
