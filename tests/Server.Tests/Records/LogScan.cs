using System.Text.RegularExpressions;

namespace MediaCore.Server.Tests.Records;

/// <summary>Asserts a captured log carries no phone number and no key material.</summary>
internal static partial class LogScan
{
    public static void AssertClean(string log)
    {
        Assert.False(log.Contains(RecordsTestKeys.NationalNumber, StringComparison.Ordinal), "the caller's number is in the log");
        var number = StandaloneDigitRun().Match(log);
        Assert.False(number.Success, $"a phone-number-like digit run is in the log: {number.Value}");
        foreach (var key in RecordsTestKeys.KeyTexts())
            Assert.False(log.Contains(key, StringComparison.Ordinal), "key material is in the log");
    }

    // 10+ digits not inside a longer token (call ids and hashes are hex and may hold digit runs by chance).
    [GeneratedRegex(@"(?<![0-9A-Za-z])\+?\d{10,}(?![0-9A-Za-z])")]
    private static partial Regex StandaloneDigitRun();
}
