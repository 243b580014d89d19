using MediaCore.Server.Logging;
using Microsoft.Extensions.Logging;

namespace MediaCore.Server.Tests.Grpc;

public sealed class RedactingLoggerTests
{
    [Fact]
    public void Values_named_like_parties_are_masked_in_message_and_state()
    {
        var capture = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(new RedactingLoggerProvider(capture)));
        var logger = factory.CreateLogger("test");

        logger.LogInformation("Call {CallId} from {From} to {ToNumber} took {ElapsedMs:F1} ms, total {Total}", "call-7", "+919876543210", "+911140001234", 12.345, 5);

        var line = Assert.Single(capture.Lines);
        Assert.Contains("Call call-7 from 98XXXX3210 to 11XXXX1234 took 12.3 ms, total 5", line);
        Assert.Contains("From=98XXXX3210", line);
        Assert.Contains("ToNumber=11XXXX1234", line);
        Assert.DoesNotContain("9876543210", line.Replace("98XXXX3210", ""));
        Assert.Contains("Total=5", line);
    }

    [Theory]
    [InlineData("From", true)]
    [InlineData("caller_id", true)]
    [InlineData("CallerUri", true)]
    [InlineData("to", true)]
    [InlineData("Token", false)]
    [InlineData("Total", false)]
    [InlineData("TokenFile", false)]
    [InlineData("{OriginalFormat}", false)]
    public void Sensitive_names_are_recognised_by_word(string name, bool sensitive) =>
        Assert.Equal(sensitive, RedactedLogState.IsSensitive(name));
}
