using MediaCore.Pipeline.Records;

namespace MediaCore.Records.Tests.Stores;

/// <summary>Many calls writing at once, as on a busy server.</summary>
public abstract partial class CallRecordStoreContract
{
    [Fact]
    public async Task Concurrent_calls_each_keep_all_their_turns_in_order()
    {
        await using var store = await OpenNewAsync();
        const int calls = 8;
        const int turns = 12;
        await Task.WhenAll(Enumerable.Range(0, calls).Select(c => Task.Run(async () =>
        {
            var id = $"parallel-{c}";
            await store.StartCallAsync(new CallStart(TenantA, id, "+918000000001", Hash((char)('a' + c % 6)), ConsentType.Announced, Clock.Now));
            for (var i = 0; i < turns; i++)
                await store.AppendTurnAsync(TenantA, id, new CallTurn(i, Speaker.Bot, $"{id}/{i}", Clock.Now.AddSeconds(i), Clock.Now.AddSeconds(i + 1), i));
            await store.EndCallAsync(TenantA, id, new CallEnd(CallOutcome.Resolved, Clock.Now.AddMinutes(1)));
        })));

        for (var c = 0; c < calls; c++)
        {
            var record = (await store.GetCallAsync(TenantA, $"parallel-{c}"))!;
            Assert.Equal(Enumerable.Range(0, turns).Select(i => $"parallel-{c}/{i}"), record.Turns.Select(t => t.Text));
        }
        Assert.Equal(calls, (await store.GetAnalyticsAsync(TenantA, Clock.Now, Clock.Now.AddHours(1))).Calls);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData(":no-time")]
    [InlineData("12x:call")]
    public async Task A_cursor_not_made_by_the_store_is_refused(string cursor)
    {
        await using var store = await OpenNewAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => store.ListCallsAsync(TenantA, new CallQuery { Cursor = cursor }));
    }
}
