using System.Security.Cryptography;
using System.Text;
using MediaCore.Pipeline.Privacy;
using MediaCore.Pipeline.Records;

namespace MediaCore.Records.Tests.Privacy;

/// <summary>Published test vectors through our own helpers, and tampering of every part of a sealed number.</summary>
public sealed class CryptoKnownAnswerTests
{
    private static readonly byte[] AnyDataKey = Convert.FromHexString("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

    // RFC 4231 §4.7 test case 6: 131-byte key of 0xaa (longer than the block, so hashed first), a 54-byte message.
    [Fact]
    public void Caller_hash_mac_matches_RFC_4231_test_case_6()
    {
        var hasher = new CallerHasher(new PrivacyKeys(Enumerable.Repeat((byte)0xaa, 131).ToArray(), AnyDataKey), new PhoneNumberNormalizer("91"));
        var mac = hasher.Mac("Test Using Larger Than Block-Size Key - Hash Key First"u8);
        Assert.Equal("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54", Convert.ToHexStringLower(mac));
    }

    // RFC 4231 §4.8 test case 7: same key, a message longer than a block.
    [Fact]
    public void Caller_hash_mac_matches_RFC_4231_test_case_7()
    {
        var hasher = new CallerHasher(new PrivacyKeys(Enumerable.Repeat((byte)0xaa, 131).ToArray(), AnyDataKey), new PhoneNumberNormalizer("91"));
        var message = Encoding.ASCII.GetBytes("This is a test using a larger than block-size key and a larger than block-size data. " +
            "The key needs to be hashed before being used by the HMAC algorithm.");
        Assert.Equal("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2", Convert.ToHexStringLower(hasher.Mac(message)));
    }

    [Fact]
    public void Caller_hash_is_the_mac_of_the_normalised_digits()
    {
        var pepper = RandomNumberGenerator.GetBytes(32);
        var hasher = new CallerHasher(new PrivacyKeys(pepper, AnyDataKey), new PhoneNumberNormalizer("91"));
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(pepper, "919876543210"u8));
        Assert.Equal(expected, hasher.Hash("+91 98765 43210").Value);
    }

    // The GCM specification's test case 16 (AES-256, 96-bit IV, with AAD), as used in NIST's GCM validation vectors.
    private static readonly byte[] GcmKey = Convert.FromHexString("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    private static readonly byte[] GcmIv = Convert.FromHexString("cafebabefacedbaddecaf888");
    private static readonly byte[] GcmPlain = Convert.FromHexString(
        "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
    private static readonly byte[] GcmAad = Convert.FromHexString("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    private const string GcmCipher =
        "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662";
    private const string GcmTag = "76fc6ece0f4e1768cddf8853bb2d551b";

    [Fact]
    public void Sealing_matches_the_GCM_test_case_16_vector_in_our_layout()
    {
        var sealedBytes = ContactNumberCipher.Seal(GcmKey, GcmIv, GcmPlain, GcmAad);
        Assert.Equal("01" + "cafebabefacedbaddecaf888" + GcmCipher + GcmTag, Convert.ToHexStringLower(sealedBytes));
        Assert.True(ContactNumberCipher.TryOpen(GcmKey, sealedBytes, GcmAad, out var plain));
        Assert.Equal(GcmPlain, plain);
    }

    [Theory]
    [InlineData(0)]                        // version byte
    [InlineData(1)]                        // nonce
    [InlineData(13)]                       // first ciphertext byte
    [InlineData(13 + 59)]                  // last ciphertext byte
    [InlineData(13 + 60)]                  // first tag byte
    [InlineData(13 + 60 + 15)]             // last tag byte
    public void A_flipped_bit_anywhere_is_rejected(int offset)
    {
        var sealedBytes = ContactNumberCipher.Seal(GcmKey, GcmIv, GcmPlain, GcmAad);
        sealedBytes[offset] ^= 0x01;
        Assert.False(ContactNumberCipher.TryOpen(GcmKey, sealedBytes, GcmAad, out _));
    }

    [Fact]
    public void Wrong_associated_data_truncation_and_wrong_key_are_rejected()
    {
        var sealedBytes = ContactNumberCipher.Seal(GcmKey, GcmIv, GcmPlain, GcmAad);
        var otherAad = (byte[])GcmAad.Clone();
        otherAad[^1] ^= 0x80;
        Assert.False(ContactNumberCipher.TryOpen(GcmKey, sealedBytes, otherAad, out _));
        Assert.False(ContactNumberCipher.TryOpen(GcmKey, sealedBytes, [], out _));
        Assert.False(ContactNumberCipher.TryOpen(GcmKey, sealedBytes.AsSpan(0, sealedBytes.Length - 1), GcmAad, out _));
        Assert.False(ContactNumberCipher.TryOpen(GcmKey, sealedBytes.AsSpan(0, 10), GcmAad, out _));
        Assert.False(ContactNumberCipher.TryOpen(AnyDataKey, sealedBytes, GcmAad, out _));
    }

    [Fact]
    public void Numbers_are_sealed_with_a_fresh_nonce_and_bound_to_their_tenant()
    {
        var cipher = new ContactNumberCipher(new PrivacyKeys(RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(32)));
        var tenant = new TenantId("clinic-7");
        var first = cipher.Encrypt(tenant, "+919876543210");
        var second = cipher.Encrypt(tenant, "+919876543210");
        Assert.NotEqual(first.SealedBytes, second.SealedBytes);
        Assert.Equal(ContactNumberCipher.Overhead + "+919876543210".Length, first.SealedBytes.Length);
        Assert.Equal("[encrypted number]", first.ToString());
        Assert.Equal("+919876543210", cipher.DecryptForSending(tenant, first));
        Assert.Throws<CryptographicException>(() => cipher.DecryptForSending(new TenantId("clinic-8"), first));
        first.SealedBytes[^1] ^= 1;
        Assert.Throws<CryptographicException>(() => cipher.DecryptForSending(tenant, first));
    }
}
