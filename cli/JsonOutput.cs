using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SmtpCodes.Cli;

/// <summary>
/// Writes JSON with <see cref="Utf8JsonWriter"/>: no reflection, and the same bytes on every machine (indented, LF line
/// breaks, non-ASCII text such as Turkish written as itself rather than as <c>\u</c> escapes).
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // The output goes to a terminal or a pipe, never into HTML, so there is nothing to escape '<' or 'ü' for.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one JSON document and a line break.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="write">Writes the document.</param>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
