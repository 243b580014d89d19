using System.Runtime.InteropServices;
using MediaCore.Media.Native;

namespace MediaCore.Inference.Onnx.Native;

/// <summary>
/// The ONNX Runtime C API as a table of function pointers. ORT exports a single symbol,
/// <c>OrtGetApiBase</c>; everything else is read from the <c>OrtApi</c> struct by slot (<see cref="OrtApiSlots"/>).
/// Loaded on first use so a missing library surfaces as the resolver's <see cref="NativeLibraryNotFoundException"/>
/// (not wrapped in a TypeInitializationException).
/// </summary>
internal sealed unsafe class OrtApi
{
    private static readonly Lock InitLock = new();
    private static OrtApi? instance;

    public readonly string Version;
    public readonly delegate* unmanaged<IntPtr, int> GetErrorCode;
    public readonly delegate* unmanaged<IntPtr, IntPtr> GetErrorMessage;
    public readonly delegate* unmanaged<int, byte*, IntPtr*, IntPtr> CreateEnv;
    public readonly delegate* unmanaged<IntPtr, byte*, IntPtr, IntPtr*, IntPtr> CreateSession;
    public readonly delegate* unmanaged<IntPtr, void*, nuint, IntPtr, IntPtr*, IntPtr> CreateSessionFromArray;
    public readonly delegate* unmanaged<IntPtr, IntPtr, IntPtr*, IntPtr*, nuint, IntPtr*, nuint, IntPtr*, IntPtr> Run;
    public readonly delegate* unmanaged<IntPtr*, IntPtr> CreateSessionOptions;
    public readonly delegate* unmanaged<IntPtr, int, IntPtr> SetSessionGraphOptimizationLevel;
    public readonly delegate* unmanaged<IntPtr, int, IntPtr> SetIntraOpNumThreads;
    public readonly delegate* unmanaged<IntPtr, int, IntPtr> SetInterOpNumThreads;
    public readonly delegate* unmanaged<IntPtr, nuint*, IntPtr> SessionGetInputCount;
    public readonly delegate* unmanaged<IntPtr, nuint*, IntPtr> SessionGetOutputCount;
    public readonly delegate* unmanaged<IntPtr, nuint, IntPtr*, IntPtr> SessionGetInputTypeInfo;
    public readonly delegate* unmanaged<IntPtr, nuint, IntPtr*, IntPtr> SessionGetOutputTypeInfo;
    public readonly delegate* unmanaged<IntPtr, nuint, IntPtr, IntPtr*, IntPtr> SessionGetInputName;
    public readonly delegate* unmanaged<IntPtr, nuint, IntPtr, IntPtr*, IntPtr> SessionGetOutputName;
    public readonly delegate* unmanaged<IntPtr, void*, nuint, long*, nuint, int, IntPtr*, IntPtr> CreateTensorWithDataAsOrtValue;
    public readonly delegate* unmanaged<IntPtr, void**, IntPtr> GetTensorMutableData;
    public readonly delegate* unmanaged<IntPtr, IntPtr*, IntPtr> CastTypeInfoToTensorInfo;
    public readonly delegate* unmanaged<IntPtr, int*, IntPtr> GetTensorElementType;
    public readonly delegate* unmanaged<IntPtr, nuint*, IntPtr> GetDimensionsCount;
    public readonly delegate* unmanaged<IntPtr, long*, nuint, IntPtr> GetDimensions;
    public readonly delegate* unmanaged<IntPtr, IntPtr*, nuint, IntPtr> GetSymbolicDimensions;
    public readonly delegate* unmanaged<IntPtr, IntPtr*, IntPtr> GetTensorTypeAndShape;
    public readonly delegate* unmanaged<int, int, IntPtr*, IntPtr> CreateCpuMemoryInfo;
    public readonly delegate* unmanaged<IntPtr, IntPtr, IntPtr> AllocatorFree;
    public readonly delegate* unmanaged<IntPtr*, IntPtr> GetAllocatorWithDefaultOptions;
    public readonly delegate* unmanaged<IntPtr, void> ReleaseEnv;
    public readonly delegate* unmanaged<IntPtr, void> ReleaseStatus;
    public readonly delegate* unmanaged<IntPtr, void> ReleaseMemoryInfo;
    public readonly delegate* unmanaged<IntPtr, void> ReleaseSession;
    public readonly delegate* unmanaged<IntPtr, void> ReleaseValue;
    public readonly delegate* unmanaged<IntPtr, void> ReleaseTypeInfo;
    public readonly delegate* unmanaged<IntPtr, void> ReleaseTensorTypeAndShapeInfo;
    public readonly delegate* unmanaged<IntPtr, void> ReleaseSessionOptions;

