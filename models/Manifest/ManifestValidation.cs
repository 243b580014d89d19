namespace MediaCore.Models;

/// <summary>Rejects a manifest entry that could never be fetched or verified, at load time rather than at download time.</summary>
internal static class ManifestValidation
{
    public static void Check(ModelEntry entry)
    {
        Require(!string.IsNullOrWhiteSpace(entry.Name), entry, "has no name");
        Require(!string.IsNullOrWhiteSpace(entry.File) && Path.GetFileName(entry.File) == entry.File, entry, $"has an invalid file name '{entry.File}'");
        Require(entry.Size > 0, entry, "has no size");
        Require(!string.IsNullOrWhiteSpace(entry.License), entry, "has no licence");
        Require(Uri.TryCreate(entry.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp),
            entry, $"has an invalid url '{entry.Url}'");
        Require(entry.Sha256 is not null || entry.Sha1 is not null || entry.Md5 is not null, entry, "has no sha256, sha1 or md5");
        CheckHex(entry, entry.Sha256, 64, "sha256");
        CheckHex(entry, entry.Sha1, 40, "sha1");
        CheckHex(entry, entry.Md5, 32, "md5");
    }

    private static void CheckHex(ModelEntry entry, string? hex, int length, string label)
    {
        if (hex is null) return;
        Require(hex.Length == length && hex.All(Uri.IsHexDigit), entry, $"has a {label} that is not {length} hex digits");
    }

    private static void Require(bool condition, ModelEntry entry, string problem)
    {
        if (!condition) throw new InvalidDataException($"model manifest entry '{entry.Name}' {problem}");
    }
}
