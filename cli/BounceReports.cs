using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SmtpCodes.Bounces;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace SmtpCodes.Cli;

/// <summary>Where <c>bounce</c> puts its results as they come.</summary>
internal interface IBounceReport
{
    /// <summary>Adds the results of one email (none when it was not a bounce).</summary>
    void Add(string file, IReadOnlyList<BounceResult> results);

    /// <summary>Runs work that reports how far it got; shown as a progress bar on a terminal.</summary>
    void Progress(string title, double? total, Action<Action<double>> work);

    /// <summary>Writes what is left (the table, the totals) and flushes.</summary>
    void Finish();
}

/// <summary><c>--json</c>: one compact JSON object per recipient and line (JSON Lines), every field of <see cref="BounceResult"/>.</summary>
internal sealed class JsonLinesReport(TextWriter output) : IBounceReport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);

    public void Add(string file, IReadOnlyList<BounceResult> results)
    {
        foreach (BounceResult result in results)
        {
            using (var json = new Utf8JsonWriter(_buffer, Options))
            {
                BounceJson.Write(json, file, result);
            }

            _buffer.Write("\n"u8);
        }

        if (_buffer.WrittenCount > 60 * 1024)
        {
            Flush();
        }
    }

    public void Progress(string title, double? total, Action<Action<double>> work) => work(_ => { });

    public void Finish() => Flush();

    private void Flush()
    {
        output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        output.Flush();
        _buffer.Clear();
    }
}

/// <summary>
/// The JSON object of one result: names in camelCase, absent values as <see langword="null"/>. Text that comes from the
/// email (and the file's path) is escaped as the text output is (<see cref="TerminalText"/>), so printing the JSON to a
/// terminal is safe too.
/// </summary>
internal static class BounceJson
{
    public static void Write(Utf8JsonWriter json, string file, BounceResult r)
    {
        json.WriteStartObject();
        json.WriteString("file", TerminalText.Escape(r.File ?? file));
        if (r.MessageNumber is { } number)
        {
            json.WriteNumber("messageNumber", number);
        }
        else
        {
            json.WriteNull("messageNumber");
        }

        json.WriteString("recipient", TerminalText.Escape(r.Recipient));
        json.WriteString("action", Lower(r.Action.ToString()));
        WriteOrNull(json, "status", r.Status?.ToString());
        json.WriteNumber("code", r.ReplyCode);
        WriteOrNull(json, "replyText", r.Reply?.Text);
        WriteOrNull(json, "command", r.Command.ToVerb());
        json.WriteString("reason", Lower(r.Reason.ToString()));
        if (r.IsHardBounce is { } hard)
        {
            json.WriteBoolean("hardBounce", hard);
        }
        else
        {
            json.WriteNull("hardBounce");
        }

        json.WriteString("diagnostic", TerminalText.EscapeLines(r.Diagnostic));
        WriteOrNull(json, "diagnosticType", r.DiagnosticType);
        WriteOrNull(json, "remoteMta", r.RemoteMta);
        WriteOrNull(json, "reportingMta", r.ReportingMta);
        WriteOrNull(json, "arrivalDate", r.ArrivalDate?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        WriteOrNull(json, "originalMessageId", r.OriginalMessageId);
        WriteOrNull(json, "originalFrom", r.OriginalFrom);
        WriteOrNull(json, "originalTo", r.OriginalTo);
        WriteOrNull(json, "originalSubject", r.OriginalSubject);
        WriteOrNull(json, "feedbackType", r.FeedbackType);
        json.WriteString("decodedBy", r.DecodedBy);
        json.WriteString("matchedBy", r.MatchedBy);
        json.WriteEndObject();
    }

    private static void WriteOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, TerminalText.EscapeLines(value));
        }
    }

    private static string Lower(string name) => name.ToLowerInvariant();
}

/// <summary>
/// The terminal view: a table with a row per recipient, then a count per reason as a bar chart, drawn with
/// Spectre.Console; a progress bar while a folder or mailbox is read. Redirected, the same as plain text. The labels are
/// in the culture given (<see cref="CliText"/>); the values (reasons, codes, the email's text) are not translated.
/// </summary>
internal sealed class TableReport : IBounceReport
{
    private const int ShortTextLength = 60;

