using System.Diagnostics;
using System.Threading.Channels;
using MediaCore.Inference.Abstractions;
using MediaCore.Inference.Text;
using MediaCore.Media.Resampling;

namespace MediaCore.Pipeline.Speech;

/// <summary>
/// The TTS worker of a call: takes sentences in order, normalises them for speech, synthesises them, resamples the
/// chunks from the voice rate to the call rate (here, not on the tick) and writes 20 ms frames tagged with the turn's
/// generation into the <see cref="PlayoutBuffer"/>. Segments of a stale generation or a cancelled turn are skipped.
/// </summary>
public sealed class SpeechWorker
{
    private readonly ITextToSpeech _tts;
    private readonly SpeechNormalizer _normalizer;
    private readonly PlayoutBuffer _playout;
    private readonly Func<int> _currentGeneration;
    private readonly Channel<SpeechSegment> _segments = Channel.CreateBounded<SpeechSegment>(
        new BoundedChannelOptions(256) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly Resampler? _resampler;
    private readonly short[] _resampled;
    private readonly short[] _frame;
    private int _frameFill;

    public SpeechWorker(ITextToSpeech tts, SpeechNormalizer normalizer, PlayoutBuffer playout, Func<int> currentGeneration)
    {
        _tts = tts;
        _normalizer = normalizer;
        _playout = playout;
        _currentGeneration = currentGeneration;
        if (tts.SampleRate != playout.SampleRate)
            _resampler = new Resampler(tts.SampleRate, playout.SampleRate);
        _resampled = new short[(_resampler?.MaxOutputSamples(tts.SampleRate) ?? 0) + playout.SampleRate];
        _frame = new short[playout.FrameSamples];
    }

    /// <summary>Sentences waiting for synthesis (read by metrics scrapes; the channel counts without locking the writer).</summary>
    public int PendingSegments => _segments.Reader.Count;

    public ValueTask EnqueueAsync(SpeechSegment segment, CancellationToken cancellationToken) =>
        _segments.Writer.WriteAsync(segment, cancellationToken);

    public void Complete() => _segments.Writer.TryComplete();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await foreach (var segment in _segments.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (segment.IsEndOfTurn)
            {
                segment.Turn.MarkSynthesized();
                continue;
            }
            if (segment.Turn.Generation != _currentGeneration() || segment.Turn.Cancellation.IsCancellationRequested)
                continue;
            try
            {
                await SpeakAsync(segment).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (segment.Turn.Cancellation.IsCancellationRequested)
            {
                // Barge-in: the rest of this sentence is not wanted.
            }
            segment.Turn.MarkSegmentSynthesized(segment.Index);
        }
    }

    private async Task SpeakAsync(SpeechSegment segment)
    {
        var turn = segment.Turn;
        var token = turn.Cancellation.Token;
        var text = _normalizer.Normalize(segment.Text);
        if (!text.Any(char.IsLetterOrDigit))
            return;
        _resampler?.Reset();
        _frameFill = 0;
        int segmentSamples = 0;
        await foreach (var chunk in _tts.SynthesizeAsync(text, token).ConfigureAwait(false))
        {
            if (turn.Latency.FirstTtsAudio == 0)
                turn.Latency.FirstTtsAudio = Stopwatch.GetTimestamp();
            var samples = ToCallRate(chunk.Samples.Span);
            turn.AddSamples(segment.Index, samples.Length);
            segmentSamples = await WriteFramesAsync(samples.ToArray(), turn, segment.Index, segmentSamples, token).ConfigureAwait(false);
            if (turn.Generation != _currentGeneration())
                return;
        }
        if (_frameFill > 0)
        {
            _frame.AsSpan(_frameFill).Clear();
            segmentSamples += _frameFill;
            await PublishAsync(turn, segment.Index, segmentSamples, token).ConfigureAwait(false);
        }
    }

    private ReadOnlySpan<short> ToCallRate(ReadOnlySpan<short> samples)
    {
        if (_resampler is null)
            return samples;
        int written = _resampler.Process(samples, _resampled);
        return _resampled.AsSpan(0, written);
    }

    private async ValueTask<int> WriteFramesAsync(short[] samples, BotTurn turn, int segment, int segmentSamples, CancellationToken token)
    {
        int offset = 0;
        while (offset < samples.Length)
        {
            int take = Math.Min(samples.Length - offset, _frame.Length - _frameFill);
            samples.AsSpan(offset, take).CopyTo(_frame.AsSpan(_frameFill));
            _frameFill += take;
            offset += take;
            if (_frameFill < _frame.Length)
                break;
            segmentSamples += _frame.Length;
            await PublishAsync(turn, segment, segmentSamples, token).ConfigureAwait(false);
        }
        return segmentSamples;
    }

    private async ValueTask PublishAsync(BotTurn turn, int segment, int segmentSampleEnd, CancellationToken token)
    {
        var tag = new PlayoutTag(turn.Generation, turn.TurnId, segment, segmentSampleEnd);
        while (!_playout.TryWrite(_frame, tag))
            await _playout.WaitForRoomAsync(token).ConfigureAwait(false);
        _frameFill = 0;
    }
}
