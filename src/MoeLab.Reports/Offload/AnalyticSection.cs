using System.Text.Json.Nodes;
using MoeLab.Reports.Model;

namespace MoeLab.Reports.Offload;

/// <summary>
/// A piece of a report built by <see cref="AnalyticTables"/>: blocks to append to a report body, warnings to
/// append to its warnings, and the raw numbers to put under a key of its <c>Data</c>.
/// </summary>
public sealed record AnalyticSection(IReadOnlyList<ReportBlock> Blocks, IReadOnlyList<ReportWarning> Warnings, JsonObject Data);
