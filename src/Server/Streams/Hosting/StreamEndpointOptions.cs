namespace MediaCore.Server.Streams.Hosting;

/// <summary>Configuration of one provider's stream endpoint (section Streams:Exotel, Streams:Plivo, Streams:Twilio).</summary>
public sealed class StreamEndpointOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>The WebSocket path; "{Path}/{token}" is mapped too for providers that cannot add a query string (Twilio).</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>Shared secret accepted as ?token=, X-MediaCore-Token, Authorization: Bearer, or the last path segment.</summary>
    public string? Token { get; set; }

    /// <summary>Basic auth credentials (Exotel: wss://user:password@host/...).</summary>
    public string? BasicUser { get; set; }

    public string? BasicPassword { get; set; }

    /// <summary>CIDR ranges the provider's media servers connect from ("1.2.3.0/24", "::1/128"); empty: any address.</summary>
    public string[] AllowedNetworks { get; set; } = [];

    /// <summary>With no secret and no allow-list an endpoint refuses every upgrade unless this is set (development only).</summary>
    public bool AllowAnonymous { get; set; }
}
