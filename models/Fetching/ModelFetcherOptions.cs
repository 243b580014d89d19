namespace MediaCore.Models;

/// <summary>Timeouts and retry policy for <see cref="ModelFetcher"/>. The defaults make an offline machine fail in seconds.</summary>
public sealed record ModelFetcherOptions
{
    /// <summary>How long to wait for a TCP/TLS connection before declaring the host unreachable.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the response headers, or the next body bytes, may take before the attempt is abandoned.</summary>
    public TimeSpan StallTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Consecutive failed attempts that made no progress before giving up (an attempt that received bytes resets the count).</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>Pause before a retry, multiplied by the number of consecutive failures.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    public static ModelFetcherOptions Default { get; } = new();
}
