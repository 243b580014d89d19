using System.Runtime.CompilerServices;
using System.Threading.Channels;
using MediaCore.Inference.Abstractions;

namespace MediaCore.Inference.Tts;

/// <summary>
/// The consumer half shared by every local voice: a producer (a synthesis worker) writes blocks of PCM into
/// a channel as they are synthesised; this side hands them out as ≤ 20 ms <see cref="SpeechChunk"/>s,
/// checking cancellation before each one so barge-in stops playback within one chunk.
/// </summary>
internal static class SpeechChunkStream
{
    /// <summary>Samples in one 20 ms chunk at <paramref name="sampleRate"/>.</summary>
    public static int ChunkSamples(int sampleRate) => sampleRate / 50;

    /// <summary>
    /// Runs <paramref name="produce"/> on the thread pool and streams what it writes. When the consumer stops early
    /// (cancellation, break, exception) the producer's token is cancelled; producer errors surface to the consumer.
    /// </summary>
    public static async IAsyncEnumerable<SpeechChunk> RunAsync(
        int sampleRate,
        Func<ChannelWriter<short[]>, CancellationToken, Task> produce,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateUnbounded<short[]>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var producerCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(channel.Writer, produce, producerCancellation.Token), CancellationToken.None);
        try
        {
            var chunkSamples = ChunkSamples(sampleRate);
            while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out var block))
                {
                    for (var offset = 0; offset < block.Length; offset += chunkSamples)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        yield return new SpeechChunk(block.AsMemory(offset, Math.Min(chunkSamples, block.Length - offset)), sampleRate);
                    }
                }
            }
        }
        finally
        {
            // Do not wait for the producer: a native call in flight finishes on its own and sees the token next.
            producerCancellation.Cancel();
            _ = producer.ContinueWith(static (_, state) => ((CancellationTokenSource)state!).Dispose(),
                producerCancellation, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private static async Task ProduceAsync(ChannelWriter<short[]> writer,
        Func<ChannelWriter<short[]>, CancellationToken, Task> produce, CancellationToken cancellationToken)
    {
        try
        {
            await produce(writer, cancellationToken).ConfigureAwait(false);
            writer.TryComplete();
        }
        catch (Exception error)
        {
            writer.TryComplete(error);
        }
    }
}
