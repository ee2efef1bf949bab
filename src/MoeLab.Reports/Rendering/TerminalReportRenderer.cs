using MoeLab.Reports.Model;
using Spectre.Console;
using Spectre.Console.Rendering;
using SpectreTable = Spectre.Console.Table;
using Table = MoeLab.Reports.Model.Table;

namespace MoeLab.Reports.Rendering;

/// <summary>
/// Human-readable rendering for a terminal: title, context, warnings in yellow, tables with right-aligned
/// numbers and units in their headers plus a legend, key-value panels, notes, and for each chart its title and
/// a one-line summary (a terminal cannot draw Vega). When output is redirected it degrades to plain ASCII text.
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
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = options.Ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = options.Ansi ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = options.Width;
        // Box drawing only for a live terminal; files and pipes get ASCII that survives any encoding.
        var look = options.Ansi ? Look.Fancy : Look.Plain;

        console.Write(new Rule($"[bold]{Markup.Escape(report.Title)}[/]") { Border = look.Box }.LeftJustified());
        console.Write(new Markup($"[bold]{Markup.Escape(report.Context.Command)}[/]\n"));
        console.Write(new Markup($"[grey]{Markup.Escape(ContextLine.Environment(report.Context))}[/]\n"));
        var inputs = ContextLine.Inputs(report.Context);
        if (inputs.Length > 0) console.Write(new Markup($"[grey]Inputs: {Markup.Escape(inputs)}[/]\n"));

        var warnings = report.AllWarnings();
        if (warnings.Count > 0) console.WriteLine();
        foreach (var w in warnings)
            console.Write(new Markup($"[yellow]{(options.Ansi ? "⚠ " : "")}Warning: {Markup.Escape(w.Message)}[/]\n"));

        foreach (var block in report.Blocks)
        {
            console.WriteLine();
            switch (block)
            {
                case Table t: WriteTable(console, t, look); break;
                case KeyValues kv: WriteKeyValues(console, kv, look); break;
                case Note n:
                    console.Write(new Markup($"[bold]{Markup.Escape(n.Title)}[/]\n"));
                    console.Write(new Text(n.Text + "\n"));
                    break;
                case Chart c:
                    console.Write(new Markup($"[bold]{Markup.Escape(c.Title)}[/] [grey](chart — drawn in the HTML report, --html FILE)[/]\n"));
                    console.Write(new Padder(new Text(ChartSummary.From(c).Describe()), new Padding(2, 0, 0, 0)));
                    break;
                default:
                    console.Write(new Markup($"[bold]{Markup.Escape(block.Title)}[/]\n"));
                    break;
            }
        }
    }

    private sealed record Look(TableBorder Table, BoxBorder Box)
    {
        public static readonly Look Fancy = new(TableBorder.Rounded, BoxBorder.Rounded);
        public static readonly Look Plain = new(TableBorder.Ascii, BoxBorder.Ascii);
    }

    private static void WriteTable(IAnsiConsole console, Table t, Look look)
    {
        console.Write(new Markup($"[bold]{Markup.Escape(t.Title)}[/]\n"));
        if (t.Columns.Count == 0) return;
        var table = new SpectreTable { Border = look.Table };
        foreach (var column in t.Columns)
        {
            var header = new TableColumn(new Text(ContextLine.Header(column), new Style(decoration: Decoration.Bold)));
            if (column.Numeric) header.RightAligned();
            table.AddColumn(header);
        }
        foreach (var row in t.Rows)
            table.AddRow(Enumerable.Range(0, t.Columns.Count).Select(i => (IRenderable)new Text(i < row.Count ? row[i].Text : "")));
        console.Write(table);

        var legend = t.Columns.Select(c => (c.Header, Text: ContextLine.Legend(c))).Where(x => x.Text is not null).ToList();
        if (legend.Count > 0)
        {
            var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadLeft(2).PadRight(1)).AddColumn();
            foreach (var (header, text) in legend)
                grid.AddRow(new Text(header + ":", new Style(Color.Grey)), new Text(text!, new Style(Color.Grey)));
            console.Write(grid);
        }
        if (t.Note is not null) console.Write(new Padder(new Text(t.Note), new Padding(2, 0, 0, 0)));
    }

    private static void WriteKeyValues(IAnsiConsole console, KeyValues kv, Look look)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        foreach (var item in kv.Items)
            grid.AddRow(new Text(item.Key, new Style(decoration: Decoration.Bold)), new Text(item.Value));
        console.Write(new Panel(grid) { Header = new PanelHeader(Markup.Escape(kv.Title)), Border = look.Box });
    }
}
