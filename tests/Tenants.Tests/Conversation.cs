using MediaCore.Pipeline.Dialogs;
using MediaCore.Pipeline.Tenants;
using MediaCore.Pipeline.Tools;

namespace MediaCore.Tenants.Tests;

/// <summary>A text call with a sample tenant at a pinned local time.</summary>
internal sealed class Conversation
{
    private static readonly Dictionary<string, TenantConfig> Cache = [];

    public Conversation(string tenantId, string localNow, BusinessServices? services = null, string caller = "+919811111111")
    {
        Tenant = Load(tenantId);
        Services = services ?? new BusinessServices();
        var local = DateTime.Parse(localNow, System.Globalization.CultureInfo.InvariantCulture);
        Now = Tenant.At(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
        Dialog = TenantDialogs.Create(Tenant, Services, "call-" + Guid.NewGuid().ToString("N")[..8], caller);
        Greeting = Dialog.Greet(Now);
    }

    public TenantConfig Tenant { get; }
    public BusinessServices Services { get; }
    public DateTimeOffset Now { get; set; }
    public ITenantDialog Dialog { get; }
    public DialogReply Greeting { get; }

    public DialogReply Say(string text) => Dialog.Respond(text, Now);

    public static TenantConfig Load(string id)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(id, out var t)) Cache[id] = t = TenantLoader.LoadFile(TestPaths.Sample(id));
            return t;
        }
    }
}
