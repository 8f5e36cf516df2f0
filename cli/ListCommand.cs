using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;

namespace SmtpCodes.Cli;

/// <summary><c>smtpcodes list [--class N]</c>: the table of known reply codes, aligned, or as a JSON array.</summary>
internal static class ListCommand
{
    private const string ColumnGap = "  ";

    /// <summary>Builds the command.</summary>
    /// <param name="options">The shared options.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where one-line errors go.</param>
    /// <returns>The command.</returns>
    public static Command Create(SharedOptions options, TextWriter stdout, TextWriter stderr)
    {
        // A string, not an int: a bad value is this tool's one-line error, not a parse error with help attached.
        var classOption = new Option<string?>("--class")
        {
            Description = "Only codes of this class: the first digit, 1 to 5 (4 = transient failures, 5 = permanent).",
            HelpName = "digit",
        };
        classOption.CompletionSources.Add("1", "2", "3", "4", "5");

        var command = new Command("list", "List the known reply codes with their names, classes and descriptions.") { classOption };
        command.SetAction(parsed =>
        {
            string? classText = parsed.GetValue(classOption);
            int? classDigit = null;
            if (classText is not null)
            {
                string trimmed = classText.Trim();
                if (trimmed.Length != 1 || trimmed[0] < '1' || trimmed[0] > '5')
                {
                    return ErrorLine.Report(stderr, CliText.ErrorClassDigit, SmtpCulture.Resolve(parsed.GetValue(options.Culture)), ErrorLine.Quote(classText));
                }

                classDigit = trimmed[0] - '0';
            }

            CultureInfo culture = SmtpCulture.Resolve(parsed.GetValue(options.Culture));
            List<SmtpReply> replies = SmtpReplyInfo.GetValues().Where(r => classDigit is null || (int)r / 100 == classDigit).ToList();
            if (parsed.GetValue(options.Json))
            {
                WriteJson(stdout, replies, culture);
            }
            else
            {
                WriteText(stdout, replies, culture);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(TextWriter output, List<SmtpReply> replies, CultureInfo culture)
    {
        string[] header = [CliText.CodeColumn.Describe(culture), CliText.NameColumn.Describe(culture), CliText.ClassColumn.Describe(culture), CliText.DescriptionColumn.Describe(culture)];
        var rows = new List<string[]> { header };
        foreach (SmtpReply reply in replies)
        {
            rows.Add([((int)reply).ToString(CultureInfo.InvariantCulture), reply.ToStringFast(), reply.GetClass().ToString(), TerminalText.Escape(reply.Describe(culture))]);
        }

        int[] widths = new int[header.Length - 1];
        foreach (string[] row in rows)
        {
            for (int i = 0; i < widths.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        foreach (string[] row in rows)
        {
            // The last column is not padded, so no line ends in spaces.
            string line = string.Concat(row.Take(widths.Length).Select((cell, i) => cell.PadRight(widths[i]) + ColumnGap)) + row[^1];
            output.WriteLine(line);
        }
    }

    private static void WriteJson(TextWriter output, List<SmtpReply> replies, CultureInfo culture) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartArray();
            foreach (SmtpReply reply in replies)
            {
                json.WriteStartObject();
                json.WriteNumber("code", (int)reply);
                json.WriteString("name", reply.ToStringFast());
                json.WriteString("class", reply.GetClass().ToString());
                json.WriteString("category", reply.GetCategory().ToString());
                json.WriteString("description", reply.Describe(culture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
}
