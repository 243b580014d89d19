using System.Security.Cryptography;
using MediaCore.Pipeline.Privacy;

namespace MediaCore.Records.Tests.Privacy;

public sealed class PhoneNumberTests
{
    private static readonly PhoneNumberNormalizer India = new("91");

    [Theory]
    [InlineData("+91 98765 43210")]
    [InlineData("+91-98765-43210")]
    [InlineData("09876543210")]
    [InlineData("9876543210")]
    [InlineData("0091 98765 43210")]
    [InlineData("919876543210")]
    [InlineData("(098765) 43210")]
    [InlineData("sip:+919876543210@trunk.example.net;user=phone")]
    [InlineData("tel:+91-98765-43210")]
    public void Every_way_of_writing_one_number_normalises_the_same(string input)
    {
        Assert.True(India.TryNormalize(input, out var digits));
        Assert.Equal("919876543210", digits);
    }

    [Theory]
    [InlineData("+44 20 7946 0958", "442079460958")]
    [InlineData("+1 (415) 555-0100", "14155550100")]
    [InlineData("9123456789", "919123456789")]
    public void Other_countries_and_look_alike_prefixes_keep_their_digits(string input, string expected) =>
        Assert.Equal(expected, India.Normalize(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("anonymous")]
    [InlineData("12")]
    [InlineData("+1234567890123456789")]
    public void Non_numbers_are_refused(string? input) => Assert.False(India.TryNormalize(input, out _));

    [Fact]
    public void The_same_caller_hashes_the_same_and_different_callers_differ()
    {
        var hasher = new CallerHasher(new PrivacyKeys(RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(32)), India);
        Assert.Equal(hasher.Hash("+91 98765 43210"), hasher.Hash("09876543210"));
        Assert.NotEqual(hasher.Hash("+91 98765 43210"), hasher.Hash("+91 98765 43211"));
        var otherPepper = new CallerHasher(new PrivacyKeys(RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(32)), India);
        Assert.NotEqual(hasher.Hash("09876543210"), otherPepper.Hash("09876543210"));
        Assert.DoesNotContain("9876543210", hasher.Hash("09876543210").Value);
        Assert.False(hasher.TryHash("anonymous", out _));
    }

    [Theory]
    [InlineData("919876543210", "98XXXX3210")]
    [InlineData("442079460958", "442079460958")]   // not +91: masked on the whole number below
    public void Masking_shows_two_leading_and_four_trailing_national_digits(string digits, string expectedFor91)
    {
        if (digits.StartsWith("91", StringComparison.Ordinal)) Assert.Equal(expectedFor91, PhoneNumberMask.Mask(digits, "91"));
        else Assert.Equal("20XXXX0958", PhoneNumberMask.Mask(digits, "44"));
    }

    [Fact]
    public void Masking_a_very_short_number_hides_it_all() => Assert.Equal("XXXX", PhoneNumberMask.Mask("911234", "91"));

    [Fact]
    public void A_caller_hash_must_look_like_one() =>
        Assert.Throws<ArgumentException>(() => new CallerHash("+919876543210"));
}
