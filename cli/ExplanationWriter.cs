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
        if (explanation.Code is { } code)
        {
            Line(output, "Code:", code.ToString(CultureInfo.InvariantCulture));
            Line(output, "Name:", explanation.Name ?? "(unknown)");
            Line(output, "Class:", explanation.Class.ToString() ?? string.Empty);
            Line(output, "Category:", explanation.Category.ToString() ?? string.Empty);
        }

        // The meanings, most specific first: the vendor's entry, the enhanced code, the reason, the reply code.
        if (explanation.Vendor is { } vendor)
        {
            Line(output, "Vendor:", vendor + " " + explanation.VendorDescription);
        }

        if (explanation.EnhancedCode is { } enhanced)
        {
            Line(output, "Enhanced code:", explanation.EnhancedName is { } name ? enhanced + " " + name : enhanced);
            Line(output, "Enhanced meaning:", explanation.EnhancedDescription ?? string.Empty);
        }

        if (explanation.Reason is { } reason)
        {
            string bounce = explanation.HardBounce switch
            {
                true => " (hard bounce)",
                false => " (soft bounce)",
                _ => string.Empty,
            };
            Line(output, "Reason:", reason + bounce + ": " + explanation.ReasonDescription);
        }

        if (explanation.Description is { } description)
        {
            Line(output, "Meaning:", description);
        }

        if (explanation.Action is { } action)
        {
            Line(output, "Action:", action);
        }

        if (explanation.MatchedBy is { } matchedBy)
        {
            Line(output, "Matched by:", matchedBy);
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
            json.WriteString("text", explanation.Text);
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

    /// <summary>Writes <c>label value</c>; the lines of a multi-line value are indented under the first.</summary>
    private static void Line(TextWriter output, string label, string value)
    {
        string[] lines = value.Split('\n');
        output.WriteLine(label.PadRight(LabelWidth) + lines[0]);
        for (int i = 1; i < lines.Length; i++)
        {
            output.WriteLine(new string(' ', LabelWidth) + lines[i]);
        }
    }
}
