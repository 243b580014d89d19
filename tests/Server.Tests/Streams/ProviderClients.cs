using System.Text.Json;

namespace MediaCore.Server.Tests.Streams;

/// <summary>Exotel AgentStream (Voicebot applet): snake_case, numbers as strings, 100 ms inbound chunks of 16-bit LE PCM.</summary>
internal sealed class ExotelTestClient(int rate = 16_000, string encoding = "audio/x-raw") : ProviderTestClient
{
    public override string Path => "/streams/exotel";
    public override int Rate => rate;
    public override bool MuLawAudio => encoding == "audio/x-mulaw";
    public override int ChunkMilliseconds => 100;

    public override string StartJson(string from, string to) =>
        $$$$"""{"event":"start","sequence_number":"{{{{++Sequence}}}}","stream_sid":"{{{{StreamId}}}}","start":{"stream_sid":"{{{{StreamId}}}}","call_sid":"{{{{CallId}}}}","account_sid":"ACexotel","from":"{{{{from}}}}","to":"{{{{to}}}}","custom_parameters":{"lang":"hi-IN","campaign":"renewals"},"media_format":{"encoding":"{{{{encoding}}}}","sample_rate":"{{{{rate}}}}","bit_rate":"16"}}}""";

    protected override string MediaJson(string base64, int chunk, long timestampMs) =>
        $$$"""{"event":"media","sequence_number":"{{{++Sequence}}}","stream_sid":"{{{StreamId}}}","media":{"chunk":"{{{chunk}}}","timestamp":"{{{timestampMs}}}","payload":"{{{base64}}}"}}""";

    public override string DtmfJson(char digit) =>
        $$$"""{"event":"dtmf","sequence_number":"{{{++Sequence}}}","stream_sid":"{{{StreamId}}}","dtmf":{"digit":"{{{digit}}}","duration":"100"}}""";

    public override string StopJson() =>
        $$$"""{"event":"stop","sequence_number":"{{{++Sequence}}}","stream_sid":"{{{StreamId}}}","stop":{"call_sid":"{{{CallId}}}","account_sid":"ACexotel","reason":"callended"}}""";

    protected override string MarkAckJson(string name) =>
        $$$"""{"event":"mark","sequence_number":"{{{++Sequence}}}","stream_sid":"{{{StreamId}}}","mark":{"name":"{{{name}}}"}}""";

    protected override (string Kind, string? Payload, string? MarkName) ReadServerMessage(JsonElement root, List<string> violations)
    {
        var kind = root.GetProperty("event").GetString()!;
        if (root.GetProperty("stream_sid").GetString() != StreamId)
            violations.Add($"{kind}: wrong stream_sid");
        return kind switch
        {
            "media" => ("media", root.GetProperty("media").GetProperty("payload").GetString(), null),
            "mark" => ("mark", null, root.GetProperty("mark").GetProperty("name").GetString()),
            _ => (kind, null, null),
        };
    }
}

/// <summary>Plivo Audio Streams: camelCase, numeric sampleRate, 20 ms chunks; we answer playedStream to checkpoints.</summary>
internal sealed class PlivoTestClient(int rate = 16_000, string contentType = "audio/x-l16") : ProviderTestClient
{
    public override string Path => "/streams/plivo";
    public override int Rate => rate;
    public override bool MuLawAudio => contentType == "audio/x-mulaw";
    public override int ChunkMilliseconds => 20;

    public override string StartJson(string from, string to) =>
        $$$"""{"event":"start","sequenceNumber":{{{++Sequence}}},"start":{"callId":"{{{CallId}}}","streamId":"{{{StreamId}}}","accountId":"MAPLIVO","tracks":["inbound"],"mediaFormat":{"encoding":"{{{contentType}}}","sampleRate":{{{rate}}}}},"extra_headers":"to={{{to.TrimStart('+')}}};from={{{from.TrimStart('+')}}};campaign=renewals"}""";

    protected override string MediaJson(string base64, int chunk, long timestampMs) =>
        $$$"""{"event":"media","sequenceNumber":{{{++Sequence}}},"streamId":"{{{StreamId}}}","media":{"track":"inbound","timestamp":"{{{1_700_000_000_000 + timestampMs}}}","chunk":{{{chunk}}},"payload":"{{{base64}}}"}}""";

