using System.Globalization;
using System.Text.Json.Nodes;
using MediaCore.Pipeline.Business;
using MediaCore.Pipeline.Tenants;

namespace MediaCore.Pipeline.Tools;

/// <summary>Appointment slots, booking and cancelling for trades and clinics.</summary>
public static class SchedulingTools
{
    public static ITool FindSlots { get; } = new DelegateTool("find_slots",
        "Free appointment start times for a service, earliest first.",
        """{"type":"object","properties":{"service":{"type":"string","description":"service id or the caller's description of the job"},"date":{"type":"string","format":"date","description":"earliest date wanted"},"count":{"type":"integer","minimum":1,"maximum":10}}}""",
        (args, ctx) =>
        {
            var book = Book(ctx);
            var service = Service(ctx, book, args.String("service"));
            var slots = book.FindSlots(service, ctx.Now, args.Int("count") ?? 3, args.Date("date"));
            return ToolResults.Ok(new JsonObject
            {
                ["service"] = service.Id, ["duration_minutes"] = (int)service.Duration.TotalMinutes,
                ["slots"] = new JsonArray(slots.Select(s => (JsonNode)JsonValue.Create(Local(ctx, s))!).ToArray()),
            });
        });

    public static ITool CreateAppointment { get; } = new DelegateTool("create_appointment",
        "Book an appointment at a start time returned by find_slots.",
        """{"type":"object","properties":{"service":{"type":"string"},"start":{"type":"string","description":"local yyyy-MM-ddTHH:mm"},"name":{"type":"string"},"phone":{"type":"string"},"address":{"type":"string"},"problem":{"type":"string"},"emergency":{"type":"boolean"}},"required":["start","name"]}""",
        (args, ctx) =>
        {
            var book = Book(ctx);
            var service = Service(ctx, book, args.String("service") ?? args.String("problem"));
            var local = args.LocalDateTime("start") ?? throw new ToolArgumentException("start is required");
            var start = ctx.Tenant.At(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
            var a = book.Book(service, start, args.RequiredString("name"), args.String("phone") ?? ctx.CallerNumber, args.String("address"),
                args.String("problem"), args.Bool("emergency") ?? ctx.Emergency, ctx.CallId, ctx.Now);
            if (a is null)
                return ToolResults.Error("slot_unavailable", "That time is not free; offer other slots.", new JsonObject
                {
                    ["alternatives"] = new JsonArray(book.FindSlots(service, ctx.Now, 3, DateOnly.FromDateTime(local)).Select(s => (JsonNode)JsonValue.Create(Local(ctx, s))!).ToArray()),
                });
            return ToolResults.Ok(new JsonObject
            {
                ["appointment_id"] = a.Id, ["service"] = a.ServiceId, ["start"] = Local(ctx, a.Start), ["end"] = Local(ctx, a.End),
                ["duration_minutes"] = (int)(a.End - a.Start).TotalMinutes, ["emergency"] = a.Emergency,
            });
        });

    public static ITool CancelAppointment { get; } = new DelegateTool("cancel_appointment",
        "Cancel an appointment by id, or the caller's next appointment if no id is given.",
        """{"type":"object","properties":{"appointment_id":{"type":"string"}}}""",
        (args, ctx) =>
        {
            var book = Book(ctx);
            var id = args.String("appointment_id") ?? (ctx.CallerNumber is { } phone ? book.UpcomingFor(phone, ctx.Now).FirstOrDefault()?.Id : null);
            if (id is null) return ToolResults.Error("not_found", "No upcoming appointment for this caller.");
            return book.Cancel(id) ? ToolResults.Ok(new JsonObject { ["appointment_id"] = id }) : ToolResults.Error("not_found", $"No appointment {id}.");
        });

    public static IReadOnlyList<ITool> All { get; } = [FindSlots, CreateAppointment, CancelAppointment];

    internal static string Local(ToolContext ctx, DateTimeOffset t) => ctx.Tenant.LocalTime(t).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    private static AppointmentBook Book(ToolContext ctx) =>
        ctx.Appointments ?? throw new ToolArgumentException($"{ctx.Tenant.Name} does not take appointments");

    private static ServiceOffering Service(ToolContext ctx, AppointmentBook book, string? text) =>
        text is null ? book.DefaultService : ctx.Tenant.FindService(text) ?? book.ServiceFor(text);
}
