using System.Text;
using MediaCore.Inference.Onnx.Native;

namespace MediaCore.Inference.Onnx;

/// <summary>
/// The one ONNX Runtime environment of the process (ORT allows one <c>OrtEnv</c> with its logger and thread pools),
/// plus the CPU memory description every caller-owned tensor uses. Created on first use, never released:
/// sessions may live until process exit and ORT requires the environment to outlive them.
/// </summary>
public sealed unsafe class OrtEnvironment
{
    // ORT_LOGGING_LEVEL_ERROR: ORT's warnings (e.g. unused initializers) would otherwise go to stderr on every load.
    private const int LoggingLevelError = 3;
    private const int ArenaAllocator = 1;
    private const int MemTypeDefault = 0;

    private static readonly Lock InitLock = new();
    private static OrtEnvironment? instance;

    private OrtEnvironment(OrtEnvHandle env, OrtMemoryInfoHandle cpuMemory, string version)
    {
        Env = env;
        CpuMemory = cpuMemory;
        Version = version;
    }

    /// <summary>The process-wide environment; throws the resolver's NativeLibraryNotFoundException if ORT is absent.</summary>
    public static OrtEnvironment Instance
    {
        get
        {
            var created = Volatile.Read(ref instance);
            if (created is not null)
                return created;
            lock (InitLock)
                return instance ??= Create();
        }
    }

    /// <summary>ORT's version string, e.g. "1.30.0".</summary>
    public string Version { get; }

    internal OrtEnvHandle Env { get; }

    internal OrtMemoryInfoHandle CpuMemory { get; }

    private static OrtEnvironment Create()
    {
        var api = OrtApi.Instance;
        var logId = Encoding.UTF8.GetBytes("mediacore\0");
        IntPtr env;
        fixed (byte* id = logId)
            api.Check(api.CreateEnv(LoggingLevelError, id, &env), "creating the ONNX Runtime environment");
        IntPtr memory;
        api.Check(api.CreateCpuMemoryInfo(ArenaAllocator, MemTypeDefault, &memory), "creating CPU memory info");
        return new OrtEnvironment(new OrtEnvHandle(env), new OrtMemoryInfoHandle(memory), api.Version);
    }
}
