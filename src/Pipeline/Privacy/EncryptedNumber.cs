namespace MediaCore.Pipeline.Privacy;

/// <summary>
/// A phone number sealed by <see cref="ContactNumberCipher"/>: version byte + 12-byte nonce + ciphertext + 16-byte tag.
/// Its text form never shows the number, so it is safe in logs and exceptions.
/// </summary>
public sealed class EncryptedNumber
{
    public EncryptedNumber(byte[] sealedBytes)
    {
        if (sealedBytes.Length < ContactNumberCipher.Overhead) throw new ArgumentException("too short to be a sealed number", nameof(sealedBytes));
        SealedBytes = sealedBytes;
    }

    public byte[] SealedBytes { get; }

    public override string ToString() => "[encrypted number]";
}
