using System.Buffers.Binary;
using BenchmarkDotNet.Attributes;
using MediaCore.Inference.Abstractions;
using MediaCore.Inference.PocketSphinx;

namespace MediaCore.Bench.Inference;

/// <summary>
/// PocketSphinx decode cost on a real 3 s clip (en_librivox_sas01_0880, 16 kHz): the generic language-model
/// decoder alone, the tenant-grammar decoder alone, and a full session (both decoders + selection).
/// Real-time factor = Mean / 2.99 s.
/// </summary>
[MemoryDiagnoser]
public class PocketSphinxBenchmarks
{
    private static readonly SpeechRecognitionOptions Tenant = new()
    {
        ExpectedPhrases = ["paneer momos", "chicken fried momos", "veg thukpa", "masala chai", "butter chicken"],
        Pronunciations = new Dictionary<string, string>
        {
            ["momos"] = "M OW M OW Z", ["masala"] = "M AH S AA L AH", ["thukpa"] = "T UH K P AH", ["veg"] = "V EH JH",
        },
    };

    private short[] _clip = [];
    private PocketSphinxDecoder _languageModel = null!;
    private PocketSphinxDecoder _grammar = null!;
    private PocketSphinxSpeechToText _engine = null!;
    private ISpeechRecognitionSession _session = null!;

    [GlobalSetup]
    public void Setup()
    {
        _clip = ReadPcm16(Path.Combine(SharedFolder(), "audio", "en_librivox_sas01_0880.wav"));
        var model = PocketSphinxModel.DebianEnglish();
        _languageModel = PocketSphinxDecoder.Create(model, withLanguageModel: true);
        _grammar = PocketSphinxDecoder.Create(model, withLanguageModel: false);
        var builder = new TenantGrammarBuilder(Tenant.ExpectedPhrases);
        var known = TenantVocabulary.Prepare(_grammar, builder.Words, Tenant.Pronunciations);
        _grammar.SetGrammar(TenantGrammarBuilder.GrammarName, builder.Build(known.Contains)!);
        _grammar.UseSearch(TenantGrammarBuilder.GrammarName);
        _engine = new PocketSphinxSpeechToText();
        _session = _engine.StartSession(Tenant);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _session.Dispose();
        _engine.Dispose();
        _languageModel.Dispose();
        _grammar.Dispose();
    }

    [Benchmark]
    public string LanguageModelDecode3s() => _languageModel.DecodeWhole(_clip).Text;

    [Benchmark]
    public string GrammarDecode3s() => _grammar.DecodeWhole(_clip).Text;

    [Benchmark]
    public string SessionGrammarPlusLanguageModel3s()
    {
        _session.AcceptAudio(_clip);
        return _session.Finish().Text;
    }

    private static short[] ReadPcm16(string path)
    {
        var wav = File.ReadAllBytes(path).AsSpan();
        for (var offset = 12; offset + 8 <= wav.Length;)
        {
            var size = BinaryPrimitives.ReadInt32LittleEndian(wav[(offset + 4)..]);
            if (wav.Slice(offset, 4).SequenceEqual("data"u8))
            {
                var samples = new short[Math.Min(size, wav.Length - offset - 8) / 2];
                for (var i = 0; i < samples.Length; i++)
                    samples[i] = BinaryPrimitives.ReadInt16LittleEndian(wav[(offset + 8 + 2 * i)..]);
                return samples;
            }
            offset += 8 + size + (size & 1);
        }
        throw new InvalidDataException($"{path} has no data chunk");
    }

    private static string SharedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var sibling = Path.Combine(dir.FullName, "..", "shared");
            if (File.Exists(Path.Combine(dir.FullName, "MediaCore.sln")) && Directory.Exists(sibling))
                return Path.GetFullPath(sibling);
        }
        return Environment.GetEnvironmentVariable("MEDIACORE_SHARED_DIR") ?? "/work/shared";
    }
}
