using System;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace SmtpCodes.Cli;

/// <summary>Prints an <see cref="Explanation"/> as labelled, aligned lines or as one JSON object.</summary>
internal static class ExplanationWriter
{
    /// <summary>Every label <see cref="WriteText"/> may print; the longest, in the culture in use, sets the label column's width.</summary>
    private static readonly CliText[] Labels =
    [
        CliText.CodeLabel, CliText.NameLabel, CliText.ClassLabel, CliText.CategoryLabel, CliText.VendorLabel,
        CliText.EnhancedCodeLabel, CliText.EnhancedMeaningLabel, CliText.ReasonLabel, CliText.MeaningLabel,
        CliText.ActionLabel, CliText.MatchedByLabel, CliText.ServerTextLabel,
    ];

    /// <summary>Writes the explanation as text: one labelled line per field; fields that are absent are left out.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="explanation">The explanation.</param>
    /// <param name="culture">The language of the labels (the values come localized in <paramref name="explanation"/>).</param>
    public static void WriteText(TextWriter output, Explanation explanation, CultureInfo culture)
    {
        var lines = new LabelledLines(output, culture, LabelWidth(culture));
        if (explanation.Code is { } code)
        {
            lines.Write(CliText.CodeLabel, code.ToString(CultureInfo.InvariantCulture));
            lines.Write(CliText.NameLabel, explanation.Name ?? CliText.UnknownName.Describe(culture));
            lines.Write(CliText.ClassLabel, WithMeaning(explanation.Class.ToString() ?? string.Empty, "Class", culture));
            lines.Write(CliText.CategoryLabel, WithMeaning(explanation.Category.ToString() ?? string.Empty, "Category", culture));
        }

        // The meanings, most specific first: the vendor's entry, the enhanced code, the reason, the reply code.
        if (explanation.Vendor is { } vendor)
        {
            lines.Write(CliText.VendorLabel, vendor + " " + explanation.VendorDescription);
        }

        if (explanation.EnhancedCode is { } enhanced)
        {
            lines.Write(CliText.EnhancedCodeLabel, explanation.EnhancedName is { } name ? enhanced + " " + name : enhanced);
            lines.Write(CliText.EnhancedMeaningLabel, explanation.EnhancedDescription ?? string.Empty);
        }

        if (explanation.Reason is { } reason)
        {
            string bounce = explanation.HardBounce switch
            {
                true => " " + CliText.HardBounceNote.Describe(culture),
                false => " " + CliText.SoftBounceNote.Describe(culture),
                _ => string.Empty,
            };
            lines.Write(CliText.ReasonLabel, reason + bounce + ": " + explanation.ReasonDescription);
        }

        if (explanation.Description is { } description)
        {
            lines.Write(CliText.MeaningLabel, description);
        }

        if (explanation.Action is { } action)
        {
            lines.Write(CliText.ActionLabel, action);
        }

        if (explanation.MatchedByText is { } matchedBy)
        {
            lines.Write(CliText.MatchedByLabel, matchedBy);
        }

        if (explanation.Text is { } text)
        {
            lines.Write(CliText.ServerTextLabel, text);
        }
    }

    /// <summary>
    /// A name followed by what it means in <paramref name="culture"/>: the text of <c>cli-texts.csv</c>'s row named
    /// <paramref name="prefix"/> and the name (<c>ClassPermanentNegative</c>), so the meanings are data like the labels;
    /// the name alone when there is no such row (<c>Unknown</c>).
    /// </summary>
    private static string WithMeaning(string name, string prefix, CultureInfo culture) =>
        CliTextInfo.TryParse(prefix + name, out CliText meaning) ? name + " (" + meaning.Describe(culture) + ")" : name;

    /// <summary>
    /// The width of the label column in <paramref name="culture"/>: its longest label and a space (18 in English), so the
    /// values line up in every language and whichever labels an explanation has.
    /// </summary>
    /// <param name="culture">The language of the labels.</param>
    /// <returns>The width, in characters.</returns>
    internal static int LabelWidth(CultureInfo culture)
    {
        int longest = 0;
        foreach (CliText label in Labels)
        {
            longest = Math.Max(longest, label.Describe(culture).Length);
        }

        return longest + 1;
    }

    /// <summary>
    /// Writes the explanation as one JSON object with every field present (absent ones are <c>null</c>); the schema is
    /// in the README.
    /// </summary>
    /// <param name="output">Where to write.</param>
    /// <param name="explanation">The explanation.</param>
    public static void WriteJson(TextWriter output, Explanation explanation) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            if (explanation.Code is { } code)
            {
                json.WriteNumber("code", code);
            }
            else
            {
                json.WriteNull("code");
            }

            json.WriteString("name", explanation.Name);
            json.WriteString("class", explanation.Class?.ToString());
            json.WriteString("category", explanation.Category?.ToString());
            json.WriteString("description", explanation.Description);
            json.WriteString("enhancedCode", explanation.EnhancedCode);
            json.WriteString("enhancedName", explanation.EnhancedName);
            json.WriteString("enhancedDescription", explanation.EnhancedDescription);
            // The server's text comes from outside: escaped as in the text output, so printing the JSON is safe too.
            json.WriteString("text", explanation.Text is null ? null : TerminalText.EscapeLines(explanation.Text));
            json.WriteString("reason", explanation.Reason);
            json.WriteString("reasonDescription", explanation.ReasonDescription);
            if (explanation.HardBounce is { } hard)
            {
                json.WriteBoolean("hardBounce", hard);
            }
            else
            {
                json.WriteNull("hardBounce");
            }

            json.WriteString("action", explanation.Action);
            json.WriteString("vendor", explanation.Vendor);
            json.WriteString("vendorDescription", explanation.VendorDescription);
            json.WriteString("matchedBy", explanation.MatchedBy);
            json.WriteString("culture", explanation.Culture);
            json.WriteEndObject();
        });

    /// <summary>
    /// Writes <c>label value</c> lines with the labels padded to one width; the lines of a multi-line value are indented
    /// under the first, and characters that would act on the terminal are escaped (<see cref="TerminalText"/>).
    /// </summary>
    private readonly struct LabelledLines(TextWriter output, CultureInfo culture, int width)
    {
        public void Write(CliText label, string value)
        {
            string[] lines = TerminalText.EscapeLines(value).Split('\n');
            output.WriteLine(label.Describe(culture).PadRight(width) + lines[0]);
            for (int i = 1; i < lines.Length; i++)
            {
                output.WriteLine(new string(' ', width) + lines[i]);
            }
        }
    }
}
