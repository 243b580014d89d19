namespace MediaCore.Pipeline.Privacy;

/// <summary>
/// A caller's identity as stored: lowercase hex HMAC-SHA256 of the normalised number under the deployment pepper.
/// A distinct type so a raw phone number can never be passed (or logged) where the hash belongs.
/// </summary>
public readonly record struct CallerHash
{
    public const int HexLength = 64;

    public CallerHash(string value)
    {
        if (value is null || value.Length != HexLength || !value.All(char.IsAsciiHexDigitLower))
            throw new ArgumentException("a caller hash is 64 lowercase hex characters", nameof(value));
        Value = value;
    }

    public string Value { get; }

    public override string ToString() => Value;
}
