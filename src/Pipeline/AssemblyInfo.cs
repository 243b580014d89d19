using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("MediaCore.Pipeline.Tests")]
[assembly: InternalsVisibleTo("MediaCore.Records.Tests")]
