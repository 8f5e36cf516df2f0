using System.Globalization;
using System.IO;
using System.Text.Json;

namespace SmtpCodes.Cli;

/// <summary>Prints an <see cref="Explanation"/> as labelled, aligned lines or as one JSON object.</summary>
internal static class ExplanationWriter
{
    private const int LabelWidth = 18;

    /// <summary>Writes the explanation as text: one labelled line per field; fields that are absent are left out.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="explanation">The explanation.</param>
    public static void WriteText(TextWriter output, Explanation explanation)
    {
        Line(output, "Code:", explanation.Code.ToString(CultureInfo.InvariantCulture));
        Line(output, "Name:", explanation.Name ?? "(unknown)");
        Line(output, "Class:", explanation.Class.ToString());
        Line(output, "Category:", explanation.Category.ToString());
        Line(output, "Meaning:", explanation.Description);
        if (explanation.EnhancedCode is { } enhanced)
        {
            Line(output, "Enhanced code:", explanation.EnhancedName is { } name ? enhanced + " " + name : enhanced);
            Line(output, "Enhanced meaning:", explanation.EnhancedDescription ?? string.Empty);
        }

        if (explanation.Text is { } text)
        {
            Line(output, "Server text:", text);
        }
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
            json.WriteNumber("code", explanation.Code);
            json.WriteString("name", explanation.Name);
            json.WriteString("class", explanation.Class.ToString());
            json.WriteString("category", explanation.Category.ToString());
            json.WriteString("description", explanation.Description);
            json.WriteString("enhancedCode", explanation.EnhancedCode);
            json.WriteString("enhancedName", explanation.EnhancedName);
            json.WriteString("enhancedDescription", explanation.EnhancedDescription);
            // The server's text comes from outside: escaped as in the text output, so printing the JSON is safe too.
            json.WriteString("text", explanation.Text is null ? null : TerminalText.EscapeLines(explanation.Text));
            json.WriteString("culture", explanation.Culture);
            json.WriteEndObject();
        });

    /// <summary>
    /// Writes <c>label value</c>; the lines of a multi-line value are indented under the first, and characters that would
    /// act on the terminal are escaped (<see cref="TerminalText"/>).
    /// </summary>
    private static void Line(TextWriter output, string label, string value)
    {
        string[] lines = TerminalText.EscapeLines(value).Split('\n');
        output.WriteLine(label.PadRight(LabelWidth) + lines[0]);
        for (int i = 1; i < lines.Length; i++)
        {
            output.WriteLine(new string(' ', LabelWidth) + lines[i]);
        }
    }
}