    /// <summary>The loaded API; throws <see cref="NativeLibraryNotFoundException"/> when the library is absent.</summary>
    public static OrtApi Instance
    {
        get
        {
            var loaded = Volatile.Read(ref instance);
            if (loaded is not null)
                return loaded;
            lock (InitLock)
                return instance ??= Load();
        }
    }

    private OrtApi(IntPtr* table, string version)
    {
        Version = version;
        GetErrorCode = (delegate* unmanaged<IntPtr, int>)table[OrtApiSlots.GetErrorCode];
        GetErrorMessage = (delegate* unmanaged<IntPtr, IntPtr>)table[OrtApiSlots.GetErrorMessage];
        CreateEnv = (delegate* unmanaged<int, byte*, IntPtr*, IntPtr>)table[OrtApiSlots.CreateEnv];
        CreateSession = (delegate* unmanaged<IntPtr, byte*, IntPtr, IntPtr*, IntPtr>)table[OrtApiSlots.CreateSession];
        CreateSessionFromArray = (delegate* unmanaged<IntPtr, void*, nuint, IntPtr, IntPtr*, IntPtr>)table[OrtApiSlots.CreateSessionFromArray];
        Run = (delegate* unmanaged<IntPtr, IntPtr, IntPtr*, IntPtr*, nuint, IntPtr*, nuint, IntPtr*, IntPtr>)table[OrtApiSlots.Run];
        CreateSessionOptions = (delegate* unmanaged<IntPtr*, IntPtr>)table[OrtApiSlots.CreateSessionOptions];
        SetSessionGraphOptimizationLevel = (delegate* unmanaged<IntPtr, int, IntPtr>)table[OrtApiSlots.SetSessionGraphOptimizationLevel];
        SetIntraOpNumThreads = (delegate* unmanaged<IntPtr, int, IntPtr>)table[OrtApiSlots.SetIntraOpNumThreads];
        SetInterOpNumThreads = (delegate* unmanaged<IntPtr, int, IntPtr>)table[OrtApiSlots.SetInterOpNumThreads];
        SessionGetInputCount = (delegate* unmanaged<IntPtr, nuint*, IntPtr>)table[OrtApiSlots.SessionGetInputCount];
        SessionGetOutputCount = (delegate* unmanaged<IntPtr, nuint*, IntPtr>)table[OrtApiSlots.SessionGetOutputCount];
        SessionGetInputTypeInfo = (delegate* unmanaged<IntPtr, nuint, IntPtr*, IntPtr>)table[OrtApiSlots.SessionGetInputTypeInfo];
        SessionGetOutputTypeInfo = (delegate* unmanaged<IntPtr, nuint, IntPtr*, IntPtr>)table[OrtApiSlots.SessionGetOutputTypeInfo];
        SessionGetInputName = (delegate* unmanaged<IntPtr, nuint, IntPtr, IntPtr*, IntPtr>)table[OrtApiSlots.SessionGetInputName];
        SessionGetOutputName = (delegate* unmanaged<IntPtr, nuint, IntPtr, IntPtr*, IntPtr>)table[OrtApiSlots.SessionGetOutputName];
        CreateTensorWithDataAsOrtValue = (delegate* unmanaged<IntPtr, void*, nuint, long*, nuint, int, IntPtr*, IntPtr>)table[OrtApiSlots.CreateTensorWithDataAsOrtValue];
        GetTensorMutableData = (delegate* unmanaged<IntPtr, void**, IntPtr>)table[OrtApiSlots.GetTensorMutableData];
        CastTypeInfoToTensorInfo = (delegate* unmanaged<IntPtr, IntPtr*, IntPtr>)table[OrtApiSlots.CastTypeInfoToTensorInfo];
        GetTensorElementType = (delegate* unmanaged<IntPtr, int*, IntPtr>)table[OrtApiSlots.GetTensorElementType];
        GetDimensionsCount = (delegate* unmanaged<IntPtr, nuint*, IntPtr>)table[OrtApiSlots.GetDimensionsCount];
        GetDimensions = (delegate* unmanaged<IntPtr, long*, nuint, IntPtr>)table[OrtApiSlots.GetDimensions];
        GetSymbolicDimensions = (delegate* unmanaged<IntPtr, IntPtr*, nuint, IntPtr>)table[OrtApiSlots.GetSymbolicDimensions];
        GetTensorTypeAndShape = (delegate* unmanaged<IntPtr, IntPtr*, IntPtr>)table[OrtApiSlots.GetTensorTypeAndShape];
        CreateCpuMemoryInfo = (delegate* unmanaged<int, int, IntPtr*, IntPtr>)table[OrtApiSlots.CreateCpuMemoryInfo];
        AllocatorFree = (delegate* unmanaged<IntPtr, IntPtr, IntPtr>)table[OrtApiSlots.AllocatorFree];
        GetAllocatorWithDefaultOptions = (delegate* unmanaged<IntPtr*, IntPtr>)table[OrtApiSlots.GetAllocatorWithDefaultOptions];
        ReleaseEnv = (delegate* unmanaged<IntPtr, void>)table[OrtApiSlots.ReleaseEnv];
        ReleaseStatus = (delegate* unmanaged<IntPtr, void>)table[OrtApiSlots.ReleaseStatus];
        ReleaseMemoryInfo = (delegate* unmanaged<IntPtr, void>)table[OrtApiSlots.ReleaseMemoryInfo];
        ReleaseSession = (delegate* unmanaged<IntPtr, void>)table[OrtApiSlots.ReleaseSession];
        ReleaseValue = (delegate* unmanaged<IntPtr, void>)table[OrtApiSlots.ReleaseValue];
        ReleaseTypeInfo = (delegate* unmanaged<IntPtr, void>)table[OrtApiSlots.ReleaseTypeInfo];
        ReleaseTensorTypeAndShapeInfo = (delegate* unmanaged<IntPtr, void>)table[OrtApiSlots.ReleaseTensorTypeAndShapeInfo];
        ReleaseSessionOptions = (delegate* unmanaged<IntPtr, void>)table[OrtApiSlots.ReleaseSessionOptions];
    }

