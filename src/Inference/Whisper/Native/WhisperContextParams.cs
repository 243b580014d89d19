using System.Runtime.InteropServices;

namespace MediaCore.Inference.Whisper.Native;

/// <summary>
/// <c>struct whisper_context_params</c> of whisper.h 1.9.1 (48 bytes on x86-64). C <c>bool</c> is one byte:
/// it is a <see cref="byte"/> here so the struct stays blittable.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct WhisperContextParams
{
    public byte UseGpu;                 // 0
    public byte FlashAttn;              // 1
    public int GpuDevice;               // 4
    public byte DtwTokenTimestamps;     // 8
    public int DtwAheadsPreset;         // 12, enum whisper_alignment_heads_preset
    public int DtwNTop;                 // 16
    public nuint DtwAheadsNHeads;       // 24, whisper_aheads.n_heads
    public IntPtr DtwAheadsHeads;       // 32, whisper_aheads.heads
    public nuint DtwMemSize;            // 40
}
