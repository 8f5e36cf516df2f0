using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MimeKit;

namespace SmtpCodes.Bounces;

/// <summary>
/// Decodes bounce emails into one <see cref="BounceResult"/> per recipient: RFC 3464 reports, RFC 3834 auto-replies,
/// RFC 5965 feedback reports, and the text bounces of Postfix, Sendmail, Exim, qmail, Exchange, Gmail and others. An
/// email that is not a bounce, or that cannot be parsed as MIME, gives an empty list rather than an exception.
/// </summary>
public static class BounceDecoder
{
    private const long SmallFile = 1024 * 1024;

    static BounceDecoder()
    {
#if NET8_0_OR_GREATER
        // ISO-2022-JP, Shift_JIS and the other legacy charsets of old bounces are not built into .NET.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
#else
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
#endif
    }

    /// <summary>Decodes a parsed message.</summary>
    /// <param name="message">The bounce email.</param>
    /// <returns>One result per recipient; empty when the message is not a bounce.</returns>
    public static IReadOnlyList<BounceResult> Decode(MimeMessage message)
    {
        if (message is null)
        {
            throw new ArgumentNullException(nameof(message));
        }

        return BouncePipeline.Decode(message, file: null, messageNumber: null);
    }

    /// <summary>Decodes one email read from a stream (the whole stream is one message).</summary>
    /// <param name="stream">The email; a seekable stream is read without copying attachments into memory.</param>
    /// <returns>One result per recipient; empty when the stream is not a bounce or not MIME at all.</returns>
    public static IReadOnlyList<BounceResult> Decode(Stream stream) => Decode(stream, file: null);

    /// <summary>Decodes one email file (<c>.eml</c>, or a Maildir entry).</summary>
    /// <param name="path">The file.</param>
    /// <returns>One result per recipient; empty when the file is not a bounce.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened.</exception>
    public static IReadOnlyList<BounceResult> DecodeFile(string path)
    {
        using FileStream stream = OpenRead(path);
        if (stream.Length > SmallFile)
        {
            // MimeKit keeps the parts of a persistent stream in the file: a big attachment is never read into memory.
            return Decode(stream, path);
        }

        // A typical bounce is a few kilobytes: one read, then parsing from memory, is cheaper than seeking in the file.
        byte[] bytes = new byte[stream.Length];
        int read = 0;
        while (read < bytes.Length)
        {
            int n = stream.Read(bytes, read, bytes.Length - read);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return Decode(new MemoryStream(bytes, 0, read, writable: false, publiclyVisible: true), path);
    }

    /// <summary>
    /// Decodes every message of an mbox file, one after another, without loading the mailbox into memory: each message
    /// is parsed, decoded and released before the next.
    /// </summary>
    /// <param name="path">The mbox file.</param>
    /// <param name="cancellationToken">Stops between messages.</param>
    /// <returns>The results of every message, in order; each carries <see cref="BounceResult.MessageNumber"/>.</returns>
    public static async IAsyncEnumerable<BounceResult> DecodeMboxAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using FileStream stream = OpenRead(path);
        var parser = new MimeParser(ParserOptions.Default, stream, MimeFormat.Mbox, persistent: true);
        int number = 0;
        while (!parser.IsEndOfStream)
        {
            cancellationToken.ThrowIfCancellationRequested();
            MimeMessage message;
            try
            {
                message = await parser.ParseMessageAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (FormatException)
            {
                // No further "From " line that starts a message: the rest is not a mailbox.
                yield break;
            }

            number++;
            foreach (BounceResult result in BouncePipeline.Decode(message, path, number))
            {
                yield return result;
            }
        }
    }

    /// <summary>
    /// Decodes every email of a Maildir (the files in its <c>cur</c> and <c>new</c> folders) or of a plain folder of
    /// email files, one file at a time, in ordinal order of their paths.
    /// </summary>
    /// <param name="folder">The Maildir or folder.</param>
    /// <param name="cancellationToken">Stops between files.</param>
    /// <returns>The results of every email, in order; each carries its <see cref="BounceResult.File"/>.</returns>
    public static async IAsyncEnumerable<BounceResult> DecodeMaildirAsync(string folder, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (string file in EmailFiles(folder))
        {
            cancellationToken.ThrowIfCancellationRequested();
            IReadOnlyList<BounceResult> results;
            try
            {
                results = DecodeFile(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A message removed or locked while the folder is read is skipped, as a mail reader would.
                continue;
            }

            foreach (BounceResult result in results)
            {
                yield return result;
            }

            await Task.Yield();
        }
    }

    /// <summary>The email files of a Maildir (<c>cur</c> and <c>new</c>) or of a plain folder, in ordinal order of their paths.</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>The files.</returns>
    public static IReadOnlyList<string> EmailFiles(string folder)
    {
        var files = new List<string>();
        string cur = Path.Combine(folder, "cur");
        string @new = Path.Combine(folder, "new");
        if (Directory.Exists(cur) || Directory.Exists(@new))
        {
            foreach (string sub in new[] { cur, @new })
            {
                if (Directory.Exists(sub))
                {
                    files.AddRange(Directory.GetFiles(sub));
                }
            }
        }
        else
        {
            files.AddRange(Directory.GetFiles(folder));
        }

        files.RemoveAll(f => Path.GetFileName(f).StartsWith(".", StringComparison.Ordinal));
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>Whether a file is an mbox: it starts with a <c>From </c> line.</summary>
    /// <param name="path">The file.</param>
    /// <returns><see langword="true"/> for an mbox.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static bool IsMbox(string path)
    {
        using FileStream stream = OpenRead(path);
        byte[] start = new byte[5];
        int read = 0;
        while (read < start.Length)
        {
            int n = stream.Read(start, read, start.Length - read);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return read == 5 && start[0] == (byte)'F' && start[1] == (byte)'r' && start[2] == (byte)'o' && start[3] == (byte)'m' && start[4] == (byte)' ';
    }

    private static IReadOnlyList<BounceResult> Decode(Stream stream, string? file)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        MimeMessage message;
        try
        {
            message = MimeMessage.Load(ParserOptions.Default, stream, persistent: stream.CanSeek);
        }
        catch (FormatException)
        {
            return [];
        }

        return BouncePipeline.Decode(message, file, messageNumber: null);
    }

    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, FileOptions.SequentialScan);
}
