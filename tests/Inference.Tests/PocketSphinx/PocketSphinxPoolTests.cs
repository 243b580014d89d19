using MediaCore.Inference.PocketSphinx;

namespace MediaCore.Inference.Tests.PocketSphinx;

/// <summary>
/// Pooled decoders must not carry one call's line into the next: the cepstral mean and CMN mode a decoder learns
/// from a caller are reset when it goes back to the pool (issue #10: a 16 kHz stream call after an 8 kHz one was
/// misrecognised from its first words).
/// </summary>
[Collection(PocketSphinxCollection.Name)]
public sealed class PocketSphinxPoolTests
{
    [Fact]
    public void Forgetting_the_channel_restores_the_loaded_cmn_mode_and_mean()
    {
        using var decoder = PocketSphinxDecoder.Create(PocketSphinxModel.FromFolder(PocketSphinxModel.DebianEnglishFolder), withLanguageModel: true);
        var channel = decoder.FreshChannel;
        Assert.NotNull(channel);
        Assert.Equal(1, channel.InitialMode); // the en-us model's feat.params says -cmn batch
        var loaded = channel.InitialMean.ToArray();

        FeedInBlocks(decoder, TelephoneBand(SphinxTestAudio.FliteSpeech16k("what are your hours")));
        Assert.Equal(2, channel.CurrentMode); // block feeding switched it to live CMN for good
        Assert.NotEqual(loaded, channel.CurrentMean());

        Assert.True(decoder.ForgetChannel());
        Assert.Equal(1, channel.CurrentMode);
        Assert.Equal(loaded, channel.CurrentMean());
    }

    [Fact]
    public void A_session_on_a_pooled_decoder_decodes_exactly_like_one_on_a_fresh_decoder()
    {
        var question = SphinxTestAudio.FliteSpeech16k("how much is the chicken fried momos");
        using var engine = new PocketSphinxSpeechToText();
        var fresh = DecodeLive(engine, question);

        // Another caller on a telephone-band line uses (and returns) the same two pooled decoders.
        DecodeLive(engine, TelephoneBand(SphinxTestAudio.FliteSpeech16k("what are your hours please")));

        var pooled = DecodeLive(engine, question);
        Assert.Equal("how much is the chicken fried momos", fresh.Grammar.Text);
        Assert.Equal(fresh, pooled); // same hypotheses with the same scores: nothing of the last call was kept
    }

    // Like the pipeline: audio in 200 ms blocks with a partial after each, then the final result of both searches.
    private static (PocketSphinxHypothesis Grammar, PocketSphinxHypothesis LanguageModel) DecodeLive(PocketSphinxSpeechToText engine, short[] speech)
    {
        using var session = (PocketSphinxSession)engine.StartSession(TenantMenu.Options());
        for (var offset = 0; offset < speech.Length; offset += 3_200)
        {
            session.AcceptAudio(speech.AsSpan(offset, Math.Min(3_200, speech.Length - offset)));
            session.Partial();
        }
        session.Finish();
        return (session.LastDecision.Grammar, session.LastDecision.LanguageModel);
    }

    private static void FeedInBlocks(PocketSphinxDecoder decoder, short[] speech)
    {
        for (var offset = 0; offset < speech.Length; offset += 3_200)
        {
            decoder.Feed(speech.AsSpan(offset, Math.Min(3_200, speech.Length - offset)));
            decoder.Read();
        }
        decoder.Finish();
    }

    // A phone line: nothing above 4 kHz (down to 8 kHz and back).
    private static short[] TelephoneBand(short[] speech16k) =>
        SphinxTestAudio.Resample(SphinxTestAudio.Resample(speech16k, 16_000, 8_000), 8_000, 16_000);
}
