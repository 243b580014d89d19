namespace MediaCore.Inference.Whisper.ModelFile;

/// <summary>
/// Every tensor whisper.cpp 1.9.1 expects (src/whisper.cpp, whisper_model_load; names from src/whisper-arch.h), in the
/// order the generator writes them. f32 always: positional embeddings, conv biases (as [1,S]) and all 1-D tensors;
/// f16 when ftype = 1: the conv kernels, the token embedding and every matrix. The key projections have no bias.
/// </summary>
public static class WhisperTensorLayout
{
    public static IReadOnlyList<WhisperTensorSpec> For(GgmlWhisperHyperParameters hp)
    {
        var f16 = hp.FType == GgmlWhisperHyperParameters.FTypeF16;
        var s = hp.NAudioState;
        var list = new List<WhisperTensorSpec>
        {
            new("encoder.positional_embedding", [s, hp.NAudioCtx], false, WhisperTensorFill.Random),
            new("encoder.conv1.weight", [3, hp.NMels, s], f16, WhisperTensorFill.Random),
            new("encoder.conv1.bias", [1, s], false, WhisperTensorFill.Zeros),
            new("encoder.conv2.weight", [3, s, s], f16, WhisperTensorFill.Random),
            new("encoder.conv2.bias", [1, s], false, WhisperTensorFill.Zeros),
            new("encoder.ln_post.weight", [s], false, WhisperTensorFill.Ones),
            new("encoder.ln_post.bias", [s], false, WhisperTensorFill.Zeros),
        };
        for (var i = 0; i < hp.NAudioLayer; i++)
            AddBlock(list, $"encoder.blocks.{i}", s, f16, cross: false);

        var t = hp.NTextState;
        list.Add(new("decoder.positional_embedding", [t, hp.NTextCtx], false, WhisperTensorFill.Random));
        list.Add(new("decoder.token_embedding.weight", [t, hp.NVocab], f16, WhisperTensorFill.Random));
        list.Add(new("decoder.ln.weight", [t], false, WhisperTensorFill.Ones));
        list.Add(new("decoder.ln.bias", [t], false, WhisperTensorFill.Zeros));
        for (var i = 0; i < hp.NTextLayer; i++)
            AddBlock(list, $"decoder.blocks.{i}", t, f16, cross: true);
        return list;
    }

    /// <summary>Total bytes of all tensor records.</summary>
    public static long TensorBytes(GgmlWhisperHyperParameters hp) => For(hp).Sum(t => t.RecordBytes);

    private static void AddBlock(List<WhisperTensorSpec> list, string prefix, int s, bool f16, bool cross)
    {
        AddNorm(list, $"{prefix}.mlp_ln", s);
        list.Add(new($"{prefix}.mlp.0.weight", [s, 4 * s], f16, WhisperTensorFill.Random));
        list.Add(new($"{prefix}.mlp.0.bias", [4 * s], false, WhisperTensorFill.Zeros));
        list.Add(new($"{prefix}.mlp.2.weight", [4 * s, s], f16, WhisperTensorFill.Random));
        list.Add(new($"{prefix}.mlp.2.bias", [s], false, WhisperTensorFill.Zeros));
        AddNorm(list, $"{prefix}.attn_ln", s);
        AddAttention(list, $"{prefix}.attn", s, f16);
        if (!cross)
            return;
        AddNorm(list, $"{prefix}.cross_attn_ln", s);
        AddAttention(list, $"{prefix}.cross_attn", s, f16);
    }

    private static void AddNorm(List<WhisperTensorSpec> list, string prefix, int s)
    {
        list.Add(new($"{prefix}.weight", [s], false, WhisperTensorFill.Ones));
        list.Add(new($"{prefix}.bias", [s], false, WhisperTensorFill.Zeros));
    }

    private static void AddAttention(List<WhisperTensorSpec> list, string prefix, int s, bool f16)
    {
        list.Add(new($"{prefix}.query.weight", [s, s], f16, WhisperTensorFill.Random));
        list.Add(new($"{prefix}.query.bias", [s], false, WhisperTensorFill.Zeros));
        list.Add(new($"{prefix}.key.weight", [s, s], f16, WhisperTensorFill.Random));
        list.Add(new($"{prefix}.value.weight", [s, s], f16, WhisperTensorFill.Random));
        list.Add(new($"{prefix}.value.bias", [s], false, WhisperTensorFill.Zeros));
        list.Add(new($"{prefix}.out.weight", [s, s], f16, WhisperTensorFill.Random));
        list.Add(new($"{prefix}.out.bias", [s], false, WhisperTensorFill.Zeros));
    }
}
