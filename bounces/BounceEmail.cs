using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using MimeKit;

namespace SmtpCodes.Bounces;

/// <summary>
/// One email as the decoders see it: its headers, the text of its own body parts (not of the message it returns), the
/// report parts MimeKit recognized, and the headers of the returned message. Built once and shared by every decoder.
/// </summary>
internal sealed class BounceEmail
{
    /// <summary>Text parts longer than this are read only this far: a notice is short, and a 50 MB part is an attachment.</summary>
    internal const int MaxTextChars = 256 * 1024;

    private string[]? _lines;

    public BounceEmail(MimeMessage message)
    {
        Message = message;
        Subject = message.Subject ?? string.Empty;
        FromAddress = FirstAddress(message.From) ?? string.Empty;
        FromName = message.From.Count > 0 ? message.From[0].Name ?? string.Empty : string.Empty;
        var text = new StringBuilder();
        string? html = null;
        Walk(message.Body, text, ref html, depth: 0);
        Body = text.Length > 0 ? text.ToString() : html is null ? string.Empty : HtmlText.ToPlainText(html);
    }

    public MimeMessage Message { get; }

    public string Subject { get; }

    /// <summary>The bounce's own From address, or empty.</summary>
    public string FromAddress { get; }

    /// <summary>The display name of the bounce's From, or empty.</summary>
    public string FromName { get; }

    /// <summary>The text of the email's own text parts, in order (HTML turned into text when there is no plain text).</summary>
    public string Body { get; }

    /// <summary><see cref="Body"/> split into lines without their line breaks.</summary>
    public string[] Lines => _lines ??= TextLines.Split(Body);

    /// <summary>The first <c>message/delivery-status</c> part, if any.</summary>
    public MessageDeliveryStatus? DeliveryStatus { get; private set; }

    /// <summary>The first <c>message/feedback-report</c> part, if any.</summary>
    public MessageFeedbackReport? FeedbackReport { get; private set; }

    /// <summary>The returned message or its headers (<c>message/rfc822</c>, <c>text/rfc822-headers</c>), if attached.</summary>
    public MimeMessage? Original { get; private set; }

    /// <summary>The line of <see cref="Lines"/> where a text bounce quotes the returned message, or -1 when no decoder found one.</summary>
    public int OriginalLine { get; set; } = -1;

    /// <summary>The value of a header of the bounce itself, or <see langword="null"/>.</summary>
    public string? Header(string name) => Message.Headers[name];

    /// <summary>The first mailbox address in a list, or <see langword="null"/>.</summary>
    public static string? FirstAddress(InternetAddressList list)
    {
        foreach (InternetAddress address in list.Mailboxes)
        {
            if (address is MailboxAddress mailbox && !string.IsNullOrEmpty(mailbox.Address))
            {
                return mailbox.Address;
            }
        }

        return null;
    }

    /// <summary>Reads a text part's text, at most <see cref="MaxTextChars"/> characters, whatever its size or charset.</summary>
    public static string ReadText(TextPart part)
    {
        if (part.Content is null)
        {
            return string.Empty;
        }

        try
        {
            Encoding encoding = part.ContentType.CharsetEncoding ?? Encoding.UTF8;
            using Stream decoded = part.Content.Open();
            using var reader = new StreamReader(decoded, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 4096);
            char[] buffer = new char[Math.Min(MaxTextChars, 64 * 1024)];
            var text = new StringBuilder();
            int read;
            while (text.Length < MaxTextChars && (read = reader.Read(buffer, 0, Math.Min(buffer.Length, MaxTextChars - text.Length))) > 0)
            {
                text.Append(buffer, 0, read);
            }

            return text.ToString();
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentException or NotSupportedException or DecoderFallbackException)
        {
            return string.Empty;
        }
    }

    private void Walk(MimeEntity? entity, StringBuilder text, ref string? html, int depth)
    {
        if (entity is null || depth > 16)
        {
            return;
        }

        switch (entity)
        {
            case Multipart multipart:
                foreach (MimeEntity child in multipart)
                {
                    Walk(child, text, ref html, depth + 1);
                }

                // A multipart whose boundary never appears holds everything in its preamble.
                if (multipart.Count == 0 && !string.IsNullOrWhiteSpace(multipart.Preamble))
                {
                    text.Append(multipart.Preamble);
                }

                break;
            case MessageDeliveryStatus status:
                DeliveryStatus ??= status;
                break;
            case MessageFeedbackReport feedback:
                FeedbackReport ??= feedback;
                break;
            case MessagePart part:
                // message/rfc822 and text/rfc822-headers: the returned message, which is not part of the notice.
                Original ??= part.Message;
                break;
            case TextPart textPart when !IsAttachmentOfOtherKind(textPart):
                if (textPart.IsHtml)
                {
                    html ??= ReadText(textPart);
                }
                else if (textPart.IsPlain || textPart.ContentType.MediaSubtype.Length == 0)
                {
                    if (text.Length > 0)
                    {
                        text.Append('\n');
                    }

                    text.Append(ReadText(textPart));
                }

                break;
        }
    }

    // A text/plain attachment with a file name is someone's file, not the notice (unless it is the only text there is).
    private static bool IsAttachmentOfOtherKind(TextPart part) =>
        part.IsAttachment && part.FileName is { Length: > 0 } name &&
        !name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
}
