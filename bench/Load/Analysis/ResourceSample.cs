using System.Text.Json.Serialization;

namespace MediaCore.Bench.Load.Analysis;

/// <summary>One procfs sample of the server: CPU % over the last interval (100 = one core) and resident memory.</summary>
public readonly record struct ResourceSample([property: JsonIgnore] long Timestamp, double Seconds, double CpuPercent, double RssMegabytes);
