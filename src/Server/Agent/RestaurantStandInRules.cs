using MediaCore.Pipeline.Brains;

namespace MediaCore.Server.Agent;

/// <summary>The brain when no tenant is configured: a few restaurant rules, so a bare `serve` still converses.</summary>
public static class RestaurantStandInRules
{
    public const string Greeting = "Hello, thank you for calling. I can tell you our hours or book a table.";
    public const string Consent = "This call may be recorded.";

    public static RuleBrain Create() => new(
    [
        new BrainRule("hours|open", "We are open from eleven in the morning to ten thirty at night, Tuesday to Sunday."),
        new BrainRule("how much", "Most of our dishes cost between one hundred and fifty and three hundred rupees."),
        new BrainRule("book|table|reserv", "Sure. What name should I put the table under?"),
        new BrainRule("my name is (\\w+)", "Thank you {1}. Shall I confirm the booking?"),
        new BrainRule("^(yes|yeah|sure)", "Your table is booked. Anything else?"),
        new BrainRule("bye|thank", "Thank you for calling. Goodbye!"),
    ]);
}
