using System.Security.Cryptography;
using MediaCore.Pipeline.Privacy;

namespace MediaCore.Server.Tests.Records;

/// <summary>
/// Freshly generated privacy keys for this test run, put in the environment as a deployment would
/// (<see cref="PrivacyKeys.PepperVariable"/>, <see cref="PrivacyKeys.DataKeyVariable"/>) so the real CLI reads them.
/// </summary>
internal static class RecordsTestKeys
{
    public const string CallerNumber = "+919876543210";
    public const string NationalNumber = "9876543210";

    public static readonly string Pepper = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    public static readonly string DataKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static readonly Lock Gate = new();

    /// <summary>Sets both variables for this process (idempotent) and returns the keys.</summary>
    public static PrivacyKeys Install()
    {
        lock (Gate)
        {
            Environment.SetEnvironmentVariable(PrivacyKeys.PepperVariable, Pepper);
            Environment.SetEnvironmentVariable(PrivacyKeys.DataKeyVariable, DataKey);
        }
        return PrivacyKeys.FromValues(Pepper, DataKey);
    }

    public static CallerHash CallerHash() => new CallerHasher(Install(), new PhoneNumberNormalizer("91")).Hash(CallerNumber);

    /// <summary>Every way the key material could show up in text.</summary>
    public static IEnumerable<string> KeyTexts()
    {
        foreach (var key in new[] { Pepper, DataKey })
        {
            yield return key;
            yield return Convert.ToHexStringLower(Convert.FromBase64String(key));
            yield return Convert.ToHexString(Convert.FromBase64String(key));
        }
    }
}
