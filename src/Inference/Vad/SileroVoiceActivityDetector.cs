using MediaCore.Inference.Abstractions;
using MediaCore.Inference.Onnx;

namespace MediaCore.Inference.Vad;

/// <summary>
/// Silero VAD v5 for one call. Audio of any chunk size is buffered into windows of 512 samples at 16 kHz
/// (256 at 8 kHz); each window is fed with the last 64 (32) samples of the previous one prepended, as Silero v5
/// expects, and the recurrent state [2,1,128] is carried from window to window. All tensors live over pinned
/// arrays created once, and the state ping-pongs between two of them, so <see cref="Process"/> allocates nothing.
/// </summary>
public sealed class SileroVoiceActivityDetector : IVoiceActivityDetector
{
    private const int StateLength = 2 * 1 * 128;
    private const float Pcm16Scale = 1f / 32768f;

    private readonly SileroVadModel? ownedModel;
    private readonly int contextSize;
    private readonly float[] input;
    private readonly float[] stateA;
    private readonly float[] stateB;
    private readonly float[] probability;
    private readonly OrtValue inputTensor;
    private readonly OrtValue stateATensor;
    private readonly OrtValue stateBTensor;
    private readonly OrtValue sampleRateTensor;
    private readonly OrtValue probabilityTensor;
    private readonly RunBinding binding;
    private int filled;
    private bool stateInA = true;
    private float latest;

    /// <summary>A detector over a shared model (the usual case: one model, one detector per call).</summary>
    public SileroVoiceActivityDetector(SileroVadModel model, int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(model);
        (WindowSize, contextSize) = sampleRate switch
        {
            16000 => (512, 64),
            8000 => (256, 32),
            _ => throw new ArgumentOutOfRangeException(nameof(sampleRate), sampleRate, "Silero VAD runs at 8000 or 16000 Hz."),
        };
        SampleRate = sampleRate;
        input = GC.AllocateArray<float>(contextSize + WindowSize, pinned: true);
        stateA = GC.AllocateArray<float>(StateLength, pinned: true);
        stateB = GC.AllocateArray<float>(StateLength, pinned: true);
        probability = GC.AllocateArray<float>(1, pinned: true);
        var rate = GC.AllocateArray<long>(1, pinned: true);
        rate[0] = sampleRate;

        inputTensor = OrtValue.CreateTensor<float>(input, [1, input.Length]);
        stateATensor = OrtValue.CreateTensor<float>(stateA, [2, 1, 128]);
        stateBTensor = OrtValue.CreateTensor<float>(stateB, [2, 1, 128]);
        sampleRateTensor = OrtValue.CreateTensor<long>(rate, []);
        probabilityTensor = OrtValue.CreateTensor<float>(probability, [1, 1]);
        binding = model.Session.CreateBinding(
            [SileroVadModel.InputName, SileroVadModel.StateName, SileroVadModel.SampleRateName],
            [SileroVadModel.OutputName, SileroVadModel.StateOutputName]);
        binding.BindInput(0, inputTensor);
        binding.BindInput(2, sampleRateTensor);
        binding.BindOutput(0, probabilityTensor);
    }

    /// <summary>A detector that loads and owns its own model (tools and tests; servers share one model).</summary>
    public SileroVoiceActivityDetector(string? modelPath, int sampleRate)
        : this(SileroVadModel.Load(modelPath), sampleRate, ownsModel: true)
    {
    }

    private SileroVoiceActivityDetector(SileroVadModel model, int sampleRate, bool ownsModel)
        : this(model, sampleRate) => ownedModel = ownsModel ? model : null;

    public int SampleRate { get; }

    /// <summary>New samples per model run: 512 at 16 kHz (32 ms), 256 at 8 kHz.</summary>
    public int WindowSize { get; }

    public float Process(ReadOnlySpan<short> pcm)
    {
        while (!pcm.IsEmpty)
        {
            var take = Math.Min(WindowSize - filled, pcm.Length);
            var destination = input.AsSpan(contextSize + filled, take);
            for (var i = 0; i < take; i++)
                destination[i] = pcm[i] * Pcm16Scale;
            filled += take;
            pcm = pcm[take..];
            if (filled == WindowSize)
                RunWindow();
        }
        return latest;
    }

    public void Reset()
    {
        Array.Clear(input);
        Array.Clear(stateA);
        Array.Clear(stateB);
        filled = 0;
        stateInA = true;
        latest = 0f;
    }

    public void Dispose()
    {
        binding.Dispose();
        inputTensor.Dispose();
        stateATensor.Dispose();
        stateBTensor.Dispose();
        sampleRateTensor.Dispose();
        probabilityTensor.Dispose();
        ownedModel?.Dispose();
    }

    private void RunWindow()
    {
        // The state is read from one buffer and written to the other: ORT must not alias an input and an output.
        binding.BindInput(1, stateInA ? stateATensor : stateBTensor);
        binding.BindOutput(1, stateInA ? stateBTensor : stateATensor);
        binding.Run();
        stateInA = !stateInA;
        latest = probability[0];
        // The last contextSize samples of this window are the context of the next one.
        input.AsSpan(WindowSize, contextSize).CopyTo(input);
        filled = 0;
    }
}
