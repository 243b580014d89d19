namespace MediaCore.Inference.Onnx;

/// <summary>An ONNX Runtime call returned a non-null <c>OrtStatus</c>; the message is ORT's own (plus our context).</summary>
public sealed class OnnxRuntimeException(OrtErrorCode errorCode, string message) : Exception(message)
{
    public OrtErrorCode ErrorCode { get; } = errorCode;
}
