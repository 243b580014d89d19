using System.Text.Json.Nodes;
using MediaCore.Pipeline.Tenants;
using MediaCore.Server.Browser.Agent;

namespace MediaCore.Server.Tests.StreamsAgent;

public sealed class TenantStateViewsTests
{
    [Fact]
    public void A_reservation_draft_shows_its_stage_and_filled_fields_in_order()
    {
        var state = new JsonObject
        {
            ["stage"] = "collecting", ["party_size"] = 4, ["date"] = "2026-11-19", ["time"] = "20:30", ["name"] = null,
            ["phone"] = null, ["offered_times"] = new JsonArray(), ["reservation_id"] = null,
        };
        var view = TenantStateViews.From(TenantKind.Restaurant, state);
        Assert.Equal("Reservation", view.Title);
        Assert.Equal("collecting", view.Status);
        Assert.Equal([new("Party size", "4"), new("Date", "2026-11-19"), new("Time", "20:30")], view.Fields);
    }

    [Fact]
    public void A_reservation_id_makes_it_confirmed()
    {
        var state = new JsonObject { ["stage"] = "booked", ["name"] = "Asha", ["offered_times"] = new JsonArray("19:00", "19:30"), ["reservation_id"] = "R-17" };
        var view = TenantStateViews.From(TenantKind.Restaurant, state);
        Assert.Equal("confirmed", view.Status);
        Assert.Contains(new KeyValuePair<string, string>("Offered times", "19:00, 19:30"), view.Fields);
        Assert.Contains(new KeyValuePair<string, string>("Reservation id", "R-17"), view.Fields);
    }

    [Fact]
    public void Other_kinds_get_their_own_title_and_booleans_read_as_yes_or_no()
    {
        var view = TenantStateViews.From(TenantKind.Lender, new JsonObject { ["salaried"] = true, ["eligible"] = false });
        Assert.Equal("Eligibility", view.Title);
        Assert.Equal("collecting", view.Status);
        Assert.Equal([new("Salaried", "yes"), new("Eligible", "no")], view.Fields);
        Assert.Equal("Call", TenantStateViews.From(null, []).Title);
    }
}
