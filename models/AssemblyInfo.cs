using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("MediaCore.Inference.Tests")]
[assembly: InternalsVisibleTo("MediaCore.Models.Tests")]
