using MediaCore.Media.Native;

namespace MediaCore.Media.Tests;

// Changes MEDIACORE_NATIVE_DIR for the process: keep out of parallel runs with tests that load bundled libraries.
[CollectionDefinition(nameof(NativeDirectoryCollection), DisableParallelization = true)]
public sealed class NativeDirectoryCollection;

[Collection(nameof(NativeDirectoryCollection))]
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

    [Theory]
    [InlineData(NativeLibraryCatalog.Whisper, "libggml-base.so.0")]
    [InlineData(NativeLibraryCatalog.OnnxRuntime, "libonnxruntime.so.1")]
    public void EmptySetupFolderMakesBundledLibrariesFailWithTheSetupCommand(string logicalName, string firstMissingFile)
    {
        // Simulates a deleted .native/: the bundled libraries are searched only in the setup folder.
        var empty = Directory.CreateTempSubdirectory("mediacore-no-native-");
        var previous = Environment.GetEnvironmentVariable(NativeLibraryResolver.NativeDirEnvironmentVariable);
        Environment.SetEnvironmentVariable(NativeLibraryResolver.NativeDirEnvironmentVariable, empty.FullName);
        try
        {
            var error = Assert.Throws<NativeLibraryNotFoundException>(() => NativeLibraryResolver.Load(logicalName));
            Assert.Equal(firstMissingFile, error.FileName);
            Assert.Contains(empty.FullName, error.Message);
            Assert.Contains("run 'sudo scripts/setup'", error.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable(NativeLibraryResolver.NativeDirEnvironmentVariable, previous);
            empty.Delete();
        }
    }

    [Fact]
    public void SetupFolderIsFoundBesideTheSolution()
    {
        var folder = NativeLibraryResolver.SetupFolder();
        Assert.EndsWith(NativeLibraryResolver.SetupFolderRelative, folder.Replace('\\', '/'));
        Assert.True(File.Exists(Path.Combine(folder, "..", "..", "MediaCore.sln")), folder);
    }
}
