using MediaCore.Inference.Tests.Onnx;
using MediaCore.Inference.Vad;

namespace MediaCore.Inference.Tests.Vad;

/// <summary>One Silero model for the test class, as a server shares one across calls.</summary>
public sealed class SileroVadFixture : IDisposable
{
    public SileroVadModel Model { get; } = SileroVadModel.Load(OnnxTestPaths.SileroModel);

    public void Dispose() => Model.Dispose();
}
