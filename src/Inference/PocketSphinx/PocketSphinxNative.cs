using System.Runtime.InteropServices;
using MediaCore.Media.Native;

namespace MediaCore.Inference.PocketSphinx;

/// <summary>
/// P/Invoke surface of Debian's PocketSphinx 5prealpha (libpocketsphinx.so.3) and the sphinxbase functions it
/// re-exports through its dependency (cmd_ln_*, err_*, logmath_*, ckd_free resolve via dlsym on the same handle,
/// which searches the library's dependencies). Note: this is the pre-5.0 API (cmd_ln_t config, no ps_config_*).
/// </summary>
internal static unsafe partial class PocketSphinxNative
{
    private const string Lib = NativeLibraryCatalog.PocketSphinx;

    // ---- configuration (sphinxbase cmd_ln) ----
    [LibraryImport(Lib, EntryPoint = "ps_args")]
    internal static partial IntPtr ps_args();

    /// <summary>Non-variadic config parser: argv holds "-name", "value" pairs (cmd_ln_init is variadic).</summary>
    [LibraryImport(Lib, EntryPoint = "cmd_ln_parse_r")]
    internal static partial IntPtr cmd_ln_parse_r(IntPtr inoutCmdln, IntPtr defn, int argc, IntPtr* argv, int strict);

    [LibraryImport(Lib, EntryPoint = "cmd_ln_free_r")]
    internal static partial int cmd_ln_free_r(IntPtr cmdln);

    // ---- decoder lifetime ----
    [LibraryImport(Lib, EntryPoint = "ps_init")]
    internal static partial IntPtr ps_init(PocketSphinxConfigHandle config);

    [LibraryImport(Lib, EntryPoint = "ps_free")]
    internal static partial int ps_free(IntPtr ps);

    // ---- dictionary ----
    [LibraryImport(Lib, EntryPoint = "ps_add_word", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int ps_add_word(PocketSphinxDecoderHandle ps, string word, string phones, int update);

    /// <summary>Returns a malloc'ed phone string (free with <see cref="ckd_free"/>) or NULL when the word is unknown.</summary>
    [LibraryImport(Lib, EntryPoint = "ps_lookup_word", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr ps_lookup_word(PocketSphinxDecoderHandle ps, string word);

    [LibraryImport(Lib, EntryPoint = "ckd_free")]
    internal static partial void ckd_free(IntPtr ptr);

    // ---- searches ----
    [LibraryImport(Lib, EntryPoint = "ps_set_jsgf_string", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int ps_set_jsgf_string(PocketSphinxDecoderHandle ps, string name, string jsgf);

    [LibraryImport(Lib, EntryPoint = "ps_set_search", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int ps_set_search(PocketSphinxDecoderHandle ps, string name);

    [LibraryImport(Lib, EntryPoint = "ps_get_search")]
    internal static partial IntPtr ps_get_search(PocketSphinxDecoderHandle ps);

    [LibraryImport(Lib, EntryPoint = "ps_unset_search", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int ps_unset_search(PocketSphinxDecoderHandle ps, string name);

    // ---- decoding ----
    [LibraryImport(Lib, EntryPoint = "ps_start_utt")]
    internal static partial int ps_start_utt(PocketSphinxDecoderHandle ps);

    [LibraryImport(Lib, EntryPoint = "ps_process_raw")]
    internal static partial int ps_process_raw(PocketSphinxDecoderHandle ps, short* data, nuint nSamples, int noSearch, int fullUtt);

    [LibraryImport(Lib, EntryPoint = "ps_end_utt")]
    internal static partial int ps_end_utt(PocketSphinxDecoderHandle ps);

    /// <summary>Returns a decoder-owned string (valid until the next decoder call) or NULL.</summary>
    [LibraryImport(Lib, EntryPoint = "ps_get_hyp")]
    internal static partial IntPtr ps_get_hyp(PocketSphinxDecoderHandle ps, out int bestScore);

    [LibraryImport(Lib, EntryPoint = "ps_get_n_frames")]
    internal static partial int ps_get_n_frames(PocketSphinxDecoderHandle ps);

    /// <summary>Starts a new stream: resets the front end's noise statistics and speech detector (not the CMN).</summary>
    [LibraryImport(Lib, EntryPoint = "ps_start_stream")]
    internal static partial int ps_start_stream(PocketSphinxDecoderHandle ps);

    // ---- feature extraction (channel state, see PocketSphinxChannelState) ----
    /// <summary>The decoder's feat_t (decoder-owned; valid for the decoder's lifetime).</summary>
    [LibraryImport(Lib, EntryPoint = "ps_get_feat")]
    internal static partial IntPtr ps_get_feat(PocketSphinxDecoderHandle ps);

    // ---- logging (process-wide) ----
    /// <summary>NULL disables sphinxbase's FILE* logging, including ps_init's direct dump of the whole configuration.</summary>
    [LibraryImport(Lib, EntryPoint = "err_set_logfp")]
    internal static partial void err_set_logfp(IntPtr file);

    [LibraryImport(Lib, EntryPoint = "err_set_callback")]
    internal static partial void err_set_callback(IntPtr callback, IntPtr userData);
}
