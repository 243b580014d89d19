using System.Runtime.InteropServices;

namespace MediaCore.Inference.PocketSphinx;

/// <summary>
/// One PocketSphinx decoder: acoustic model + dictionary + either the generic n-gram search or (created without
/// the LM) the tenant grammar search. Not thread-safe: one session uses it at a time. PocketSphinx 5prealpha cannot share an acoustic model
/// between decoders, so the engine pools whole decoders instead.
/// </summary>
internal sealed unsafe class PocketSphinxDecoder : IDisposable
{
    private readonly PocketSphinxDecoderHandle _handle;
    private readonly PocketSphinxChannelState? _freshChannel;
    private bool _inUtterance;

    private PocketSphinxDecoder(PocketSphinxDecoderHandle handle, string languageModelSearch)
    {
        _handle = handle;
        LanguageModelSearch = languageModelSearch;
        _freshChannel = PocketSphinxChannelState.Capture(handle);
    }

    /// <summary>The channel state (CMN) as loaded, for <see cref="ForgetChannel"/>; null when it could not be read.</summary>
    internal PocketSphinxChannelState? FreshChannel => _freshChannel;

    /// <summary>Name of the generic n-gram search created from the model's language model ("" when loaded without).</summary>
    public string LanguageModelSearch { get; }

    /// <summary>
    /// Loads a decoder. With <paramref name="withLanguageModel"/> false it has no search until a grammar is set:
    /// that is the decoder words get added to, because adding words to the n-gram search of an <c>.lm.bin</c>
    /// model (which <c>ps_add_word</c> does for the active LM) crashes 5prealpha's trie scorer later.
    /// </summary>
    public static PocketSphinxDecoder Create(PocketSphinxModel model, bool withLanguageModel)
    {
        model.EnsureExists();
        PocketSphinxLog.Install();
        PocketSphinxLog.ClearLastProblem();
        List<KeyValuePair<string, string>> arguments =
        [
            new("-hmm", model.AcousticModelFolder),
            new("-dict", model.DictionaryFile),
            new("-samprate", "16000"),
        ];
        if (withLanguageModel)
            arguments.Add(new("-lm", model.LanguageModelFile));
        using var config = PocketSphinxConfigHandle.Create(arguments) ?? throw new InvalidOperationException($"PocketSphinx rejected its configuration: {PocketSphinxLog.LastProblem}");
        var handle = PocketSphinxDecoderHandle.Create(config)
            ?? throw new InvalidOperationException(
                $"PocketSphinx could not load the model in {model.AcousticModelFolder}: {PocketSphinxLog.LastProblem ?? "ps_init failed"}");
        var search = Marshal.PtrToStringUTF8(PocketSphinxNative.ps_get_search(handle)) ?? string.Empty;
        return new PocketSphinxDecoder(handle, search);
    }

    /// <summary>The word's phones ("M OW M OW Z"), or null when the dictionary lacks it.</summary>
    public string? Lookup(string word)
    {
        var phones = PocketSphinxNative.ps_lookup_word(_handle, word);
        if (phones == IntPtr.Zero)
            return null;
        try
        {
            return Marshal.PtrToStringUTF8(phones);
        }
        finally
        {
            PocketSphinxNative.ckd_free(phones);
        }
    }

    /// <summary>The phones of every word of <paramref name="text"/> (unknown words contribute none).</summary>
    public string[] PhonesOf(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(word => (Lookup(word) ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToArray();

    /// <summary>Adds a word; false when rejected (duplicate, unknown phone). Updates the active search (if any):
    /// call only on a decoder created without the language model (see <see cref="Create"/>).</summary>
    public bool AddWord(string word, string phones) => PocketSphinxNative.ps_add_word(_handle, word, phones, update: 1) >= 0;

    /// <summary>Compiles a JSGF grammar into a named search (replacing one of the same name).</summary>
    public bool SetGrammar(string searchName, string jsgf)
    {
        PocketSphinxLog.ClearLastProblem();
        return PocketSphinxNative.ps_set_jsgf_string(_handle, searchName, jsgf) >= 0;
    }

    public void RemoveSearch(string searchName)
    {
        EndIfRunning();
        PocketSphinxNative.ps_unset_search(_handle, searchName);
    }

    /// <summary>Switches the active search; only valid between utterances, so ends any running one.</summary>
    public void UseSearch(string searchName)
    {
        EndIfRunning();
        if (PocketSphinxNative.ps_set_search(_handle, searchName) < 0)
            throw new InvalidOperationException($"PocketSphinx has no search named '{searchName}'.");
    }

    /// <summary>Feeds more audio of the current utterance, starting one if needed.</summary>
    public void Feed(ReadOnlySpan<short> pcm16k, bool fullUtterance = false)
    {
        if (!_inUtterance)
        {
            if (fullUtterance)
                _freshChannel?.RestoreMode(); // a whole utterance gets batch CMN even after earlier partial decodes
            if (PocketSphinxNative.ps_start_utt(_handle) < 0)
                throw new InvalidOperationException($"ps_start_utt failed: {PocketSphinxLog.LastProblem}");
            _inUtterance = true;
        }
        if (pcm16k.IsEmpty)
            return;
        fixed (short* samples = pcm16k)
            PocketSphinxNative.ps_process_raw(_handle, samples, (nuint)pcm16k.Length, noSearch: 0, fullUtt: fullUtterance ? 1 : 0);
    }

    /// <summary>The best hypothesis so far (mid-utterance) or of the finished utterance.</summary>
    public PocketSphinxHypothesis Read()
    {
        var text = PocketSphinxNative.ps_get_hyp(_handle, out var score);
        var hypothesis = text == IntPtr.Zero ? string.Empty : Marshal.PtrToStringUTF8(text) ?? string.Empty;
        var frames = PocketSphinxNative.ps_get_n_frames(_handle);
        return new PocketSphinxHypothesis(hypothesis, score, frames);
    }

    /// <summary>Ends the utterance (if one is running) and returns its final hypothesis.</summary>
    public PocketSphinxHypothesis Finish()
    {
        EndIfRunning();
        return Read();
    }

    /// <summary>Decodes a whole utterance with the active search in one call.</summary>
    public PocketSphinxHypothesis DecodeWhole(ReadOnlySpan<short> pcm16k)
    {
        EndIfRunning();
        Feed(pcm16k, fullUtterance: true);
        return Finish();
    }

    /// <summary>
    /// Ends any utterance and puts the channel estimate back to its state when loaded — the front end's noise
    /// statistics and speech detector (a new stream) and the cepstral mean and CMN mode — so the next caller does not
    /// start from the last one's line. False when the CMN state could not be captured (the stream is still reset).
    /// </summary>
    public bool ForgetChannel()
    {
        EndIfRunning();
        PocketSphinxNative.ps_start_stream(_handle);
        _freshChannel?.Restore();
        return _freshChannel is not null;
    }

    public void EndIfRunning()
    {
        if (!_inUtterance)
            return;
        PocketSphinxNative.ps_end_utt(_handle);
        _inUtterance = false;
    }

    public void Dispose() => _handle.Dispose();
}
