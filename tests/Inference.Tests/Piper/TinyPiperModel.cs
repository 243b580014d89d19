namespace MediaCore.Inference.Tests.Piper;

/// <summary>
/// A hand-written ONNX model with Piper's exact signature — inputs <c>input</c> int64 [1,N], <c>input_lengths</c>
/// int64 [1], <c>scales</c> float [3]; output <c>output</c> float [1,1,1,N] — computing
/// output = reshape(cast(input)) · sum(scales) · 1e-5, so the audio carries the ids and the scales back to the test.
/// Field numbers are those of onnx.proto (ModelProto, GraphProto, NodeProto, TensorProto, ValueInfoProto, TypeProto).
/// </summary>
internal static class TinyPiperModel
{
    public const float Gain = 1e-5f;

    private const int FloatType = 1;
    private const int Int64Type = 7;
    private const int AttributeInt = 2;

    public static byte[] Build()
    {
        var graph = new ProtobufWriter()
            .Message(1, Node("Cast", ["input"], ["ids_f"], n => n.Message(5, a => a.String(1, "to").Varint(20, AttributeInt).Varint(3, FloatType))))
            .Message(1, Node("Reshape", ["ids_f", "shape4"], ["ids_4d"]))
            .Message(1, Node("ReduceSum", ["scales"], ["scale_sum"]))
            .Message(1, Node("Mul", ["ids_4d", "scale_sum"], ["scaled"]))
            .Message(1, Node("Mul", ["scaled", "gain"], ["output"]))
            .String(2, "tiny_piper")
            .Message(5, t => t.PackedInt64(1, [4]).Varint(2, Int64Type).String(8, "shape4").PackedInt64(7, [1, 1, 1, -1]))
            .Message(5, t => t.Varint(2, FloatType).String(8, "gain").PackedFloat(4, [Gain]))
            .Message(11, ValueInfo("input", Int64Type, ["1", "phonemes"]))
            .Message(11, ValueInfo("input_lengths", Int64Type, ["1"]))
            .Message(11, ValueInfo("scales", FloatType, ["3"]))
            .Message(12, ValueInfo("output", FloatType, ["1", "1", "1", "time"]));
        return new ProtobufWriter()
            .Varint(1, 8)                                 // ir_version
            .String(2, "mediacore-tests")                 // producer_name
            .Message(7, graph)                            // graph
            .Message(8, o => o.String(1, "").Varint(2, 13)) // opset_import: default domain, opset 13
            .ToArray();
    }

    private static ProtobufWriter Node(string op, string[] inputs, string[] outputs, Action<ProtobufWriter>? attributes = null)
    {
        var node = new ProtobufWriter();
        foreach (var input in inputs)
            node.String(1, input);
        foreach (var output in outputs)
            node.String(2, output);
        node.String(3, op.ToLowerInvariant() + "_" + outputs[0]).String(4, op);
        attributes?.Invoke(node);
        return node;
    }

    // Numeric dims become dim_value, others dim_param (a symbolic dimension).
    private static ProtobufWriter ValueInfo(string name, int elementType, string[] dims) =>
        new ProtobufWriter().String(1, name).Message(2, type => type.Message(1, tensor => tensor
            .Varint(1, elementType)
            .Message(2, shape =>
            {
                foreach (var dim in dims)
                    shape.Message(1, d => _ = long.TryParse(dim, out var value) ? d.Varint(1, value) : d.String(2, dim));
            })));
}
