using MediaCore.Inference.Onnx;

namespace MediaCore.Inference.Tests.Onnx;

public sealed class OnnxModelErrorTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("mediacore-onnx-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Random_bytes_fail_with_ort_error_naming_the_file()
    {
        var path = Path.Combine(folder, "random.onnx");
        var bytes = new byte[4096];
        new Random(1234).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<OnnxRuntimeException>(() => InferenceSession.FromFile(path));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void A_truncated_model_fails_with_ort_error_naming_the_file()
    {
        var path = Path.Combine(folder, "truncated.onnx");
        var model = File.ReadAllBytes(OnnxTestPaths.SileroModel);
        File.WriteAllBytes(path, model.AsSpan(0, model.Length / 3).ToArray());

        var error = Assert.Throws<OnnxRuntimeException>(() => InferenceSession.FromFile(path));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void Truncated_bytes_fail_from_memory_too()
    {
        var model = File.ReadAllBytes(OnnxTestPaths.SileroModel);

        var error = Assert.Throws<OnnxRuntimeException>(() => InferenceSession.FromBytes(model.AsSpan(0, 1000), source: "truncated-copy"));

        Assert.Contains("truncated-copy", error.Message);
    }

    [Fact]
    public void A_missing_model_file_names_the_path()
    {
        var path = Path.Combine(folder, "absent.onnx");

        var error = Assert.Throws<FileNotFoundException>(() => InferenceSession.FromFile(path));

        Assert.Equal(path, error.FileName);
        Assert.Contains(path, error.Message);
    }
}
