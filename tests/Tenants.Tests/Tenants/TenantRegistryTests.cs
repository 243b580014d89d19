using MediaCore.Pipeline.Dialogs;
using MediaCore.Pipeline.Tenants;
using MediaCore.Pipeline.Tools;

namespace MediaCore.Tenants.Tests.Tenants;

public sealed class TenantRegistryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tenants-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Edited_file_is_picked_up_for_new_conversations_only()
    {
        var file = Path.Combine(_dir, "hk.yaml");
        File.Copy(TestPaths.Sample("himalayan-kitchen"), file);
        File.Copy(TestPaths.Sample("quickrupee"), Path.Combine(_dir, "qr.yaml"));
        using var registry = new TenantRegistry(_dir);
        var before = registry.Current.FindByDid("01140001234")!;
        Assert.Equal("himalayan-kitchen", before.Id);
        var now = before.At(new DateOnly(2026, 3, 3), new TimeOnly(19, 5));
        var services = new BusinessServices();
        var ongoing = TenantDialogs.Create(before, services, "c1", "+919811111111");

        var reloaded = new TaskCompletionSource<TenantSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        registry.Reloaded += s => { if (s.FindById("himalayan-kitchen")?.Menu.Any(m => m.Price == 260m) == true) reloaded.TrySetResult(s); };
        File.WriteAllText(file, File.ReadAllText(file).Replace("{name: Chicken Fried Momos, price: 240", "{name: Chicken Fried Momos, price: 260", StringComparison.Ordinal));
        var snapshot = await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Same(snapshot, registry.Current);
        var fresh = TenantDialogs.Create(registry.Current.FindById("himalayan-kitchen")!, services, "c2", null);
        Assert.Equal("Chicken Fried Momos are ₹260.", fresh.Respond("how much is the chicken fried momos", now).Text);
        Assert.Equal("Chicken Fried Momos are ₹240.", ongoing.Respond("how much is the chicken fried momos", now).Text);
        Assert.NotNull(registry.Current.FindById("quickrupee"));
    }

    [Fact]
    public void Invalid_edit_keeps_the_last_good_version_and_reports_the_error()
    {
        var file = Path.Combine(_dir, "hk.yaml");
        File.Copy(TestPaths.Sample("himalayan-kitchen"), file);
        using var registry = new TenantRegistry(_dir, watch: false);
        File.WriteAllText(file, File.ReadAllText(file).Replace("seats: 40", "seats: -1", StringComparison.Ordinal));
        var snapshot = registry.Reload();
        Assert.Equal(40, snapshot.FindById("himalayan-kitchen")!.Reservations!.Seats);
        Assert.Contains(snapshot.Errors, e => e.EndsWith("hk.yaml: reservations.seats: must be a whole number from 1 to 10000", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_did_across_files_is_an_error()
    {
        File.Copy(TestPaths.Sample("himalayan-kitchen"), Path.Combine(_dir, "a.yaml"));
        File.WriteAllText(Path.Combine(_dir, "b.yaml"), File.ReadAllText(TestPaths.Sample("quickrupee")).Replace("\"+911244001000\"", "\"+911140001234\"", StringComparison.Ordinal));
        using var registry = new TenantRegistry(_dir, watch: false);
        Assert.Contains(registry.Current.Errors, e => e.Contains("dids[0]: '+911140001234' already routes to tenant 'himalayan-kitchen'", StringComparison.Ordinal));
    }
}
