using System.Globalization;
using System.Text.Json.Nodes;
using MediaCore.Pipeline.Business;

namespace MediaCore.Pipeline.Tools;

/// <summary>Menu prices and table reservations.</summary>
public static class RestaurantTools
{
    private const string BookingParameters = """
        {"type":"object","properties":{
          "party_size":{"type":"integer","minimum":1,"description":"number of guests"},
          "date":{"type":"string","format":"date","description":"local date yyyy-MM-dd"},
          "time":{"type":"string","description":"local start time HH:mm, 24-hour"},
          "name":{"type":"string","description":"name the table is booked under"},
          "phone":{"type":"string","description":"contact number; defaults to the caller ID"}},
         "required":["party_size","date","time"]}
        """;

    public static ITool GetMenuItemPrice { get; } = new DelegateTool("get_menu_item_price",
        "Exact price in rupees of a dish or drink on the menu. Never guess prices; use this.",
        """{"type":"object","properties":{"item":{"type":"string","description":"dish name as the caller said it"}},"required":["item"]}""",
        (args, ctx) =>
        {
            var match = MenuLookup.Find(ctx.Tenant.Menu, args.RequiredString("item"));
            var items = new JsonArray(match.Items.Select(i => (JsonNode)new JsonObject
            {
                ["item"] = i.Name, ["price"] = i.Price, ["price_text"] = Rupees.Format(i.Price),
            }).ToArray());
            if (match.Exact) return ToolResults.Ok(new JsonObject { ["item"] = match.Items[0].Name, ["price"] = match.Items[0].Price, ["price_text"] = Rupees.Format(match.Items[0].Price), ["currency"] = "INR" });
            return match.Items.Count == 0
                ? ToolResults.Error("not_on_menu", "No such item on the menu.")
                : ToolResults.Error("ambiguous", "Several items match; ask which one.", new JsonObject { ["matches"] = items });
        });

    public static ITool CheckAvailability { get; } = new DelegateTool("check_availability",
        "Check whether a table can be booked (hours, notice, party size, peak limits, free seats). Returns nearby free times if not.",
        """{"type":"object","properties":{"party_size":{"type":"integer","minimum":1},"date":{"type":"string","format":"date"},"time":{"type":"string"}},"required":["party_size","date","time"]}""",
        (args, ctx) =>
        {
            var book = Book(ctx);
            var request = new ReservationRequest(args.RequiredInt("party_size"), args.RequiredDate("date"), args.RequiredTime("time"), null, ctx.CallerNumber);
            var check = book.Check(request, ctx.Now);
            return ToolResults.Ok(new JsonObject
            {
                ["available"] = check.Bookable,
                ["problem"] = Snake(check.Problem),
                ["alternatives"] = Times(check.Alternatives, ctx),
            });
        });

    public static ITool CreateReservation { get; } = new DelegateTool("create_reservation",
        "Book a table after the caller confirmed party size, date, time and name. Safe to repeat: the same booking in one call is made once.",
        BookingParameters,
        (args, ctx) =>
        {
            var request = new ReservationRequest(args.RequiredInt("party_size"), args.RequiredDate("date"), args.RequiredTime("time"),
                args.RequiredString("name"), args.String("phone") ?? ctx.CallerNumber);
            var result = Book(ctx).Create(request, ctx.CallId, ctx.Now);
            if (result.Reservation is { } r)
                return ToolResults.Ok(new JsonObject
                {
                    ["reservation_id"] = r.Id, ["party_size"] = r.PartySize, ["date"] = Date(r.Start, ctx), ["time"] = Time(r.Start, ctx),
                    ["name"] = r.Name, ["repeated"] = result.Repeated,
                });
            return ToolResults.Error(Snake(result.Check.Problem), "The table cannot be booked as asked.", new JsonObject
            {
                ["alternatives"] = Times(result.Check.Alternatives, ctx),
                ["existing_reservation_id"] = result.Check.Existing?.Id,
            });
        });

    public static ITool CancelReservation { get; } = new DelegateTool("cancel_reservation",
        "Cancel a reservation by its id, or the caller's next reservation if no id is given.",
        """{"type":"object","properties":{"reservation_id":{"type":"string"}}}""",
        (args, ctx) =>
        {
            var book = Book(ctx);
            var id = args.String("reservation_id") ?? (ctx.CallerNumber is { } phone ? book.UpcomingFor(phone, ctx.Now).FirstOrDefault()?.Id : null);
            if (id is null) return ToolResults.Error("not_found", "No upcoming reservation for this caller.");
            return book.Cancel(id) ? ToolResults.Ok(new JsonObject { ["reservation_id"] = id }) : ToolResults.Error("not_found", $"No active reservation {id}.");
        });

    public static IReadOnlyList<ITool> All { get; } = [GetMenuItemPrice, CheckAvailability, CreateReservation, CancelReservation];

    private static ReservationBook Book(ToolContext ctx) =>
        ctx.Reservations ?? throw new ToolArgumentException($"{ctx.Tenant.Name} does not take reservations");

    internal static string Snake(ReservationProblem problem) => problem switch
    {
        ReservationProblem.None => "none",
        _ => string.Concat(problem.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())),
    };

    private static JsonArray Times(IReadOnlyList<DateTimeOffset> times, ToolContext ctx) =>
        new(times.Select(t => (JsonNode)JsonValue.Create(Time(t, ctx))!).ToArray());

    private static string Date(DateTimeOffset t, ToolContext ctx) => ctx.Tenant.LocalTime(t).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset t, ToolContext ctx) => ctx.Tenant.LocalTime(t).ToString("HH:mm", CultureInfo.InvariantCulture);
}
