using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace SmtpCodes.Sample;

/// <summary>
/// Prints SMTP reply codes with their English and Turkish descriptions. With no arguments it prints a few common
/// codes; otherwise each argument is a code ("550") or a name ("MailboxUnavailable", any case).
/// </summary>
public static class Program
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Turkish = CultureInfo.GetCultureInfo("tr-TR");

    private static readonly SmtpReply[] Defaults =
    {
        SmtpReply.Ok, SmtpReply.ServiceNotAvailable, SmtpReply.MailboxBusy, SmtpReply.MailboxUnavailable, SmtpReply.AuthenticationCredentialsInvalid,
    };

    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Writes the descriptions; returns 0, or 2 when an argument is not a known code or name.</summary>
    internal static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var replies = new List<SmtpReply>();
        foreach (string arg in args)
        {
            if (!SmtpReplyInfo.TryParse(arg, out SmtpReply reply))
            {
                error.WriteLine($"'{arg}' is not a known SMTP reply code or name (try 550 or MailboxUnavailable).");
                return 2;
            }

            replies.Add(reply);
        }

        foreach (SmtpReply reply in replies.Count == 0 ? Defaults : replies.ToArray())
        {
            output.WriteLine($"{(int)reply} {reply.ToStringFast()} ({reply.GetClass()})");
            output.WriteLine($"  en: {reply.Describe(English)}");
            output.WriteLine($"  tr: {reply.Describe(Turkish)}");
        }

        return 0;
    }
}
