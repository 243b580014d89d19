namespace MediaCore.Server.Streams;

/// <summary>Creates the handler for one stream call once its start message and tenant are known.</summary>
public interface IStreamCallHandlerFactory
{
    IStreamCallHandler Create(StreamCallMetadata metadata);
}
