using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("MediaCore.Sip.Tests")]
