using System.Runtime.InteropServices;

namespace MediaCore.Inference.PocketSphinx;

/// <summary>
/// Owns a sphinxbase <c>cmd_ln_t</c> and the UTF-8 argv strings it was parsed from (kept alive with it, so
/// the config never points at freed memory whether or not sphinxbase copies them).
/// </summary>
internal sealed unsafe class PocketSphinxConfigHandle : SafeHandle
{
    private readonly IntPtr[] _argv;

    private PocketSphinxConfigHandle(IntPtr[] argv) : base(IntPtr.Zero, ownsHandle: true) => _argv = argv;

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Parses "-name value" pairs against PocketSphinx's argument table; null on a bad argument.</summary>
    public static PocketSphinxConfigHandle? Create(IReadOnlyList<KeyValuePair<string, string>> arguments)
    {
        var argv = new IntPtr[arguments.Count * 2 + 1];
        var result = new PocketSphinxConfigHandle(argv);
        for (var i = 0; i < arguments.Count; i++)
        {
            argv[2 * i] = Marshal.StringToCoTaskMemUTF8(arguments[i].Key);
            argv[2 * i + 1] = Marshal.StringToCoTaskMemUTF8(arguments[i].Value);
        }
        fixed (IntPtr* args = argv)
        {
            var config = PocketSphinxNative.cmd_ln_parse_r(IntPtr.Zero, PocketSphinxNative.ps_args(), argv.Length - 1, args, strict: 1);
            result.SetHandle(config);
        }
        if (!result.IsInvalid)
            return result;
        result.Dispose();
        FreeArgv(argv);
        return null;
    }

    protected override bool ReleaseHandle()
    {
        PocketSphinxNative.cmd_ln_free_r(handle);
        FreeArgv(_argv);
        return true;
    }

    private static void FreeArgv(IntPtr[] argv)
    {
        for (var i = 0; i < argv.Length; i++)
        {
            if (argv[i] != IntPtr.Zero)
                Marshal.FreeCoTaskMem(argv[i]);
            argv[i] = IntPtr.Zero;
        }
    }
}
