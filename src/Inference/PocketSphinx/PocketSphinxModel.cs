namespace MediaCore.Inference.PocketSphinx;

/// <summary>
/// Where a PocketSphinx model lives: the acoustic model folder (holds <c>mdef</c>), the n-gram language model
/// (<c>*.lm.bin</c> or <c>*.lm</c>) and the pronunciation dictionary (<c>*.dict</c>).
/// </summary>
public sealed record PocketSphinxModel(string AcousticModelFolder, string LanguageModelFile, string DictionaryFile)
{
    /// <summary>Debian's pocketsphinx-en-us package.</summary>
    public const string DebianEnglishFolder = "/usr/share/pocketsphinx/model/en-us";

    /// <summary>The Debian US English model.</summary>
    public static PocketSphinxModel DebianEnglish() => FromFolder(DebianEnglishFolder);

    /// <summary>
    /// Finds the three parts inside <paramref name="folder"/> (Debian layout: <c>en-us/</c>, <c>en-us.lm.bin</c>,
    /// <c>cmudict-en-us.dict</c>). Throws <see cref="DirectoryNotFoundException"/> or <see cref="FileNotFoundException"/>
    /// naming what is missing.
    /// </summary>
    public static PocketSphinxModel FromFolder(string folder)
    {
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
            throw new DirectoryNotFoundException($"PocketSphinx model folder not found: {full}");
        var acoustic = File.Exists(Path.Combine(full, "mdef"))
            ? full
            : Directory.EnumerateDirectories(full).Order(StringComparer.Ordinal).FirstOrDefault(d => File.Exists(Path.Combine(d, "mdef")))
              ?? throw new DirectoryNotFoundException($"No PocketSphinx acoustic model (a folder with 'mdef') in {full}");
        var languageModel = FindFile(full, "*.lm.bin") ?? FindFile(full, "*.lm")
            ?? throw new FileNotFoundException($"No PocketSphinx language model (*.lm.bin or *.lm) in {full}");
        var dictionary = FindFile(full, "*.dict")
            ?? throw new FileNotFoundException($"No PocketSphinx dictionary (*.dict) in {full}");
        return new PocketSphinxModel(acoustic, languageModel, dictionary);
    }

    /// <summary>Throws naming the first part that does not exist.</summary>
    public void EnsureExists()
    {
        if (!File.Exists(Path.Combine(AcousticModelFolder, "mdef")))
            throw new DirectoryNotFoundException($"PocketSphinx acoustic model folder not found (no 'mdef'): {AcousticModelFolder}");
        if (!File.Exists(LanguageModelFile))
            throw new FileNotFoundException($"PocketSphinx language model not found: {LanguageModelFile}", LanguageModelFile);
        if (!File.Exists(DictionaryFile))
            throw new FileNotFoundException($"PocketSphinx dictionary not found: {DictionaryFile}", DictionaryFile);
    }

    // Phone-loop models (en-us-phone.lm.bin) are not word language models: skip them.
    private static string? FindFile(string folder, string pattern) =>
        Directory.EnumerateFiles(folder, pattern)
            .Where(f => !Path.GetFileName(f).Contains("-phone", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
}
