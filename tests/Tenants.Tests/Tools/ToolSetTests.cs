using System.Text.Json.Nodes;
using MediaCore.Pipeline.Tools;

namespace MediaCore.Tenants.Tests.Tools;

public class ToolSetTests
{
    private static ToolSet For(string tenantId, BusinessServices? services = null)
    {
        var tenant = Conversation.Load(tenantId);
        var now = tenant.At(new DateOnly(2026, 3, 3), new TimeOnly(12, 0));
        return new ToolSet(new ToolContext(tenant, services ?? new BusinessServices(), "call-1", "+919811111111", () => now));
    }

    [Fact]
    public void Restaurant_tools_are_described_for_openai_function_calling()
    {
        var tools = For("himalayan-kitchen").ToOpenAiTools();
        var names = tools.Select(t => t!["function"]!["name"]!.GetValue<string>()).ToArray();
        Assert.Equal(["get_menu_item_price", "check_availability", "create_reservation", "cancel_reservation", "get_hours", "get_location", "handoff", "request_callback", "flag_emergency"], names);
        var create = tools.Single(t => t!["function"]!["name"]!.GetValue<string>() == "create_reservation")!["function"]!["parameters"]!;
        Assert.Equal("object", create["type"]!.GetValue<string>());
        Assert.Equal(["party_size", "date", "time"], create["required"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void Create_reservation_from_json_arguments_is_idempotent()
    {
        var tools = For("himalayan-kitchen");
        const string args = """{"party_size":"4","date":"2026-03-05","time":"20:00","name":"Sharma"}""";
        var first = tools.Invoke("create_reservation", args);
        var second = tools.Invoke("create_reservation", args);
        Assert.True(first.Ok);
        Assert.Equal(first.Result["reservation_id"]!.GetValue<string>(), second.Result["reservation_id"]!.GetValue<string>());
        Assert.True(second.Result["repeated"]!.GetValue<bool>());
        Assert.Equal(2, tools.Calls.Count);
    }

    [Fact]
    public void Bad_arguments_return_an_error_result_not_an_exception()
    {
        var tools = For("himalayan-kitchen");
        var call = tools.Invoke("check_availability", new JsonObject { ["party_size"] = 2, ["date"] = "5 March", ["time"] = "20:00" });
        Assert.False(call.Ok);
        Assert.Equal("invalid_arguments", call.Result["error"]!.GetValue<string>());
        Assert.Equal("date must be a date yyyy-MM-dd", call.Result["message"]!.GetValue<string>());
        Assert.Equal("unknown_tool", tools.Invoke("launch_rocket", "{}").Result["error"]!.GetValue<string>());
        Assert.Equal("invalid_arguments", tools.Invoke("get_hours", "not json").Result["error"]!.GetValue<string>());
    }

    [Fact]
    public void Hours_report_closures()
    {
        var call = For("himalayan-kitchen").Invoke("get_hours", new JsonObject { ["date"] = "2026-03-04" });
        Assert.False(call.Result["open"]!.GetValue<bool>());
        Assert.Equal("Holi", call.Result["closure_reason"]!.GetValue<string>());
        Assert.Equal("closed", call.Result["hours"]!["monday"]!.GetValue<string>());
    }

    [Fact]
    public void Eligibility_tool_decides_from_amount_and_city()
    {
        var tools = For("quickrupee");
        Assert.True(tools.Invoke("check_eligibility", """{"salaried":true,"monthly_salary":30000,"city":"Bengaluru"}""").Result["eligible"]!.GetValue<bool>());
        Assert.Equal("salary_below_minimum", tools.Invoke("check_eligibility", """{"salaried":true,"monthly_salary":24999,"city":"Delhi"}""").Result["reason"]!.GetValue<string>());
    }

    [Fact]
    public void Scheduling_tools_find_and_book_with_the_service_duration()
    {
        var tools = For("bristol-plumbing");
        var slots = tools.Invoke("find_slots", """{"service":"tankless water heater"}""");
        Assert.Equal(240, slots.Result["duration_minutes"]!.GetValue<int>());
        var start = slots.Result["slots"]![0]!.GetValue<string>();
        var booked = tools.Invoke("create_appointment", new JsonObject { ["service"] = "tankless-install", ["start"] = start, ["name"] = "Sam" });
        Assert.True(booked.Ok);
        Assert.Equal(240, booked.Result["duration_minutes"]!.GetValue<int>());
        var clash = tools.Invoke("create_appointment", new JsonObject { ["service"] = "repair", ["start"] = start, ["name"] = "Kim" });
        Assert.Equal("slot_unavailable", clash.Result["error"]!.GetValue<string>());
        Assert.True(tools.Invoke("cancel_appointment", new JsonObject { ["appointment_id"] = booked.Result["appointment_id"]!.GetValue<string>() }).Ok);
    }
}
