using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SmtpCodes.Bounces;

namespace SmtpCodes.Cli;

/// <summary>
/// <c>smtpcodes bounce &lt;file|folder|mbox|-&gt;</c>: decodes bounce emails into one result per recipient, as a table
/// and a count per reason, or as JSON Lines with <c>--json</c>.
/// </summary>
internal static class BounceCommand
{
    /// <summary>Emails decoded at once in a folder: enough to keep both cores busy, few enough to keep memory flat.</summary>
    private const int BatchSize = 64;

    /// <summary>Builds the command.</summary>
    /// <param name="options">The shared options.</param>
    /// <param name="stdin">Standard input; when it is a <see cref="StreamReader"/>, <c>bounce -</c> reads its bytes.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where one-line errors go.</param>
    /// <returns>The command.</returns>
    public static Command Create(SharedOptions options, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("path")
        {
            Description = "A bounce email (.eml), a folder of them, a Maildir, an mbox file, or - for standard input.",
        };

        var command = new Command("bounce", "Decode bounce emails: one line per recipient with the reason, hard or soft, the reply code and status.") { path };
        command.SetAction((parsed, cancellationToken) =>
        {
            string input = parsed.GetValue(path) ?? string.Empty;
            bool json = parsed.GetValue(options.Json);
            CultureInfo culture = SmtpCulture.Resolve(parsed.GetValue(options.Culture));
            return Task.FromResult(Run(input, json, culture, stdin, stdout, stderr, cancellationToken));
        });
        return command;
    }

    private static int Run(string input, bool json, CultureInfo culture, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        // The culture is the language of the table's labels; JSON has none, and its fields are a schema.
        IBounceReport report = json ? new JsonLinesReport(stdout) : new TableReport(stdout, culture);
        try
        {
            if (input == "-")
            {
                DecodeStandardInput(stdin, report, cancellationToken);
            }
            else if (Directory.Exists(input))
            {
                DecodeFolder(input, report, culture, cancellationToken);
            }
            else if (File.Exists(input))
            {
                if (BounceDecoder.IsMbox(input))
                {
                    DecodeMbox(input, report, culture, cancellationToken);
                }
                else
                {
                    report.Add(input, BounceDecoder.DecodeFile(input));
                }
            }
            else
            {
                return ErrorLine.Report(stderr, CliText.ErrorNoSuchPath, culture, ErrorLine.Quote(input));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ErrorLine.Report(stderr, CliText.ErrorUnreadablePath, culture, ErrorLine.Quote(input), e.Message);
        }

        report.Finish();
        return ExitCodes.Success;
    }

    private static void DecodeStandardInput(TextReader stdin, IBounceReport report, CancellationToken cancellationToken)
    {
        if (stdin is not StreamReader reader)
        {
            throw new IOException("standard input is not a byte stream");
        }

        // MIME is bytes: read them, not the reader's decoded text. Standard input cannot seek, so it is buffered.
        var buffer = new MemoryStream();
        reader.BaseStream.CopyTo(buffer);
        buffer.Position = 0;
        if (buffer.Length >= 5 && buffer.GetBuffer().AsSpan(0, 5).SequenceEqual("From "u8))
        {
            // An mbox on standard input: MimeKit reads it from a file without holding every message.
            string temp = Path.GetTempFileName();
            try
            {
                File.WriteAllBytes(temp, buffer.ToArray());
                foreach (BounceResult result in Mbox(temp, cancellationToken))
                {
                    report.Add("-", [result]);
                }
            }
            finally
            {
                File.Delete(temp);
            }
        }
        else
        {
            report.Add("-", BounceDecoder.Decode(buffer));
        }
    }

    private static void DecodeMbox(string path, IBounceReport report, CultureInfo culture, CancellationToken cancellationToken) =>
        report.Progress(CliText.ReadingMailbox.Describe(culture), total: null, advance =>
        {
            int message = 0;
            foreach (BounceResult result in Mbox(path, cancellationToken))
            {
                report.Add(path, [result]);
                if (result.MessageNumber is { } number && number != message)
                {
                    message = number;
                    advance(number);
                }
            }
        });

    private static IEnumerable<BounceResult> Mbox(string path, CancellationToken cancellationToken)
    {
        IAsyncEnumerator<BounceResult> results = BounceDecoder.DecodeMboxAsync(path, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (results.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                yield return results.Current;
            }
        }
        finally
        {
            results.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static void DecodeFolder(string folder, IBounceReport report, CultureInfo culture, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> files = BounceDecoder.EmailFiles(folder);
        report.Progress(CliText.DecodingEmails.Describe(culture), files.Count, advance => DecodeFiles(files, report, advance, cancellationToken));
    }

    private static void DecodeFiles(IReadOnlyList<string> files, IBounceReport report, Action<double> advance, CancellationToken cancellationToken)
    {
        var batch = new IReadOnlyList<BounceResult>[BatchSize];
        for (int start = 0; start < files.Count; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int count = Math.Min(BatchSize, files.Count - start);
            Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                try
                {
                    batch[i] = BounceDecoder.DecodeFile(files[start + i]);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // A file removed or locked while the folder is read is skipped, as a mail reader would.
                    batch[i] = [];
                }
            });

            // In file order, whatever order the batch finished in.
            for (int i = 0; i < count; i++)
            {
                report.Add(files[start + i], batch[i]);
            }

            advance(start + count);
        }
    }
}