    public override string DtmfJson(char digit) =>
        $$$"""{"event":"dtmf","sequenceNumber":{{{++Sequence}}},"streamId":"{{{StreamId}}}","dtmf":{"track":"inbound","digit":"{{{digit}}}","timestamp":"1700000000000"}}""";

    public override string StopJson() =>
        $$$"""{"event":"stop","sequenceNumber":{{{++Sequence}}},"streamId":"{{{StreamId}}}"}""";

    protected override string MarkAckJson(string name) =>
        $$$"""{"event":"playedStream","sequenceNumber":{{{++Sequence}}},"streamId":"{{{StreamId}}}","name":"{{{name}}}"}""";

    protected override (string Kind, string? Payload, string? MarkName) ReadServerMessage(JsonElement root, List<string> violations)
    {
        var kind = root.GetProperty("event").GetString()!;
        switch (kind)
        {
            case "playAudio":
                var media = root.GetProperty("media");
                if (media.GetProperty("contentType").GetString() != contentType)
                    violations.Add("playAudio: wrong contentType " + media.GetProperty("contentType").GetString());
                if (media.GetProperty("sampleRate").GetInt32() != rate)
                    violations.Add("playAudio: wrong sampleRate");
                return ("media", media.GetProperty("payload").GetString(), null);
            case "checkpoint":
                if (root.GetProperty("streamId").GetString() != StreamId)
                    violations.Add("checkpoint: wrong streamId");
                return ("mark", null, root.GetProperty("name").GetString());
            case "clearAudio":
                if (root.GetProperty("streamId").GetString() != StreamId)
                    violations.Add("clearAudio: wrong streamId");
                return ("clear", null, null);
            default:
                violations.Add("unexpected event " + kind);
                return (kind, null, null);
        }
    }
}

/// <summary>Twilio Media Streams: camelCase, µ-law 8 kHz in 20 ms chunks; From/To arrive as custom parameters.</summary>
internal sealed class TwilioTestClient : ProviderTestClient
{
    public override string Path => "/streams/twilio";
    public override int Rate => 8_000;
    public override bool MuLawAudio => true;
    public override int ChunkMilliseconds => 20;

    public override string StartJson(string from, string to) =>
        $$$"""{"event":"start","sequenceNumber":"{{{++Sequence}}}","start":{"accountSid":"ACtwilio","streamSid":"{{{StreamId}}}","callSid":"{{{CallId}}}","tracks":["inbound"],"mediaFormat":{"encoding":"audio/x-mulaw","sampleRate":8000,"channels":1},"customParameters":{"to":"{{{to}}}","from":"{{{from}}}","campaign":"renewals"}},"streamSid":"{{{StreamId}}}"}""";

    protected override string MediaJson(string base64, int chunk, long timestampMs) =>
        $$$"""{"event":"media","sequenceNumber":"{{{++Sequence}}}","media":{"track":"inbound","chunk":"{{{chunk}}}","timestamp":"{{{timestampMs}}}","payload":"{{{base64}}}"},"streamSid":"{{{StreamId}}}"}""";

    public override string DtmfJson(char digit) =>
        $$$"""{"event":"dtmf","streamSid":"{{{StreamId}}}","sequenceNumber":"{{{++Sequence}}}","dtmf":{"track":"inbound_track","digit":"{{{digit}}}"}}""";

    public override string StopJson() =>
        $$$"""{"event":"stop","sequenceNumber":"{{{++Sequence}}}","streamSid":"{{{StreamId}}}","stop":{"accountSid":"ACtwilio","callSid":"{{{CallId}}}"}}""";

    protected override string MarkAckJson(string name) =>
        $$$"""{"event":"mark","sequenceNumber":"{{{++Sequence}}}","streamSid":"{{{StreamId}}}","mark":{"name":"{{{name}}}"}}""";

    public string ConnectedJson() => """{"event":"connected","protocol":"Call","version":"1.0.0"}""";

    protected override (string Kind, string? Payload, string? MarkName) ReadServerMessage(JsonElement root, List<string> violations)
    {
        var kind = root.GetProperty("event").GetString()!;
        if (root.GetProperty("streamSid").GetString() != StreamId)
            violations.Add($"{kind}: wrong streamSid");
        return kind switch
        {
            "media" => ("media", root.GetProperty("media").GetProperty("payload").GetString(), null),
            "mark" => ("mark", null, root.GetProperty("mark").GetProperty("name").GetString()),
            _ => (kind, null, null),
        };
    }
}
