using System.Runtime.CompilerServices;
using System.Text;
using MediaCore.Pipeline.Brains;
using MediaCore.Server.Agent.Records;

namespace MediaCore.Server.Tests.Records;

/// <summary>What the agent says when a caller asks not to be recorded, in the caller's language.</summary>
public sealed class OptOutAcknowledgementTests
{
    [Theory]
    [InlineData("please do not record this call", OptOutAcknowledgingBrain.English + " How else can I help you?", false)]
    [InlineData("don't record", OptOutAcknowledgingBrain.English + " How else can I help you?", false)]
    [InlineData("transcribe mat karo", OptOutAcknowledgingBrain.Hindi + " Aur main aapki kya madad kar sakti hoon?", false)]
    [InlineData("कृपया रिकॉर्ड मत करो", OptOutAcknowledgingBrain.Hindi + " Aur main aapki kya madad kar sakti hoon?", false)]
    [InlineData("don't record this, what are your hours", OptOutAcknowledgingBrain.English + " We open at noon.", true)]
    [InlineData("what are your hours", "We open at noon.", true)]
    [InlineData("i recorded a message for you", "We open at noon.", true)]
    public async Task Acknowledges_an_opt_out_aloud_and_goes_on(string said, string expected, bool innerAsked)
    {
        var inner = new FixedBrain("We open at noon.");
        var brain = new OptOutAcknowledgingBrain(inner);
        var reply = new StringBuilder();
        await foreach (var e in brain.StreamAsync(new BrainRequest([new ChatMessage(ChatRole.User, said)], ""), CancellationToken.None))
            if (e is BrainTextDelta delta)
                reply.Append(delta.Text);
        Assert.Equal(expected, reply.ToString());
        Assert.Equal(innerAsked, inner.Asked);
    }

    private sealed class FixedBrain(string reply) : IAgentBrain
    {
        public bool Asked { get; private set; }

        public string Name => "fixed";

        public async IAsyncEnumerable<BrainEvent> StreamAsync(BrainRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            Asked = true;
            await Task.Yield();
            yield return new BrainTextDelta(reply);
        }
    }
}