    private readonly IAnsiConsole _console;
    private readonly bool _interactive;
    private readonly CultureInfo _culture;
    private readonly Table _table;
    private readonly Dictionary<BounceReason, int> _reasons = [];
    private int _emails;
    private int _bounces;
    private int _recipients;

    public TableReport(TextWriter output, CultureInfo culture)
    {
        _culture = culture;
        // Only the real console, not redirected, gets colours and a live progress bar; anything else is plain text.
        _interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = _interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = _interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = _interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!_interactive)
        {
            _console.Profile.Width = 160;
        }

        _table = new Table().Border(TableBorder.Simple);
        foreach (CliText column in new[] { CliText.FileColumn, CliText.RecipientColumn, CliText.ReasonColumn, CliText.HardSoftColumn, CliText.CodeColumn, CliText.StatusColumn, CliText.TextColumn })
        {
            _table.AddColumn(new TableColumn(new Text(column.Describe(culture))));
        }
    }

    public void Add(string file, IReadOnlyList<BounceResult> results)
    {
        _emails++;
        if (results.Count > 0)
        {
            _bounces++;
        }

        foreach (BounceResult r in results)
        {
            _recipients++;
            _reasons[r.Reason] = _reasons.GetValueOrDefault(r.Reason) + 1;
            string name = r.MessageNumber is { } number ? $"{Path.GetFileName(r.File ?? file)}#{number}" : Path.GetFileName(r.File ?? file);
            _table.AddRow(
                Cell(name),
                Cell(r.Recipient),
                Cell(r.Reason.ToString()),
                Cell(r.IsHardBounce switch { true => CliText.Hard.Describe(_culture), false => CliText.Soft.Describe(_culture), null => "-" }),
                Cell(r.ReplyCode == 0 ? "-" : r.ReplyCode.ToString(CultureInfo.InvariantCulture)),
                Cell(r.Status?.ToString() ?? "-"),
                Cell(Shorten(r.Reply?.Text is { Length: > 0 } text ? text : r.Diagnostic)));
        }
    }

    public void Progress(string title, double? total, Action<Action<double>> work)
    {
        if (!_interactive)
        {
            work(_ => { });
            return;
        }

        _console.Progress().AutoClear(true).Start(context =>
        {
            // Spectre reads a task description and a chart label as markup: a translated text with [ or ] must be escaped.
            ProgressTask task = context.AddTask(Markup.Escape(title), autoStart: true, maxValue: total ?? 1);
            task.IsIndeterminate = total is null;
            work(value =>
            {
                if (total is null)
                {
                    task.Description = Markup.Escape(string.Format(_culture, CliText.MessagesRead.Describe(_culture), title, value.ToString("0", CultureInfo.InvariantCulture)));
                }
                else
                {
                    task.Value = value;
                }
            });
            task.Value = task.MaxValue;
        });
    }

    public void Finish()
    {
        if (_recipients > 0)
        {
            _console.Write(_table);
        }

        _console.WriteLine(string.Format(_culture, CliText.BounceSummary.Describe(_culture), _emails, _bounces, _recipients));
        if (_reasons.Count == 0)
        {
            return;
        }

        var chart = new BarChart().Label(Markup.Escape(CliText.RecipientsPerReason.Describe(_culture))).LeftAlignLabel().Width(Math.Min(80, _console.Profile.Width));
        foreach (KeyValuePair<BounceReason, int> reason in _reasons.OrderByDescending(r => r.Value).ThenBy(r => r.Key.ToString(), StringComparer.Ordinal))
        {
            chart.AddItem(reason.Key.ToString(), reason.Value, Color.Blue);
        }

        _console.WriteLine();
        _console.Write(chart);
        _console.WriteLine();
    }

    private static IRenderable Cell(string text) => new Text(TerminalText.Escape(text));

    private static string Shorten(string text) => text.Length > ShortTextLength ? text.Substring(0, ShortTextLength - 1) + "…" : text;
}
