using System;
using System.Linq;

namespace SmtpCodes.Diagnosis;

/// <summary>
/// Finds which SMTP command a reply answered, where the text says it the way mail servers report it: Postfix's
/// <c>(in reply to RCPT TO command)</c>, Exim's <c>after end of data</c>, a Sendmail transcript's <c>&gt;&gt;&gt; DATA</c>,
/// <c>did not like our RCPT TO</c>, qmail's <c>but sender was rejected</c>. The last one in the text wins: a transcript
/// ends with the command that failed.
/// </summary>
internal static class CommandFinder
{
    // Words that introduce a command (qmail: "most progress was RCPT TO response"; "Technical details: SMTP:RCPT host …";
    // a field "SMTP command: DATA", or m-FILTER's heading with the verb on the next line). "for" counts only when
    // "command" follows the verb (Exim's "for TEXT command"); it stays last.
    private static readonly string[] LeadIns = { "in reply to ", "after ", ">>> ", "did not like our ", "most progress was ", "smtp:", "smtp command", "for " };

    // Steps named in words rather than by a verb: qmail's "Connected to 192.0.2.1 but sender was rejected." and
    // "192.0.2.1 does not like recipient.", and the command Yahoo names at the end of its replies.
    private static readonly (string Words, SmtpCommand Command)[] WordedSteps =
    {
        ("but greeting failed", SmtpCommand.Connect),
        ("but my name was rejected", SmtpCommand.Hello),
        ("but sender was rejected", SmtpCommand.MailFrom),
        ("does not like recipient", SmtpCommand.RcptTo),
        ("[RCPT_TO]", SmtpCommand.RcptTo),
    };

    /// <summary>
    /// Words without one of which a text names no command (matched where a word begins, ignoring case): the verbs and the
    /// steps named in words. The engine looks for them with its phrases, so most texts are never searched for a command.
    /// </summary>
    public static readonly string[] Triggers = new[]
    {
        "rcpt", "mail from", "data", "bdat", "text command", "ehlo", "helo", "lhlo", "starttls", "auth", "connect", "initial greeting",
    }.Concat(WordedSteps.Select(s => s.Words)).ToArray();

    /// <summary>
    /// The words the search starts from: the lead-ins, then the steps named in words. Bit <c>i</c> of the mask that
    /// <see cref="Find(ReadOnlySpan{char}, int)"/> takes stands for word <c>i</c>; the engine finds them with its phrases.
    /// </summary>
    public static readonly string[] SearchWords = LeadIns.Concat(WordedSteps.Select(s => s.Words)).ToArray();

    /// <summary>The mask of all <see cref="SearchWords"/>: search for every one.</summary>
    public static readonly int AllSearchWords = (1 << SearchWords.Length) - 1;

    /// <summary>The command the text names last, or <see cref="SmtpCommand.Unknown"/>. Linear in the text's length.</summary>
    public static SmtpCommand Find(ReadOnlySpan<char> text) => Find(text, AllSearchWords);

    /// <summary>
    /// <see cref="Find(ReadOnlySpan{char})"/>, searching only from the <see cref="SearchWords"/> in <paramref name="present"/>:
    /// those the phrase matcher found in the text (it reads them as a superset of where they occur, so nothing is lost),
    /// which spares a search of the whole text for each of the others.
    /// </summary>
    public static SmtpCommand Find(ReadOnlySpan<char> text, int present)
    {
        int best = -1;
        SmtpCommand found = SmtpCommand.Unknown;
        for (int l = 0; l < LeadIns.Length; l++)
        {
            if ((present & (1 << l)) == 0)
            {
                continue;
            }

            string leadIn = LeadIns[l];
            int from = 0;
            while (from < text.Length)
            {
                int at = text.Slice(from).IndexOf(leadIn.AsSpan(), StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    break;
                }

                at += from;
                from = at + leadIn.Length;
                if (at > 0 && leadIn[0] != '>' && char.IsLetterOrDigit(text[at - 1]))
                {
                    continue;
                }

                // A field's verb follows its label after a colon, a dash or a line break, and is written in capitals, as
                // Exim's is after "after": "SMTP command failed" and "after data migration" name none.
                // A field's label is set apart from its value: "SMTP commandDATA" is no field.
                bool field = leadIn == "smtp command";
                ReadOnlySpan<char> rest = field ? SkipSeparators(text.Slice(from)) : text.Slice(from);
                if (field && rest.Length == text.Length - from)
                {
                    continue;
                }

                SmtpCommand command = Verb(rest, requireCommandWord: l == LeadIns.Length - 1, upperCase: field || leadIn == "after ");
                if (command != SmtpCommand.Unknown && at > best)
                {
                    best = at;
                    found = command;
                }
            }
        }

        for (int w = 0; w < WordedSteps.Length; w++)
        {
            if ((present & (1 << (LeadIns.Length + w))) == 0)
            {
                continue;
            }

            // The first occurrence where a word begins is enough: servers write each of these once.
            (string words, SmtpCommand command) = WordedSteps[w];
            int at = -1;
            for (int from = 0; from < text.Length;)
            {
                int next = text.Slice(from).IndexOf(words.AsSpan(), StringComparison.OrdinalIgnoreCase);
                if (next < 0)
                {
                    break;
                }

                next += from;
                if (next == 0 || !char.IsLetterOrDigit(words[0]) || !char.IsLetterOrDigit(text[next - 1]))
                {
                    at = next;
                    break;
                }

                from = next + 1;
            }

            if (at > best)
            {
                best = at;
                found = command;
            }
        }

        return found;
    }

