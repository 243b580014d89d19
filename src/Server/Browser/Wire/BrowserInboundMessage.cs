using System.Text.Json;

namespace MediaCore.Server.Browser;

/// <summary>
/// One page → server control message (see <see cref="BrowserWire"/>). Unknown members are ignored so the page can
/// grow; an unknown "type" is an error so a typo does not silently do nothing.
/// </summary>
public readonly record struct BrowserInboundMessage(BrowserInboundKind Kind, string? Tenant, char Digit, long PlayedSamples)
{
    private const string DtmfDigits = "0123456789*#ABCD";

    public static bool TryParse(ReadOnlySpan<byte> utf8, out BrowserInboundMessage message, out BrowserParseError error)
    {
        message = default;
        if (utf8.Length > BrowserWire.MaxMessageBytes)
            return Fail(BrowserParseError.TooLarge, out error);
        string? type = null, tenant = null, digit = null;
        long? samples = null;
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 4 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return Fail(BrowserParseError.NotAnObject, out error);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                var value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                if (name == "samples" && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
                    samples = number;
                reader.Skip(); // nested values of unknown members
                switch (name)
                {
                    case "type": type = value; break;
                    case "tenant": tenant = value; break;
                    case "digit": digit = value; break;
                }
            }
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
                return Fail(BrowserParseError.NotJson, out error); // trailing content after the object
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: GetString on a string that is not valid UTF-8 (found by the fuzz test).
            return Fail(BrowserParseError.NotJson, out error);
        }
        return Build(type, tenant, digit, samples, out message, out error);
    }

    private static bool Build(string? type, string? tenant, string? digit, long? samples, out BrowserInboundMessage message, out BrowserParseError error)
    {
        message = default;
        switch (type)
        {
            case null:
                return Fail(BrowserParseError.MissingType, out error);
            case "start" when string.IsNullOrEmpty(tenant):
                return Fail(BrowserParseError.MissingTenant, out error);
            case "start":
                message = new BrowserInboundMessage(BrowserInboundKind.Start, tenant, '\0', 0);
                break;
            case "hangup":
                message = new BrowserInboundMessage(BrowserInboundKind.Hangup, null, '\0', 0);
                break;
            case "dtmf" when digit is not { Length: 1 } || !DtmfDigits.Contains(digit[0]):
                return Fail(BrowserParseError.BadDigit, out error);
            case "dtmf":
                message = new BrowserInboundMessage(BrowserInboundKind.Dtmf, null, digit[0], 0);
                break;
            case "played" when samples is not >= 0:
                return Fail(BrowserParseError.BadSamples, out error);
            case "played":
                message = new BrowserInboundMessage(BrowserInboundKind.Played, null, '\0', samples.Value);
                break;
            default:
                return Fail(BrowserParseError.UnknownType, out error);
        }
        error = BrowserParseError.None;
        return true;
    }

    private static bool Fail(BrowserParseError reason, out BrowserParseError error)
    {
        error = reason;
        return false;
    }
}
