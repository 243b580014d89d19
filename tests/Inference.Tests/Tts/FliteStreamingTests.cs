using System.Threading.Channels;
using MediaCore.Inference.Tts;

namespace MediaCore.Inference.Tests.Tts;

public sealed class FliteStreamingTests
{
    [Theory]
    [InlineData(FliteVoiceId.Slt)]
    [InlineData(FliteVoiceId.Kal)]
    public async Task A_clause_arrives_in_many_pieces_while_flite_synthesises(FliteVoiceId id)
    {
        var voice = FliteNativeVoice.Get(id);
        var channel = Channel.CreateUnbounded<short[]>();
        await voice.SynthesizeAsync("how much is the butter chicken and the paneer momos", 1f, channel.Writer, CancellationToken.None);
        channel.Writer.Complete();

        var blocks = new List<short[]>();
        await foreach (var block in channel.Reader.ReadAllAsync())
            blocks.Add(block);

        Assert.True(blocks.Count > 10, $"{blocks.Count} blocks: flite did not stream");
        Assert.True(blocks[0].Length < voice.SampleRate / 2, "the first block should be a small piece, not the clause");
        Assert.InRange(blocks.Sum(b => b.Length) / (double)voice.SampleRate, 1.5, 10);
    }

    [Fact]
    public async Task Cancelling_mid_clause_stops_the_native_synthesis()
    {
        var voice = FliteNativeVoice.Get(FliteVoiceId.Slt);
        var channel = Channel.CreateUnbounded<short[]>();
        using var cancellation = new CancellationTokenSource();
        var received = 0;
        var writer = new CancellingWriter(channel.Writer, () =>
        {
            if (++received == 2)
                cancellation.Cancel();
        });
        await voice.SynthesizeAsync("how much is the butter chicken and the paneer momos", 1f, writer, cancellation.Token);
        Assert.Equal(2, received); // the callback saw the token and told flite to stop
    }

    private sealed class CancellingWriter(ChannelWriter<short[]> inner, Action onWrite) : ChannelWriter<short[]>
    {
        public override bool TryWrite(short[] item)
        {
            onWrite();
            return inner.TryWrite(item);
        }

        public override ValueTask<bool> WaitToWriteAsync(CancellationToken cancellationToken = default) =>
            inner.WaitToWriteAsync(cancellationToken);
    }
}
