using MediaCore.Inference.Piper;

namespace MediaCore.Inference.Tests.Piper;

public sealed class PiperPhonemeIdsTests
{
    private static readonly PiperVoiceConfig Config = PiperVoiceConfig.Parse(PiperTestVoice.Json);

    [Fact]
    public void Config_fields_are_read()
    {
        Assert.Equal(22050, Config.SampleRate);
        Assert.Equal("en-us", Config.EspeakVoice);
        Assert.Equal(0.667f, Config.NoiseScale);
        Assert.Equal(1.0f, Config.LengthScale);
        Assert.Equal(0.8f, Config.NoiseW);
        Assert.Equal("espeak", Config.PhonemeType);
        Assert.Equal([61L, 62L], Config.PhonemeIdMap['ɛ']);
        Assert.Equal(16, Config.PhonemeIdMap.Count);
    }

    [Fact]
    public void Missing_inference_section_takes_piper_defaults()
    {
        var config = PiperVoiceConfig.Parse("""{"audio":{"sample_rate":16000},"phoneme_id_map":{"_":[0],"^":[1],"$":[2]}}""");

        Assert.Equal((0.667f, 1f, 0.8f), (config.NoiseScale, config.LengthScale, config.NoiseW));
        Assert.Equal("espeak", config.PhonemeType);
    }

    [Fact]
    public void Hello_maps_to_bos_pad_then_each_phoneme_and_pad_then_eos()
    {
        var ids = PiperPhonemeIds.FromPhonemes("hɛlˈoʊ", Config.PhonemeIdMap, out var missing);

        //          ^  _  h   _  ɛ(61,62) _  l   _  ˈ    _  o   _  ʊ    _  $
        long[] golden = [1, 0, 20, 0, 61, 62, 0, 24, 0, 120, 0, 27, 0, 100, 0, 2];
        Assert.Equal(golden, ids);
        Assert.Equal(0, missing);
    }

    [Fact]
    public void Spaces_and_punctuation_are_phonemes_too()
    {
        var ids = PiperPhonemeIds.FromPhonemes("wɜːld, hɛ.", Config.PhonemeIdMap, out _);

        long[] golden = [1, 0, 35, 0, 62, 0, 122, 0, 24, 0, 17, 0, 8, 0, 3, 0, 20, 0, 61, 62, 0, 10, 0, 2];
        Assert.Equal(golden, ids);
    }

    [Fact]
    public void Unknown_phonemes_are_skipped_and_counted()
    {
        var ids = PiperPhonemeIds.FromPhonemes("hθɛð", Config.PhonemeIdMap, out var missing);

        Assert.Equal([1L, 0, 20, 0, 61, 62, 0, 2], ids);
        Assert.Equal(2, missing);
    }

    [Fact]
    public void A_map_without_bos_is_rejected()
    {
        var config = PiperVoiceConfig.Parse("""{"audio":{"sample_rate":16000},"phoneme_id_map":{"_":[0],"$":[2],"a":[5]}}""");

        var error = Assert.Throws<InvalidDataException>(() => PiperPhonemeIds.FromPhonemes("a", config.PhonemeIdMap, out _));

        Assert.Contains("'^'", error.Message);
    }

    [Fact]
    public void A_multi_character_map_key_is_rejected()
    {
        Assert.Throws<InvalidDataException>(() =>
            PiperVoiceConfig.Parse("""{"audio":{"sample_rate":16000},"phoneme_id_map":{"ab":[0]}}"""));
    }
}
