using MediaCore.Media.Native;

namespace MediaCore.Media.Tests;

public sealed class NativeLibraryResolverTests
{
    [Fact]
    public void MissingLibraryThrowsOneSentenceNamingFileAndSetupCommand()
    {
        var error = Assert.Throws<NativeLibraryNotFoundException>(() => NativeLibraryResolver.Load("libdoes-not-exist.so.9"));
        Assert.Contains("libdoes-not-exist.so.9", error.Message);
        Assert.Contains("scripts/setup", error.Message);
        Assert.Single(error.Message.Split(". ", StringSplitOptions.RemoveEmptyEntries));
    }
}
