using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("MediaCore.Pipeline.Tests")]
