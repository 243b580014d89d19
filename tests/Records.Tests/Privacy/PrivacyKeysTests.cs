using MediaCore.Pipeline.Privacy;

namespace MediaCore.Records.Tests.Privacy;

public sealed class PrivacyKeysTests
{
    private const string Base64Key = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=";   // 32 bytes
    private const string HexKey = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    [Fact]
    public void Missing_keys_stop_startup_with_a_message_that_says_what_to_do()
    {
        var error = Assert.Throws<PrivacyKeysMissingException>(() => PrivacyKeys.FromValues(null, " "));
        Assert.Contains("MEDIACORE_CALLER_PEPPER is not set", error.Message);
        Assert.Contains("MEDIACORE_DATA_KEY is not set", error.Message);
        Assert.Contains("openssl rand -base64 32", error.Message);
    }

    [Fact]
    public void Short_or_garbled_keys_are_refused_without_echoing_them()
    {
        var error = Assert.Throws<PrivacyKeysMissingException>(() => PrivacyKeys.FromValues("c2hvcnQ=", "not*base64*or*hex"));
        Assert.Contains("MEDIACORE_CALLER_PEPPER decodes to 5 bytes, needs at least 32 bytes", error.Message);
        Assert.Contains("MEDIACORE_DATA_KEY is neither base64 nor hex", error.Message);
        Assert.DoesNotContain("c2hvcnQ=", error.Message);
        Assert.DoesNotContain("not*base64", error.Message);
    }

    [Fact]
    public void A_data_key_must_be_exactly_32_bytes() =>
        Assert.Throws<PrivacyKeysMissingException>(() => PrivacyKeys.FromValues(Base64Key, HexKey + "00"));

    [Fact]
    public void Base64_and_hex_keys_are_both_accepted()
    {
        var keys = PrivacyKeys.FromValues(Base64Key, HexKey);
        Assert.Equal(32, keys.Pepper.Length);
        Assert.Equal(0xab, keys.Pepper[0]);
        Assert.Equal(Convert.FromHexString(HexKey), keys.DataKey);
    }
}
