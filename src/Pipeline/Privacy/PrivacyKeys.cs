namespace MediaCore.Pipeline.Privacy;

/// <summary>
/// The two deployment secrets: the pepper that keys caller hashes and the AES-256 key that encrypts numbers callers
/// give for confirmations. Both come from the environment so they never sit in a config file or the database.
/// </summary>
public sealed class PrivacyKeys
{
    public const string PepperVariable = "MEDIACORE_CALLER_PEPPER";
    public const string DataKeyVariable = "MEDIACORE_DATA_KEY";
    public const int MinPepperBytes = 32;
    public const int DataKeyBytes = 32;

    public PrivacyKeys(byte[] pepper, byte[] dataKey)
    {
        if (pepper.Length < MinPepperBytes) throw new ArgumentException($"the pepper needs at least {MinPepperBytes} bytes", nameof(pepper));
        if (dataKey.Length != DataKeyBytes) throw new ArgumentException($"the data key is exactly {DataKeyBytes} bytes", nameof(dataKey));
        Pepper = pepper;
        DataKey = dataKey;
    }

    public byte[] Pepper { get; }
    public byte[] DataKey { get; }

    /// <summary>Reads both variables; throws <see cref="PrivacyKeysMissingException"/> naming every problem at once.</summary>
    public static PrivacyKeys FromEnvironment() => FromValues(
        Environment.GetEnvironmentVariable(PepperVariable), Environment.GetEnvironmentVariable(DataKeyVariable));

    public static PrivacyKeys FromValues(string? pepperText, string? dataKeyText)
    {
        var problems = new List<string>();
        var pepper = Decode(PepperVariable, pepperText, b => b >= MinPepperBytes, $"at least {MinPepperBytes} bytes", problems);
        var dataKey = Decode(DataKeyVariable, dataKeyText, b => b == DataKeyBytes, $"exactly {DataKeyBytes} bytes", problems);
        if (problems.Count > 0)
        {
            throw new PrivacyKeysMissingException(
                "MediaCore cannot start without its privacy keys: " + string.Join("; ", problems) + ". " +
                $"Generate each with `openssl rand -base64 32` and set {PepperVariable} and {DataKeyVariable} in the server's " +
                "environment (base64 or hex). Keep them stable: a new pepper stops returning callers from being recognised, " +
                "a new data key makes stored confirmation numbers unreadable.");
        }
        return new PrivacyKeys(pepper!, dataKey!);
    }

    private static byte[]? Decode(string variable, string? text, Func<int, bool> sizeOk, string sizeRule, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add($"{variable} is not set");
            return null;
        }
        if (!KeyText.TryDecode(text.Trim(), out var bytes))
        {
            problems.Add($"{variable} is neither base64 nor hex");
            return null;
        }
        if (!sizeOk(bytes.Length))
        {
            problems.Add($"{variable} decodes to {bytes.Length} bytes, needs {sizeRule}");
            return null;
        }
        return bytes;
    }
}
