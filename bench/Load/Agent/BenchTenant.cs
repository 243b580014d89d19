using YamlDotNet.RepresentationModel;

namespace MediaCore.Bench.Load.Agent;

/// <summary>
/// The tenant the agent scenario calls: the sample Himalayan Kitchen with a short English greeting and consent notice,
/// so each call reaches its first turn in about three seconds instead of ten (the figures measured are the turns').
/// </summary>
public static class BenchTenant
{
    public const string Id = "himalayan-kitchen";
    public const string Greeting = "Hello, Himalayan Kitchen.";
    public const string Consent = "This call may be recorded.";

    /// <summary>Writes the tenant file into <paramref name="folder"/> (created) and returns the folder.</summary>
    public static string Write(string repositoryRoot, string folder)
    {
        string sample = Path.Combine(repositoryRoot, "samples", "tenants", Id + ".yaml");
        var stream = new YamlStream();
        using (var reader = new StreamReader(sample))
            stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var english = (YamlMappingNode)((YamlMappingNode)root.Children[new YamlScalarNode("greetings")]).Children[new YamlScalarNode("en")];
        english.Children[new YamlScalarNode("text")] = new YamlScalarNode(Greeting);
        english.Children[new YamlScalarNode("consent")] = new YamlScalarNode(Consent);
        Directory.CreateDirectory(folder);
        using (var writer = new StreamWriter(Path.Combine(folder, Id + ".yaml")))
            stream.Save(writer, assignAnchors: false);
        return folder;
    }
}
