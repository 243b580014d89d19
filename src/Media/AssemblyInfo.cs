using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("MediaCore.Media.Tests")]
[assembly: InternalsVisibleTo("MediaCore.Bench")]
