using MoeLab.Reports.Model;
using Spectre.Console;
using Spectre.Console.Rendering;
using SpectreTable = Spectre.Console.Table;
using Table = MoeLab.Reports.Model.Table;

namespace MoeLab.Reports.Rendering;

/// <summary>
/// Human-readable rendering for a terminal: title, context, warnings in yellow, tables with right-aligned
/// numbers and units in their headers plus a legend, key-value lists, notes, and for each chart its title and
/// a one-line summary (a terminal cannot draw Vega). When output is redirected it degrades to plain ASCII text.
/// Nothing is ever split inside a word or number: prose wraps between words, and a table too wide for the width
/// is stacked row by row instead of having its columns squeezed (see <see cref="TerminalOptions"/>).
/// </summary>
public static class TerminalReportRenderer
{
    /// <summary>Renders with colours only if <paramref name="output"/> is an interactive stdout (see <see cref="TerminalOptions.Detect"/>).</summary>
    public static void Render(Report report, TextWriter output) => Render(report, output, TerminalOptions.Detect(output));

    public static void Render(Report report, TextWriter output, TerminalOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Ansi)
        {
            Write(report, output, options);
        }
        else
        {
            // Spectre pads grid and panel lines to the full width; a file or pipe is better without the trailing blanks.
            var buffer = new StringWriter();
            Write(report, buffer, options);
            foreach (var line in buffer.ToString().Split('\n')[..^1]) output.WriteLine(line.TrimEnd());
        }
        output.Flush();
    }

    private static void Write(Report report, TextWriter output, TerminalOptions options)
    {
        var w = new Writer(output, options);
        var look = options.Ansi ? Look.Fancy : Look.Plain;

        var rule = options.Ansi ? "──" : "--";
        var title = $"{rule} {report.Title} ";
        if (title.Length < options.Width) w.Line(title + new string(rule[0], options.Width - title.Length), Writer.Bold);
        else w.Wrapped("", title.TrimEnd(), Writer.Bold);
        w.Wrapped("", report.Context.Command, Writer.Bold);
        w.Wrapped("", ContextLine.Environment(report.Context), Writer.Grey);
        var inputs = ContextLine.Inputs(report.Context);
        if (inputs.Length > 0) w.Wrapped("Inputs: ", inputs, Writer.Grey);

        var warnings = report.AllWarnings();
        if (warnings.Count > 0) w.Line("");
        foreach (var warning in warnings)
            w.Wrapped(options.Ansi ? "⚠ Warning: " : "Warning: ", warning.Message, Writer.Yellow);

        foreach (var block in report.Blocks)
        {
            w.Line("");
            switch (block)
            {
                case Table t: WriteTable(w, t, look); break;
                case KeyValues kv:
                    w.Line(kv.Title, Writer.Bold);
                    w.Pairs([.. kv.Items.Select(i => (i.Key, i.Value))], Writer.Bold, null);
                    break;
                case Note n:
                    w.Line(n.Title, Writer.Bold);
                    w.Wrapped("", n.Text, null);
                    break;
                case Chart c:
                    w.Wrapped("", $"{c.Title} (chart — drawn in the HTML report, --html FILE)", Writer.Bold);
                    w.Wrapped("  ", ChartSummary.From(c).Describe(), null);
                    break;
                default:
                    w.Line(block.Title, Writer.Bold);
                    break;
            }
        }
    }

    private sealed record Look(TableBorder Table)
    {
        public static readonly Look Fancy = new(TableBorder.Rounded);
        public static readonly Look Plain = new(TableBorder.Ascii);
    }

    // Spectre's table: one space of padding each side of a cell, one border character between and around cells.
    private static int NaturalWidth(IReadOnlyList<int> columns) => columns.Sum() + 3 * columns.Count + 1;

    private static void WriteTable(Writer w, Table t, Look look)
    {
        w.Line(t.Title, Writer.Bold);
        if (t.Columns.Count == 0) return;
        var headers = t.Columns.Select(ContextLine.Header).ToList();
        var widths = headers.Select((h, i) => t.Rows.Select(r => i < r.Count ? r[i].Text.Length : 0).Prepend(h.Length).Max()).ToList();
        var natural = NaturalWidth(widths);
        if (natural > w.Options.Width && w.Options.FitTables) WriteStacked(w, t, headers);
        else WriteGrid(w, t, headers, look, natural);

        var legend = ContextLine.Legends(t);
        if (legend.Count > 0) w.Pairs([.. legend.Select(l => (l.Header + ":", l.Text))], Writer.Grey, Writer.Grey);
        if (t.Note is not null) w.Wrapped("  ", t.Note, null);
    }

    private static void WriteGrid(Writer w, Table t, List<string> headers, Look look, int natural)
    {
        var table = new SpectreTable { Border = look.Table };
        for (var i = 0; i < t.Columns.Count; i++)
        {
            var header = new TableColumn(new Text(headers[i], new Style(decoration: Decoration.Bold))).NoWrap();
            if (t.Columns[i].Numeric) header.RightAligned();
            table.AddColumn(header);
        }
        foreach (var row in t.Rows)
            table.AddRow(Enumerable.Range(0, t.Columns.Count).Select(i => (IRenderable)new Text(i < row.Count ? row[i].Text : "")));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = w.Options.Ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = w.Options.Ansi ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(w.Output),
        });
        // Wide enough for the table's natural width, so Spectre never narrows a column into wrapping.
        console.Profile.Width = Math.Max(natural, w.Options.Width);
        console.Write(table);
    }

    /// <summary>
    /// A table too wide for the terminal, one row at a time: its leading text columns (what the row is) on one line,
    /// then every other column as "header  value". Each value stays whole on its line.
    /// </summary>
    private static void WriteStacked(Writer w, Table t, List<string> headers)
    {
        var label = Math.Max(1, t.Columns.TakeWhile(c => !c.Numeric).Count());
        foreach (var row in t.Rows)
        {
            string Text(int i) => i < row.Count ? row[i].Text : "";
            w.Wrapped("  ", string.Join(" · ", Enumerable.Range(0, label).Select(Text).Where(x => x.Length > 0)), Writer.Bold);
            w.Pairs([.. Enumerable.Range(label, t.Columns.Count - label).Select(i => (headers[i], Text(i)))], null, null, indent: 4);
        }
    }

    /// <summary>Writes lines to the output, styled with ANSI codes only on a colour terminal, wrapped between words.</summary>
    private sealed class Writer(TextWriter output, TerminalOptions options)
    {
        public const string Bold = "\u001b[1m", Grey = "\u001b[90m", Yellow = "\u001b[33m";
        private const string Reset = "\u001b[0m";

        public TextWriter Output { get; } = output;
        public TerminalOptions Options { get; } = options;

        public void Line(string text, string? style = null) =>
            Output.WriteLine(Options.Ansi && style is not null && text.Length > 0 ? style + text + Reset : text);

        public void Wrapped(string first, string text, string? style)
        {
            foreach (var line in WordWrap.Hanging(first, text, Options.Width)) Line(line, style);
        }

        /// <summary>"key  value" lines with the keys in one column; a value that does not fit beside its key wraps
        /// under itself, or, when the keys are too wide to leave room, starts on the line below.</summary>
        public void Pairs(IReadOnlyList<(string Key, string Value)> items, string? keyStyle, string? valueStyle, int indent = 2)
        {
            if (items.Count == 0) return;
            var pad = new string(' ', indent);
            var keyWidth = items.Max(i => i.Key.Length);
            var room = Options.Width - indent - keyWidth - 2;
            var beside = room >= Math.Min(30, Options.Width / 2);
            foreach (var (key, value) in items)
            {
                if (beside)
                {
                    var lines = WordWrap.Lines(value, room).ToList();
                    for (var i = 0; i < lines.Count; i++)
                    {
                        var head = i == 0 ? Styled(key.PadRight(keyWidth), keyStyle) : new string(' ', keyWidth);
                        Output.WriteLine((pad + head + "  " + Styled(lines[i], valueStyle)).TrimEnd());
                    }
                }
                else
                {
                    Line(pad + key, keyStyle);
                    foreach (var line in WordWrap.Lines(value, Options.Width - indent - 2)) Line(pad + "  " + line, valueStyle);
                }
            }
        }

        private string Styled(string text, string? style) => Options.Ansi && style is not null && text.Length > 0 ? style + text + Reset : text;
    }
}
