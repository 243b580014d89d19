using MediaCore.Inference.Onnx;

namespace MediaCore.Inference.Tests.Onnx;

public sealed class OnnxRuntimeTests
{
    [Fact]
    public void Environment_reports_the_bundled_version()
    {
        Assert.Equal("1.30.0", OrtEnvironment.Instance.Version);
    }

    [Fact]
    public void Silero_session_lists_its_inputs_and_outputs()
    {
        using var session = InferenceSession.FromFile(OnnxTestPaths.SileroModel);

        Assert.Equal(["input", "state", "sr"], session.Inputs.Select(i => i.Name));
        Assert.Equal(["output", "stateN"], session.Outputs.Select(o => o.Name));
        var input = session.Inputs[0];
        Assert.Equal(TensorElementType.Float, input.ElementType);
        Assert.Equal([-1L, -1L], input.Shape);
        Assert.Equal(2, input.SymbolicDimensions.Count);
        var state = session.Inputs[1];
        Assert.Equal(TensorElementType.Float, state.ElementType);
        Assert.Equal([2L, -1L, 128L], state.Shape);
        var rate = session.Inputs[2];
        Assert.Equal(TensorElementType.Int64, rate.ElementType);
        Assert.Empty(rate.Shape);
        Assert.Equal(TensorElementType.Float, session.Outputs[0].ElementType);
        Assert.Equal(2, session.Outputs[0].Shape.Count);
        Assert.Equal(1L, session.Outputs[0].Shape[1]);
        Assert.Equal(3, session.Outputs[1].Shape.Count);
    }

    [Fact]
    public void Session_from_bytes_matches_session_from_file()
    {
        var bytes = File.ReadAllBytes(OnnxTestPaths.SileroModel);
        using var fromBytes = InferenceSession.FromBytes(bytes);
        using var fromFile = InferenceSession.FromFile(OnnxTestPaths.SileroModel);

        Assert.Equal(fromFile.Inputs.Select(i => i.ToString()), fromBytes.Inputs.Select(i => i.ToString()));
        Assert.Equal(fromFile.Outputs.Select(o => o.ToString()), fromBytes.Outputs.Select(o => o.ToString()));
    }

    [Fact]
    public void Running_silero_returns_ort_allocated_outputs_with_their_shapes()
    {
        using var session = InferenceSession.FromFile(OnnxTestPaths.SileroModel);
        var samples = new float[576];
        using var input = OrtValue.CreateTensor<float>(samples, [1, 576]);
        using var state = OrtValue.CreateTensor<float>(new float[256], [2, 1, 128]);
        using var rate = OrtValue.CreateTensor<long>(new long[] { 16000 }, []);

        var outputs = session.Run(
            [new("input", input), new("state", state), new("sr", rate)], ["output", "stateN"]);
        try
        {
            Assert.Equal([1L, 1L], outputs[0].GetShape());
            Assert.Equal([2L, 1L, 128L], outputs[1].GetShape());
            Assert.Equal(TensorElementType.Float, outputs[1].ElementType);
            var probability = outputs[0].GetTensorData<float>()[0];
            Assert.InRange(probability, 0f, 0.1f); // digital silence
            Assert.Contains(outputs[1].GetTensorData<float>().ToArray(), v => v != 0f);
        }
        finally
        {
            foreach (var output in outputs)
                output.Dispose();
        }
    }

    [Fact]
    public void A_wrong_input_shape_fails_at_run_with_ort_message()
    {
        using var session = InferenceSession.FromFile(OnnxTestPaths.SileroModel);
        using var input = OrtValue.CreateTensor<float>(new float[576], [1, 576]);
        using var badState = OrtValue.CreateTensor<float>(new float[10], [10]);
        using var rate = OrtValue.CreateTensor<long>(new long[] { 16000 }, []);

        var error = Assert.Throws<OnnxRuntimeException>(() =>
            session.Run([new("input", input), new("state", badState), new("sr", rate)], ["output"]));

        Assert.Contains("silero_vad_v5.onnx", error.Message);
        Assert.Contains("state", error.Message);
        Assert.NotEqual(OrtErrorCode.Ok, error.ErrorCode);
    }

    [Fact]
    public void An_unknown_input_name_is_rejected_when_binding()
    {
        using var session = InferenceSession.FromFile(OnnxTestPaths.SileroModel);

        var error = Assert.Throws<ArgumentException>(() => session.CreateBinding(["audio"], ["output"]));

        Assert.Contains("'audio'", error.Message);
    }

    [Fact]
    public void A_tensor_whose_shape_does_not_match_its_memory_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => OrtValue.CreateTensor<float>(new float[10], [2, 4]));
        Assert.Throws<ArgumentException>(() => OrtValue.CreateTensor<float>(new float[1], [-1]));
    }

    [Fact]
    public void Session_options_accept_threads_and_optimisation_level()
    {
        using var options = new SessionOptions { IntraOpThreads = 2, InterOpThreads = 1, GraphOptimizationLevel = GraphOptimizationLevel.Basic };
        using var session = InferenceSession.FromFile(OnnxTestPaths.SileroModel, options);

        Assert.Equal(2, options.IntraOpThreads);
        Assert.Equal(3, session.Inputs.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => options.IntraOpThreads = -1);
    }
}
