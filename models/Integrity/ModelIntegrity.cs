using System.Buffers;
using System.Security.Cryptography;

namespace MediaCore.Models;

/// <summary>Checks a file against its manifest entry: size first (cheap, catches truncation), then the pinned hash.</summary>
public static class ModelIntegrity
{
    private const int BufferSize = 1 << 20;

    /// <summary>Throws <see cref="ModelIntegrityException"/> unless the file has the entry's size and hash.</summary>
    public static async Task VerifyAsync(string path, ModelEntry entry, CancellationToken ct = default)
    {
        CheckSize(path, entry);
        var actual = await ComputeHexAsync(path, entry.Digest.Algorithm, ct).ConfigureAwait(false);
        CheckHash(path, entry, actual);
    }

    /// <summary>Synchronous <see cref="VerifyAsync"/>, for callers (the resolver) that are not async.</summary>
    public static void Verify(string path, ModelEntry entry)
    {
        CheckSize(path, entry);
        CheckHash(path, entry, ComputeHex(path, entry.Digest.Algorithm));
    }

    /// <summary>Lower-case hex digest of a whole file, read synchronously.</summary>
    public static string ComputeHex(string path, HashAlgorithmName algorithm)
    {
        using var hash = IncrementalHash.CreateHash(algorithm);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            int read;
            while ((read = stream.Read(buffer, 0, BufferSize)) > 0)
                hash.AppendData(buffer, 0, read);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Lower-case hex digest of a whole file.</summary>
    public static async Task<string> ComputeHexAsync(string path, HashAlgorithmName algorithm, CancellationToken ct = default)
    {
        using var hash = IncrementalHash.CreateHash(algorithm);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan | FileOptions.Asynchronous);
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(0, BufferSize), ct).ConfigureAwait(false)) > 0)
                hash.AppendData(buffer, 0, read);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void CheckSize(string path, ModelEntry entry)
    {
        var size = new FileInfo(path).Length;
        if (size != entry.Size)
            throw new ModelIntegrityException(entry.Name, path,
                $"{entry.File} at {path} has {size} bytes, expected {entry.Size}: it is truncated or not the pinned file");
    }

    private static void CheckHash(string path, ModelEntry entry, string actual)
    {
        var expected = entry.Digest;
        if (!string.Equals(actual, expected.Hex, StringComparison.Ordinal))
            throw new ModelIntegrityException(entry.Name, path,
                $"{entry.File} at {path} has {expected.Label} {actual}, expected {expected.Hex}: it is not the pinned file");
    }
}
