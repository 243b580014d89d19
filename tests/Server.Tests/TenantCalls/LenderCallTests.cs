using Xunit.Abstractions;

namespace MediaCore.Server.Tests.TenantCalls;

/// <summary>QuickRupee over a real SIP call: spoken yes/no answers decide the eligibility outcome.</summary>
[Collection(TenantCallCollection.Name)]
public sealed class LenderCallTests(TenantCallEngines engines, ITestOutputHelper log)
{
    private const string TenantId = "quickrupee";

    [Fact]
    public async Task Three_spoken_yes_answers_make_the_caller_eligible()
    {
        var call = await TenantCall.PlaceAsync(engines, log, TenantId, "yes", "yes", "yes i live in mumbai");

        Assert.True(call.Result.ExitCode == 0, call.Context);
        var outcome = call.DialogReplies.LastOrDefault();
        Assert.True(outcome is not null, call.Context);
        Assert.Equal(true, outcome.State["eligible"]?.GetValue<bool>());
        Assert.Equal("all_criteria_met", outcome.State["reason"]?.GetValue<string>());
        Assert.Contains("you are eligible", outcome.Text);
    }

    [Fact]
    public async Task A_spoken_no_to_the_salaried_question_is_not_eligible()
    {
        var call = await TenantCall.PlaceAsync(engines, log, TenantId, "no i run my own business");

        Assert.True(call.Result.ExitCode == 0, call.Context);
        var outcome = call.DialogReplies.LastOrDefault();
        Assert.True(outcome is not null, call.Context);
        Assert.Equal(false, outcome.State["eligible"]?.GetValue<bool>());
        Assert.Equal("not_salaried", outcome.State["reason"]?.GetValue<string>());
    }
}