    private static ReadOnlySpan<char> SkipSeparators(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (i < text.Length && (text[i] is ':' or '-' or '=' || char.IsWhiteSpace(text[i])))
        {
            i++;
        }

        return text.Slice(i);
    }

    /// <summary>The command a text starts with (<c>RCPT TO:&lt;…&gt;</c>, <c>end of DATA command</c>, <c>initial connection</c>).</summary>
    /// <param name="text">The text after the lead-in.</param>
    /// <param name="requireCommandWord">Whether "command" must follow the verb.</param>
    /// <param name="upperCase">
    /// Whether the verb must be written in capitals, as Exim writes it after "after" ("after RCPT TO"): in prose, "after data
    /// migration" is no command. "end of data" and "initial connection" count in any case.
    /// </param>
    private static SmtpCommand Verb(ReadOnlySpan<char> text, bool requireCommandWord, bool upperCase)
    {
        text = Skip(text, "pipelined ");
        text = Skip(text, "final ");
        int before = text.Length;
        text = Skip(text, "end of ");
        StringComparison comparison = upperCase && text.Length == before ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        SmtpCommand command = SmtpCommand.Unknown;
        int length = 0;
        if (Word(text, "RCPT", comparison, ref length))
        {
            command = SmtpCommand.RcptTo;
        }
        else if (Word(text, "MAIL FROM", comparison, ref length))
        {
            command = SmtpCommand.MailFrom;
        }
        else if (Word(text, "DATA", comparison, ref length) || Word(text, "BDAT", comparison, ref length) || (requireCommandWord && Word(text, "TEXT", comparison, ref length)))
        {
            command = SmtpCommand.Data;
        }
        else if (Word(text, "EHLO", comparison, ref length) || Word(text, "HELO", comparison, ref length) || Word(text, "LHLO", comparison, ref length))
        {
            command = SmtpCommand.Hello;
        }
        else if (Word(text, "STARTTLS", comparison, ref length))
        {
            command = SmtpCommand.StartTls;
        }
        else if (Word(text, "AUTH", comparison, ref length))
        {
            command = SmtpCommand.Auth;
        }
        else if (Word(text, "initial connection", StringComparison.OrdinalIgnoreCase, ref length) || Word(text, "CONNECT", comparison, ref length) || Word(text, "initial greeting", StringComparison.OrdinalIgnoreCase, ref length))
        {
            command = SmtpCommand.Connect;
        }

        if (command == SmtpCommand.Unknown || !requireCommandWord)
        {
            return command;
        }

        // "for X command": the verb, perhaps its argument ("RCPT TO"), then "command".
        ReadOnlySpan<char> rest = text.Slice(length).TrimStart();
        rest = Skip(rest, "to ");
        return rest.StartsWith("command".AsSpan(), StringComparison.OrdinalIgnoreCase) ? command : SmtpCommand.Unknown;
    }

    private static ReadOnlySpan<char> Skip(ReadOnlySpan<char> text, string word) =>
        text.StartsWith(word.AsSpan(), StringComparison.OrdinalIgnoreCase) ? text.Slice(word.Length) : text;

    // The word, not followed by a letter ("data" but not "database").
    private static bool Word(ReadOnlySpan<char> text, string word, StringComparison comparison, ref int length)
    {
        if (!text.StartsWith(word.AsSpan(), comparison) || (text.Length > word.Length && char.IsLetter(text[word.Length])))
        {
            return false;
        }

        length = word.Length;
        return true;
    }
}

/// <summary>The command a reply answered, found in its text only when first asked: most texts meet no rule that needs it.</summary>
internal struct CommandSource
{
    private readonly string _text;
    private readonly SmtpCommand _context;
    private readonly int _words;
    private SmtpCommand _value;
    private bool _known;

    /// <param name="text">The text.</param>
    /// <param name="context">The command the context gives.</param>
    /// <param name="words">
    /// The <see cref="CommandFinder.SearchWords"/> the text holds, as a mask; 0 when it holds no word that can name a
    /// command, and then it is not searched.
    /// </param>
    public CommandSource(string text, SmtpCommand context, int words)
    {
        _text = text;
        _context = context;
        _words = words;
        _value = context;
        _known = words == 0;
    }

    /// <summary>Whether the command may be known: from the context, or because the text has a word that can name one.</summary>
    public readonly bool MayBeKnown => !_known || _value != SmtpCommand.Unknown;

    /// <summary>The command the text names, else the context's.</summary>
    public SmtpCommand Value
    {
        get
        {
            if (!_known)
            {
                SmtpCommand said = CommandFinder.Find(_text.AsSpan(), _words);
                _value = said != SmtpCommand.Unknown ? said : _context;
                _known = true;
            }

            return _value;
        }
    }
}
