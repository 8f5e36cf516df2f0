using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace SmtpCodes.Bounces.Tests.Infrastructure;

/// <summary>Decodes synthetic emails written in the tests; line breaks become CRLF as on the wire.</summary>
internal static class Emails
{
    public static IReadOnlyList<BounceResult> Decode(string email) => BounceDecoder.Decode(new MemoryStream(Bytes(email)));

    public static byte[] Bytes(string email) => Encoding.UTF8.GetBytes(email.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal));

    /// <summary>A returned message's headers, for the end of a bounce.</summary>
    public const string ReturnedHeaders = """
        Message-ID: <order-4711@shop.example.com>
        From: Shop <news@shop.example.com>
        To: alice@example.org
        Subject: Your order has shipped
        Date: Mon, 02 Mar 2026 10:00:00 +0000

        Hello Alice, your parcel is on its way.
        """;
}
