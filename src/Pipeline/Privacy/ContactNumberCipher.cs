using System.Security.Cryptography;
using System.Text;
using MediaCore.Pipeline.Records;

namespace MediaCore.Pipeline.Privacy;

/// <summary>
/// Numbers a caller gives for a WhatsApp/SMS confirmation, sealed with AES-256-GCM under MEDIACORE_DATA_KEY.
/// The tenant id is the associated data: a row copied into another tenant's data fails to open.
/// Layout: [version 0x01][12-byte random nonce][ciphertext][16-byte tag].
/// The only way back to the number is <see cref="DecryptForSending"/>: the code that sends the confirmation.
/// </summary>
public sealed class ContactNumberCipher
{
    public const byte Version = 0x01;
    public const int NonceSize = 12;
    public const int TagSize = 16;
    public const int Overhead = 1 + NonceSize + TagSize;

    private const int VersionOffset = 0;
    private const int NonceOffset = 1;
    private const int CiphertextOffset = NonceOffset + NonceSize;

    private readonly byte[] _key;

    public ContactNumberCipher(PrivacyKeys keys) => _key = keys.DataKey;

    public EncryptedNumber Encrypt(TenantId tenant, string number)
    {
        Span<byte> nonce = stackalloc byte[NonceSize];
        RandomNumberGenerator.Fill(nonce);
        return new EncryptedNumber(Seal(_key, nonce, Encoding.UTF8.GetBytes(number), Aad(tenant)));
    }

    /// <summary>
    /// Opens a sealed number to send a confirmation to it. Throws <see cref="CryptographicException"/> if the bytes,
    /// the tag or the tenant do not match (tampered, truncated, or another tenant's row).
    /// </summary>
    public string DecryptForSending(TenantId tenant, EncryptedNumber number) =>
        TryOpen(_key, number.SealedBytes, Aad(tenant), out var plain)
            ? Encoding.UTF8.GetString(plain)
            : throw new CryptographicException("the sealed number does not verify (tampered, wrong key or wrong tenant)");

    private static byte[] Aad(TenantId tenant) => Encoding.UTF8.GetBytes(tenant.Value);

    /// <summary>AES-256-GCM with a caller-chosen nonce (the known-answer tests pin it; production uses a random one).</summary>
    internal static byte[] Seal(byte[] key, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> aad)
    {
        var output = new byte[Overhead + plaintext.Length];
        output[VersionOffset] = Version;
        nonce.CopyTo(output.AsSpan(NonceOffset, NonceSize));
        using var gcm = new AesGcm(key, TagSize);
        gcm.Encrypt(nonce, plaintext, output.AsSpan(CiphertextOffset, plaintext.Length),
            output.AsSpan(CiphertextOffset + plaintext.Length, TagSize), aad);
        return output;
    }

    internal static bool TryOpen(byte[] key, ReadOnlySpan<byte> sealedBytes, ReadOnlySpan<byte> aad, out byte[] plaintext)
    {
        plaintext = [];
        if (sealedBytes.Length < Overhead || sealedBytes[VersionOffset] != Version) return false;
        var length = sealedBytes.Length - Overhead;
        var output = new byte[length];
        using var gcm = new AesGcm(key, TagSize);
        try
        {
            gcm.Decrypt(sealedBytes.Slice(NonceOffset, NonceSize), sealedBytes.Slice(CiphertextOffset, length),
                sealedBytes.Slice(CiphertextOffset + length, TagSize), output, aad);
        }
        catch (AuthenticationTagMismatchException)
        {
            return false;
        }
        plaintext = output;
        return true;
    }
}
