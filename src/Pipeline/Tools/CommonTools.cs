using System.Globalization;
using System.Text.Json.Nodes;
using MediaCore.Pipeline.Business;

namespace MediaCore.Pipeline.Tools;

/// <summary>Tools every tenant has: hours, location, handoff, callback, emergency flag.</summary>
public static class CommonTools
{
    public static ITool GetHours { get; } = new DelegateTool("get_hours",
        "Opening hours per weekday, special closures, and whether a given date is open.",
        """{"type":"object","properties":{"date":{"type":"string","format":"date","description":"optional local date yyyy-MM-dd"}}}""",
        (args, ctx) =>
        {
            var hours = ctx.Tenant.Hours;
            var week = new JsonObject();
            foreach (var day in Enum.GetValues<DayOfWeek>().OrderBy(d => ((int)d + 6) % 7))
                week[day.ToString().ToLowerInvariant()] = hours.On(day) is { Count: > 0 } ranges
                    ? string.Join(", ", ranges.Select(r => $"{r.Open:HH\\:mm}-{r.Close:HH\\:mm}")) : "closed";
            var result = new JsonObject { ["hours"] = week, ["timezone"] = ctx.Tenant.TimeZone.Id };
            if (args.Date("date") is { } date)
            {
                result["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                result["open"] = hours.On(date).Count > 0;
                result["closure_reason"] = hours.ClosureOn(date)?.Reason;
            }
            return ToolResults.Ok(result);
        });

    public static ITool GetLocation { get; } = new DelegateTool("get_location",
        "The business address and phone number.",
        """{"type":"object","properties":{}}""",
        (_, ctx) => ToolResults.Ok(new JsonObject { ["name"] = ctx.Tenant.Name, ["address"] = ctx.Tenant.Address, ["phone"] = ctx.Tenant.Phone }));

    public static ITool Handoff { get; } = new DelegateTool("handoff",
        "Transfer the call to a person (manager, reception) when the request is outside what you can handle.",
        """{"type":"object","properties":{"reason":{"type":"string"}},"required":["reason"]}""",
        (args, ctx) =>
        {
            var target = ctx.Tenant.Handoff.TransferTo;
            if (target is null) return ToolResults.Error("no_transfer_target", "No one to transfer to; offer a callback.");
            ctx.Handoff = new HandoffRequest(args.RequiredString("reason"), target, Callback: false);
            return ToolResults.Ok(new JsonObject { ["transfer_to"] = target });
        });

    public static ITool RequestCallback { get; } = new DelegateTool("request_callback",
        "Ask a person to call the caller back.",
        """{"type":"object","properties":{"name":{"type":"string"},"phone":{"type":"string","description":"defaults to the caller ID"},"reason":{"type":"string"}},"required":["reason"]}""",
        (args, ctx) =>
        {
            var phone = args.String("phone") ?? ctx.CallerNumber;
            if (phone is null) return ToolResults.Error("no_phone", "Ask for a callback number.");
            ctx.Services.Callbacks.Add(new CallbackRequest(ctx.Tenant.Id, args.String("name"), phone, args.RequiredString("reason"), ctx.Now, ctx.CallId));
            ctx.Handoff = new HandoffRequest(args.RequiredString("reason"), null, Callback: true);
            return ToolResults.Ok(new JsonObject { ["phone"] = phone });
        });

    public static ITool FlagEmergency { get; } = new DelegateTool("flag_emergency",
        "Mark this call as an emergency and notify the owner at once.",
        """{"type":"object","properties":{"keyword":{"type":"string"},"details":{"type":"string"},"name":{"type":"string"},"address":{"type":"string"},"appointment_id":{"type":"string"}},"required":["details"]}""",
        (args, ctx) =>
        {
            ctx.Emergency = true;
            ctx.Services.Notifier.NotifyEmergency(new EmergencyNotice(ctx.Tenant.Id, args.String("keyword") ?? "emergency", args.RequiredString("details"),
                args.String("name"), ctx.CallerNumber, args.String("address"), ctx.Now, args.String("appointment_id")));
            return ToolResults.Ok(new JsonObject { ["notified"] = true, ["advise_number"] = ctx.Tenant.Emergency.Number });
        });

    public static IReadOnlyList<ITool> All { get; } = [GetHours, GetLocation, Handoff, RequestCallback, FlagEmergency];
}
