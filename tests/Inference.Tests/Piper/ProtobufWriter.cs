using System.Text;

namespace MediaCore.Inference.Tests.Piper;

/// <summary>
/// Just enough protobuf wire format to hand-write ONNX models in tests: varints (wire type 0), fixed32 floats
/// (wire type 5) and length-delimited fields (wire type 2) for strings, packed arrays and nested messages.
/// </summary>
internal sealed class ProtobufWriter
{
    private const int VarintWireType = 0;
    private const int LengthDelimitedWireType = 2;
    private const int Fixed32WireType = 5;

    private readonly MemoryStream stream = new();

    public ProtobufWriter Varint(int field, long value)
    {
        Tag(field, VarintWireType);
        WriteVarint((ulong)value);
        return this;
    }

    public ProtobufWriter Float(int field, float value)
    {
        Tag(field, Fixed32WireType);
        stream.Write(BitConverter.GetBytes(value));
        return this;
    }

    public ProtobufWriter String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

    public ProtobufWriter Message(int field, ProtobufWriter message) => Bytes(field, message.ToArray());

    public ProtobufWriter Message(int field, Action<ProtobufWriter> build)
    {
        var nested = new ProtobufWriter();
        build(nested);
        return Message(field, nested);
    }

    public ProtobufWriter PackedInt64(int field, IEnumerable<long> values)
    {
        var packed = new ProtobufWriter();
        foreach (var value in values)
            packed.WriteVarint((ulong)value);
        return Bytes(field, packed.ToArray());
    }

    public ProtobufWriter PackedFloat(int field, IEnumerable<float> values) =>
        Bytes(field, values.SelectMany(BitConverter.GetBytes).ToArray());

    public byte[] ToArray() => stream.ToArray();

    private ProtobufWriter Bytes(int field, byte[] bytes)
    {
        Tag(field, LengthDelimitedWireType);
        WriteVarint((ulong)bytes.Length);
        stream.Write(bytes);
        return this;
    }

    private void Tag(int field, int wireType) => WriteVarint((ulong)((field << 3) | wireType));

    private void WriteVarint(ulong value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }
        stream.WriteByte((byte)value);
    }
}
