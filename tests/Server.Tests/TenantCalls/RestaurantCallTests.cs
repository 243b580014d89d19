using MediaCore.Pipeline.Business;
using Xunit.Abstractions;

namespace MediaCore.Server.Tests.TenantCalls;

/// <summary>Himalayan Kitchen over a real SIP call: caller speech is flite audio, the booking lands in the reservation store.</summary>
[Collection(TenantCallCollection.Name)]
public sealed class RestaurantCallTests(TenantCallEngines engines, ITestOutputHelper log)
{
    private const string TenantId = "himalayan-kitchen";

    [Fact]
    public async Task Booking_a_table_by_voice_stores_the_reservation()
    {
        var call = await TenantCall.PlaceAsync(engines, log, TenantId,
            "i want to book a table for four tomorrow at eight thirty", "my name is asha", "yes", "thank you goodbye");

        Assert.True(call.Result.ExitCode == 0, call.Context);
        Assert.Contains(call.Result.BotReplies, r => r.StartsWith("Done! Your table for 4 is booked", StringComparison.Ordinal));
        var booked = Assert.Single(call.Services.Reservations.ForTenant(TenantId));
        var tomorrow = DateOnly.FromDateTime(call.Tenant.LocalTime(call.Now).Date).AddDays(1);
        Assert.Equal(call.Tenant.At(tomorrow, new TimeOnly(20, 30)), booked.Start);
        Assert.Equal(4, booked.PartySize);
        Assert.Equal("asha", booked.Name, ignoreCase: true);
        Assert.True(booked.Active, call.Context);
    }

    [Fact]
    public async Task Correcting_the_party_size_at_the_confirmation_books_the_corrected_size()
    {
        var call = await TenantCall.PlaceAsync(engines, log, TenantId,
            "i want to book a table for four tomorrow at eight thirty", "my name is asha", "make it six people", "yes");

        Assert.True(call.Result.ExitCode == 0, call.Context);
        var replies = call.Result.BotReplies.ToList();
        int first = replies.FindIndex(r => r.StartsWith("Just to confirm: a table for 4 on", StringComparison.Ordinal));
        int corrected = replies.FindIndex(r => r.StartsWith("Just to confirm: a table for 6 on", StringComparison.Ordinal));
        Assert.True(first >= 0 && corrected > first, call.Context);
        var booked = Assert.Single(call.Services.Reservations.ForTenant(TenantId));
        Assert.Equal(6, booked.PartySize);
        Assert.Equal("asha", booked.Name, ignoreCase: true);
        Assert.Equal(new TimeOnly(20, 30), TimeOnly.FromDateTime(call.Tenant.LocalTime(booked.Start).DateTime));
    }

    [Fact]
    public async Task Asking_for_a_monday_table_is_refused_with_the_open_days_and_books_nothing()
    {
        var call = await TenantCall.PlaceAsync(engines, log, TenantId,
            "can i book a table for two on monday at eight pm", "thank you goodbye");

        Assert.True(call.Result.ExitCode == 0, call.Context);
        var refusal = Assert.Single(call.Result.BotReplies, r => r.Contains("closed on Mondays", StringComparison.Ordinal));
        Assert.Contains("Tuesday to Sunday", refusal);
        Assert.Empty(call.Services.Reservations.ForTenant(TenantId));
    }
}
