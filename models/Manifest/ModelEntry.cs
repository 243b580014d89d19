namespace MediaCore.Models;

/// <summary>
/// One file MediaCore knows: where it comes from, how big it is and how to check it.
/// At least one of <see cref="Sha256"/>, <see cref="Sha1"/>, <see cref="Md5"/> is set; the strongest one present is verified.
/// </summary>
public sealed record ModelEntry
{
    /// <summary>Manifest name, the handle used by the resolver and by `mediacore models fetch --only`.</summary>
    public required string Name { get; init; }
    public required ModelKind Kind { get; init; }
    /// <summary>File name on disk (no folders).</summary>
    public required string File { get; init; }
    /// <summary>Exact size in bytes.</summary>
    public required long Size { get; init; }
    public string? Sha256 { get; init; }
    public string? Sha1 { get; init; }
    public string? Md5 { get; init; }
    /// <summary>Where `mediacore models fetch` downloads it from.</summary>
    public required string Url { get; init; }
    public required string License { get; init; }
    public string? Source { get; init; }
    public string? Notes { get; init; }
    /// <summary>Names of entries that must be installed with this one (a Piper voice needs its .onnx.json).</summary>
    public IReadOnlyList<string> Companions { get; init; } = [];

    /// <summary>The hash that verification uses: sha256 if published, else sha1, else md5.</summary>
    public ExpectedDigest Digest => ExpectedDigest.For(this);
}