    /// <summary>Turns a non-null <c>OrtStatus*</c> into an exception carrying ORT's message; releases the status.</summary>
    public void Check(IntPtr status, string? context = null)
    {
        if (status != IntPtr.Zero)
            ThrowFromStatus(status, context);
    }

    private void ThrowFromStatus(IntPtr status, string? context)
    {
        var code = (OrtErrorCode)GetErrorCode(status);
        var message = Marshal.PtrToStringUTF8(GetErrorMessage(status)) ?? "unknown error";
        ReleaseStatus(status);
        throw new OnnxRuntimeException(code, context is null ? message : $"{context}: {message}");
    }

    // OrtApiBase is { GetApi(uint version), GetVersionString() }: two function pointers.
    private static OrtApi Load()
    {
        var library = NativeLibraryResolver.Load(NativeLibraryCatalog.OnnxRuntime);
        var getApiBase = (delegate* unmanaged<IntPtr*>)NativeLibrary.GetExport(library, "OrtGetApiBase");
        var apiBase = getApiBase();
        var getApi = (delegate* unmanaged<uint, IntPtr*>)apiBase[0];
        var getVersion = (delegate* unmanaged<IntPtr>)apiBase[1];
        var version = Marshal.PtrToStringUTF8(getVersion()) ?? "unknown";
        var table = getApi(OrtApiSlots.ApiVersion);
        if (table is null)
            throw new OnnxRuntimeException(OrtErrorCode.Fail,
                $"ONNX Runtime {version} does not serve C API version {OrtApiSlots.ApiVersion}; install ONNX Runtime 1.{OrtApiSlots.ApiVersion} or newer (run 'sudo scripts/setup').");
        return new OrtApi(table, version);
    }
}
