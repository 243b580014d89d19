using System.Buffers;
using System.Net;
using System.Net.Http.Headers;

namespace MediaCore.Models;

/// <summary>
/// Downloads one manifest entry into &lt;file&gt;.part, resuming with an HTTP Range request when a partial file exists.
/// A 206 answer is appended; a 200 answer means the server ignored Range, so the part file is restarted; a 416 answer
/// means the part file is unusable and is deleted. Every wait (headers, each body read) is bounded by the stall timeout.
/// </summary>
internal sealed class PartFileDownload
{
    private const int BufferSize = 1 << 16;
    private const long ProgressStep = 1 << 20;

    private readonly HttpClient _client;
    private readonly ModelFetcherOptions _options;
    private readonly ModelEntry _entry;
    private readonly string _partPath;
    private readonly IProgress<ModelTransferProgress>? _progress;

    public PartFileDownload(HttpClient client, ModelFetcherOptions options, ModelEntry entry, string partPath, IProgress<ModelTransferProgress>? progress)
    {
        _client = client;
        _options = options;
        _entry = entry;
        _partPath = partPath;
        _progress = progress;
    }

    /// <summary>True once any byte arrived from the server: after that a connection failure is a dropped link, not an offline machine.</summary>
    public bool ReachedServer { get; private set; }

    /// <summary>Body bytes the latest attempt wrote, also when it failed: a failed attempt that moved forward is progress.</summary>
    public long LastAttemptReceived { get; private set; }

    /// <summary>One attempt. Returns the body bytes received; throws <see cref="DownloadAttemptFailed"/> (retry) or <see cref="ModelFetchException"/> (give up).</summary>
    public async Task<long> RunAttemptAsync(CancellationToken ct)
    {
        LastAttemptReceived = 0;
        var have = ExistingPartLength();
        if (have == _entry.Size) return 0;
        using var stall = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var response = await SendAsync(have, stall, ct).ConfigureAwait(false);
        ReachedServer = true;
        var append = AcceptStatus(response, have);
        return await CopyBodyAsync(response, append ? have : 0, stall, ct).ConfigureAwait(false);
    }

    private long ExistingPartLength()
    {
        if (!File.Exists(_partPath)) return 0;
        var length = new FileInfo(_partPath).Length;
        if (length <= _entry.Size) return length;
        File.Delete(_partPath); // longer than the pinned file: cannot be a prefix of it
        return 0;
    }

    private async Task<HttpResponseMessage> SendAsync(long have, CancellationTokenSource stall, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _entry.Url);
        if (have > 0) request.Headers.Range = new RangeHeaderValue(have, null);
        stall.CancelAfter(_options.StallTimeout);
        try
        {
            return await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stall.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            var reason = e.InnerException is TimeoutException ? $"no connection within {_options.ConnectTimeout.TotalSeconds:0.#} s"
                : $"no response within {_options.StallTimeout.TotalSeconds:0.#} s";
            throw FailureBeforeResponse(reason, e);
        }
        catch (HttpRequestException e)
        {
            throw FailureBeforeResponse(FetchMessages.Innermost(e), e);
        }
    }

    /// <summary>Before any byte arrived, a failure means the host cannot be reached: fail at once (offline machine).
    /// After bytes arrived, it is a dropped link: retry.</summary>
    private Exception FailureBeforeResponse(string reason, Exception inner) => ReachedServer
        ? new DownloadAttemptFailed($"request for {_entry.File} failed: {reason}", inner)
        : new ModelFetchException(FetchMessages.Unreachable(_entry.Url, reason), inner);

    /// <summary>True to append to the part file, false to restart it; throws for answers that make the attempt useless.</summary>
    private bool AcceptStatus(HttpResponseMessage response, long have)
    {
        switch (response.StatusCode)
        {
            case HttpStatusCode.PartialContent when have > 0:
                var start = response.Content.Headers.ContentRange?.From;
                if (start is null || start == have) return true;
                File.Delete(_partPath);
                throw new DownloadAttemptFailed($"server resumed {_entry.File} at byte {start}, not {have}; restarting");
            case HttpStatusCode.OK:
                var length = response.Content.Headers.ContentLength;
                if (length is not null && length != _entry.Size)
                    throw new ModelFetchException($"{_entry.Url} offers {length} bytes but the manifest pins {_entry.Size} for {_entry.File}: upstream changed; not installing it");
                return false; // a server that ignores Range sends the whole file: start the part file again
            case HttpStatusCode.RequestedRangeNotSatisfiable:
                File.Delete(_partPath);
                throw new DownloadAttemptFailed($"server refused to resume {_entry.File}; restarting from the beginning");
            case HttpStatusCode.TooManyRequests:
            case >= HttpStatusCode.InternalServerError:
                throw new DownloadAttemptFailed($"{_entry.Url} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            default:
                throw new ModelFetchException($"{_entry.Url} answered {(int)response.StatusCode} {response.ReasonPhrase}; cannot download {_entry.File}");
        }
    }

    private async Task<long> CopyBodyAsync(HttpResponseMessage response, long offset, CancellationTokenSource stall, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        long received = 0, position = offset, nextReport = 0;
        try
        {
            await using var file = new FileStream(_partPath, offset > 0 ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
            await using var body = await response.Content.ReadAsStreamAsync(stall.Token).ConfigureAwait(false);
            while (true)
            {
                stall.CancelAfter(_options.StallTimeout);
                var read = await body.ReadAsync(buffer.AsMemory(0, BufferSize), stall.Token).ConfigureAwait(false);
                if (read == 0) break;
                if (position + read > _entry.Size)
                    throw new ModelFetchException($"{_entry.Url} sent more than the {_entry.Size} bytes pinned for {_entry.File}; not installing it");
                await file.WriteAsync(buffer.AsMemory(0, read), ct).ConfigureAwait(false);
                received += read;
                position += read;
                LastAttemptReceived = received;
                if (received >= nextReport)
                {
                    _progress?.Report(new(_entry.Name, ModelTransferStage.Downloading, position, _entry.Size));
                    nextReport = received + ProgressStep;
                }
            }
        }
        catch (Exception e) when (e is IOException or HttpRequestException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            throw new DownloadAttemptFailed($"connection lost after {position} of {_entry.Size} bytes of {_entry.File}: {FetchMessages.Innermost(e)}", e);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        _progress?.Report(new(_entry.Name, ModelTransferStage.Downloading, position, _entry.Size));
        if (position < _entry.Size)
            throw new DownloadAttemptFailed($"connection closed after {position} of {_entry.Size} bytes of {_entry.File}");
        return received;
    }
}
