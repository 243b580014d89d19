using MediaCore.Server.Tests.Streams;

namespace MediaCore.Server.Tests.StreamsAgent;

/// <summary>
/// The caller's side of a live phone line: like a provider, it streams audio continuously in its chunk size at real
/// time — silence until something is said — so the agent's VAD sees the ends of turns and its tick keeps running.
/// </summary>
internal sealed class CallerMicrophone : IAsyncDisposable
{
    private readonly ProviderTestClient _client;
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private short[] _speech = [];
    private int _position;
    private TaskCompletionSource? _spoken;

    public CallerMicrophone(ProviderTestClient client)
    {
        _client = client;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Queues <paramref name="pcm"/> (at the provider's rate); completes once its last chunk was sent.</summary>
    public Task SayAsync(short[] pcm)
    {
        lock (_gate)
        {
            _speech = pcm;
            _position = 0;
            _spoken = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _spoken.Task;
        }
    }

    private async Task RunAsync()
    {
        var chunk = new short[_client.Rate * _client.ChunkMilliseconds / 1000];
        while (!_stop.IsCancellationRequested)
        {
            TaskCompletionSource? finished = null;
            lock (_gate)
            {
                Array.Clear(chunk);
                int take = Math.Min(chunk.Length, _speech.Length - _position);
                _speech.AsSpan(_position, take).CopyTo(chunk);
                _position += take;
                if (_spoken is not null && _position >= _speech.Length)
                    (finished, _spoken) = (_spoken, null);
            }
            try
            {
                await _client.SendSpeechAsync(chunk); // sends one chunk and waits out its duration
            }
            catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or ObjectDisposedException or InvalidOperationException)
            {
                finished?.TrySetException(e);
                return;
            }
            finished?.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
