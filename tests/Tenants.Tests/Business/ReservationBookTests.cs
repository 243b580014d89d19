using MediaCore.Pipeline.Business;

namespace MediaCore.Tenants.Tests.Business;

public class ReservationBookTests
{
    private static readonly DateOnly Thursday = new(2026, 3, 5);
    private readonly ReservationBook _book;
    private readonly DateTimeOffset _now;

    public ReservationBookTests()
    {
        var tenant = Conversation.Load("himalayan-kitchen");
        _book = new ReservationBook(tenant, new InMemoryReservationStore());
        _now = tenant.At(new DateOnly(2026, 3, 3), new TimeOnly(12, 0));
    }

    private ReservationResult Create(int party, int hour, int minute, string phone, string call = "c") =>
        _book.Create(new ReservationRequest(party, Thursday, new TimeOnly(hour, minute), "N", phone), call + phone, _now);

    [Fact]
    public void Capacity_counts_overlapping_dining_windows_including_the_buffer()
    {
        for (var i = 0; i < 4; i++) Assert.True(Create(10, 12, 0, $"90000000{i:00}").Booked);
        // 12:00 tables are held until 13:45 (90 min dining + 15 min buffer).
        Assert.Equal(ReservationProblem.Full, Create(2, 13, 30, "9100000000").Check.Problem);
        Assert.True(Create(2, 13, 45, "9100000001").Booked);
        Assert.Equal(ReservationProblem.Full, Create(1, 10 + 1, 0, "9100000002").Check.Problem);
    }

    [Fact]
    public void Same_phone_cannot_double_book_an_overlapping_time()
    {
        Assert.True(Create(2, 13, 0, "9811111111").Booked);
        var again = Create(2, 14, 0, "+91 98111 11111", "other");
        Assert.Equal(ReservationProblem.DoubleBooking, again.Check.Problem);
        Assert.True(Create(2, 18, 0, "9811111111", "later").Booked);
    }

    [Fact]
    public void Create_is_idempotent_within_a_call()
    {
        var first = Create(3, 13, 0, "9822222222");
        var second = Create(3, 13, 0, "9822222222");
        Assert.Equal(first.Reservation!.Id, second.Reservation!.Id);
        Assert.True(second.Repeated);
    }

    [Theory]
    [InlineData(0, 12, 0, ReservationProblem.PartyTooSmall)]
    [InlineData(11, 12, 0, ReservationProblem.PartyTooLarge)]
    [InlineData(2, 10, 30, ReservationProblem.OutsideHours)]
    [InlineData(2, 21, 15, ReservationProblem.OutsideHours)]
    [InlineData(7, 19, 0, ReservationProblem.PeakPartyLimit)]
    [InlineData(7, 21, 0, ReservationProblem.None)]
    public void Rules_are_checked(int party, int hour, int minute, ReservationProblem expected) =>
        Assert.Equal(expected, _book.RuleProblem(new ReservationRequest(party, Thursday, new TimeOnly(hour, minute)), _now));

    [Fact]
    public void Horizon_and_notice_are_enforced()
    {
        Assert.Equal(ReservationProblem.TooFarAhead, _book.RuleProblem(new ReservationRequest(2, new DateOnly(2026, 4, 3), new TimeOnly(13, 0)), _now));
        Assert.Equal(ReservationProblem.None, _book.RuleProblem(new ReservationRequest(2, new DateOnly(2026, 4, 2), new TimeOnly(13, 0)), _now));
        Assert.Equal(ReservationProblem.TooSoon, _book.RuleProblem(new ReservationRequest(2, new DateOnly(2026, 3, 3), new TimeOnly(12, 15)), _now));
        Assert.Equal(ReservationProblem.InThePast, _book.RuleProblem(new ReservationRequest(2, new DateOnly(2026, 3, 3), new TimeOnly(11, 45)), _now));
    }

    [Fact]
    public void Concurrent_calls_cannot_oversell_seats()
    {
        var results = Enumerable.Range(0, 40).AsParallel().Select(i => Create(2, 13, 0, $"97000000{i:00}")).ToArray();
        Assert.Equal(20, results.Count(r => r.Booked));
    }
}
