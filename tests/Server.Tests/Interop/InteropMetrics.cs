using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MediaCore.Server.Tests.Interop;

/// <summary>
/// /metrics as the Node client scraped it during the call — once right after the answer, once after the bot spoke
/// the Say text — parsed: the RTP, real-time-factor and queue series are fed by the real call and move.
/// </summary>
internal static class InteropMetrics
{
    public static void AssertMovedDuringTheCall(JsonElement scrapes)
    {
        string answered = scrapes.GetProperty("answered").GetString()!;
        string afterSay = scrapes.GetProperty("afterSay").GetString()!;

        Assert.Equal(1, Sample(answered, "mediacore_active_calls", "tenant=\"himalayan-kitchen\""));
        // TTS spoke the greeting, the reply and the Say text by the second scrape: more syntheses, real RTF values.
        double ttsBefore = Sample(answered, "mediacore_tts_real_time_factor_count", "engine=\"flite:slt\"", orZero: true);
        double ttsAfter = Sample(afterSay, "mediacore_tts_real_time_factor_count", "engine=\"flite:slt\"");
        Assert.True(ttsAfter >= ttsBefore + 2, $"tts_real_time_factor_count {ttsBefore} → {ttsAfter}");
        double ttsSum = Sample(afterSay, "mediacore_tts_real_time_factor_sum", "engine=\"flite:slt\"");
        Assert.InRange(ttsSum / ttsAfter, 1e-4, 2); // flite runs far faster than real time, but not in zero time

        Assert.True(Sample(afterSay, "mediacore_stt_real_time_factor_count", "engine=\"pocketsphinx\"") >= 1);
        Assert.True(Sample(afterSay, "mediacore_stt_real_time_factor_sum", "engine=\"pocketsphinx\"") > 0);

        // Inbound jitter is sampled per live call on each scrape: both scrapes saw the call's stream.
        double jitterBefore = Sample(answered, "mediacore_rtp_jitter_seconds_count", "direction=\"inbound\"", orZero: true);
        double jitterAfter = Sample(afterSay, "mediacore_rtp_jitter_seconds_count", "direction=\"inbound\"");
        Assert.True(jitterAfter > jitterBefore, $"rtp_jitter_seconds_count {jitterBefore} → {jitterAfter}");
        Assert.True(Sample(afterSay, "mediacore_rtp_jitter_seconds_sum", "direction=\"inbound\"") < 0.5);
        Assert.Equal(0, Sample(afterSay, "mediacore_rtp_packets_lost_total", "direction=\"inbound\"", orZero: true)); // loopback
        // The callee's RTCP reports about our stream (every 5 s; the call is older than that by now).
        Assert.True(Sample(afterSay, "mediacore_rtp_jitter_seconds_count", "direction=\"outbound\"") >= 1);

        foreach (var queue in new[] { "stt", "llm", "tts", "playout", "events" })
            Assert.True(Sample(afterSay, "mediacore_queue_depth", $"queue=\"{queue}\"") >= 0);
        Assert.True(Sample(afterSay, "mediacore_stage_latency_seconds_count", "stage=\"end_to_end\"") >= 1);
    }

    private static double Sample(string exposition, string name, string labels, bool orZero = false)
    {
        var match = Regex.Match(exposition, "^" + Regex.Escape(name + "{" + labels + "}") + @" (\S+)$", RegexOptions.Multiline);
        if (!match.Success && orZero)
            return 0;
        Assert.True(match.Success, $"no {name}{{{labels}}} in\n{exposition}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
