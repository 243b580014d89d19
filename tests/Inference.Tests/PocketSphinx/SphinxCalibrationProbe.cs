using MediaCore.Inference.PocketSphinx;
using Xunit.Abstractions;

namespace MediaCore.Inference.Tests.PocketSphinx;

[Collection(PocketSphinxCollection.Name)]
public sealed class SphinxCalibrationProbe(PocketSphinxEngineFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        using var session = (PocketSphinxSession)fixture.Engine.StartSession(TenantMenu.Options(withThukpaPronunciation: false));
        output.WriteLine(session.Grammar);
        var inputs = new List<(string, short[])>();
        foreach (var text in new[] { "paneer momos", "two masala chai please", "a table for four at eight thirty", "yes", "no",
                     "how much is the chicken fried momos", "i want to book a table for six tomorrow", "veg thukpa", "chicken thukpa", "what are your hours", "i would like to speak to the manager", "can you deliver to my house", "do you have parking", "my name is john", "four", "the weather is nice today" })
            inputs.Add((text, SphinxTestAudio.FliteSpeech16k(text)));
        foreach (var (file, reference) in SphinxTestAudio.EnglishClips().Where(c => new FileInfo(c.File).Length < 200_000))
            inputs.Add((reference, SphinxTestAudio.Read16k(file)));
        foreach (var (reference, audio) in inputs)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            session.AcceptAudio(audio);
            var t = session.Finish();
            var (g, lm, chose, dis) = session.LastDecision;
            output.WriteLine($"{reference} | G='{g.Text}' | LM='{lm.Text}' | PER={dis:F2} chose={chose} conf={t.Confidence:F2} {sw.ElapsedMilliseconds}ms audio={audio.Length / 16000.0:F1}s");
        }
    }
}
