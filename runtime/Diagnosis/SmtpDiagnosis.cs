using System;
using System.Globalization;
using System.Text;
using System.Threading;
using SmtpCodes.Diagnosis;

namespace SmtpCodes;

/// <summary>
/// What a reply or a bounce's diagnostic text says, however it is wrapped: the reply code and enhanced status code found
/// in it, the bounce reason, whether it is a hard bounce, what to do, and why it was decided so. The lenient partner of
/// <see cref="SmtpResponse"/>, which stays strict.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Analyze(string)"/> never throws and its cost is linear in the text's length. It uses no regular
/// expressions and, for a <see cref="string"/>, allocates nothing: <see cref="Text"/> and <see cref="MatchedBy"/> are
/// made when read.
/// </para>
/// <para>
/// The reason is decided, most specific first, by a vendor's documented entry whose tag is in the text or whose status is
/// the vendor's own (once the text or the remote host names the vendor), then by the first rule of <c>diagnosis-rules.csv</c> (in file order) that holds
/// and has a phrase, then by a vendor's entry for the status alone, then by the first rule that holds on codes alone.
/// <see cref="MatchedBy"/> says which.
/// </para>
/// </remarks>
public readonly struct SmtpDiagnosis
{
    private static DiagnosisEngine? s_engine;

    private readonly string? _source;
    private readonly int _textStart;
    private readonly int _textLength;
    private readonly VendorTable? _vendor;
    private readonly int _vendorEntry;
    private readonly int _rule;
    private readonly DiagnosisRules? _rules;
    private readonly SmtpCommand _contextCommand;

    // The words a command search may start from that the analysis found (CommandFinder.SearchWords), so that Command reads
    // the text as the rules did.
    private readonly int _commandWords;

    // The enhanced code the reply's own lines carry (else the context's): what a flattened multi-line reply repeats, which
    // differs from EnhancedCode when a DSN's specific status replaced the text's X.0.0.
    private readonly EnhancedStatusCode? _lineStatus;

    private SmtpDiagnosis(
        string source, in FoundCodes found, EnhancedStatusCode? status, SmtpCommand command, int commandWords, BounceReason reason,
        VendorTable? vendor, int vendorEntry, DiagnosisRules? rules, int rule)
    {
        _contextCommand = command;
        _commandWords = commandWords;
        _source = source;
        _textStart = found.TextStart;
        _textLength = found.TextEnd - found.TextStart;
        Code = found.Code;
        EnhancedCode = status;
        _lineStatus = found.Enhanced ?? status;
        OuterCode = found.OuterCode;
        OuterEnhancedCode = found.OuterEnhanced;
        Reason = reason;
        _vendor = vendor;
        _vendorEntry = vendorEntry;
        _rules = rules;
        _rule = rule;
    }

    /// <summary>Whether nothing was found: no code, no enhanced code and no reason.</summary>
    public bool IsEmpty => Code == 0 && EnhancedCode is null && Reason == BounceReason.Undefined;

    /// <summary>The reply code of the cause (the innermost reply), or 0 when the text has none.</summary>
    public int Code { get; }

    /// <summary>The reply code as an <see cref="SmtpReply"/>, or <see langword="null"/> when the text has none.</summary>
    public SmtpReply? Reply => Code == 0 ? null : (SmtpReply)Code;

    /// <summary>
    /// The enhanced status code of the cause, or the context's status when the text has none or only <c>X.0.0</c> and the
    /// context's says more; <see langword="null"/> when neither has one.
    /// </summary>
    public EnhancedStatusCode? EnhancedCode { get; }

    /// <summary>A different reply code that wraps the cause (<c>554</c> in <c>554 5.0.0 … &lt;421 4.4.2 …&gt;</c>), or 0.</summary>
    public int OuterCode { get; }

    /// <summary>A different enhanced status code that wraps the cause, or <see langword="null"/>.</summary>
    public EnhancedStatusCode? OuterEnhancedCode { get; }

    /// <summary>
    /// Whether the reply code and the enhanced code disagree on the class (<c>550 4.4.7</c>): both are reported as found,
    /// and the reply code says whether the server gave up.
    /// </summary>
    public bool ClassesDisagree => Code != 0 && EnhancedCode is { } enhanced && Code / 100 != (int)enhanced.Class;

    /// <summary>
    /// The command the reply answered, as the text says (<c>in reply to RCPT TO command</c>, <c>&gt;&gt;&gt; DATA</c>), else
    /// as the context says; <see cref="SmtpCommand.Unknown"/> when neither does.
    /// </summary>
    public SmtpCommand Command => new CommandSource(_source ?? string.Empty, _contextCommand, _commandWords).Value;

    /// <summary>Why the message was not delivered; <see cref="BounceReason.Undefined"/> when nothing decided it.</summary>
    public BounceReason Reason { get; }

    /// <summary>
    /// <see langword="true"/> for a hard bounce (permanent for that address: stop mailing it), <see langword="false"/> for a
    /// soft one, <see langword="null"/> when the reason is not a failure or is undefined.
    /// </summary>
    public bool? IsHardBounce => Reason.IsHardBounce();

    /// <summary>The vendor whose documented entry decided, or <see langword="null"/>.</summary>
    public string? Vendor => _vendor?.Name;

    /// <summary>The name of the vendor's entry that decided (such as <c>DmarcRejected</c>), or <see langword="null"/>.</summary>
    public string? VendorEntry => _vendor?.GetName(_vendorEntry);

    /// <summary>
    /// Why <see cref="Reason"/> was decided: the vendor entry (<c>vendor Google 5.7.26 DmarcRejected</c>) or the rule, with
    /// its conditions and file (<c>phrase "user unknown" (diagnosis-rules.csv)</c>); empty when nothing decided.
    /// </summary>
    public string MatchedBy => DescribeMatch(CultureInfo.InvariantCulture);

    /// <summary>
    /// <see cref="MatchedBy"/> in a culture's words (in Turkish, <c>ifade "user unknown" + durum X.1.X (diagnosis-rules.csv)</c>):
    /// for people. The phrases, codes, names and file stay as they are written; <see cref="MatchedBy"/>, the invariant
    /// form, is the one to compare or log.
    /// </summary>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The localized description, or <c>""</c> when nothing decided the reason.</returns>
    public string DescribeMatch(CultureInfo? culture = null)
    {
        if (_vendor is not null)
        {
            string tag = _vendor.GetTag(_vendorEntry);
            return RuntimeTexts.Format(
                RuntimeTexts.MatchVendorEntry, culture, _vendor.Name, _vendor.GetStatus(_vendorEntry).ToString(),
                tag.Length > 0 ? " \"" + tag + "\"" : string.Empty, _vendor.GetName(_vendorEntry));
        }

        if (_rules is null || _rule < 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        if (_rules.Phrases[_rule].Length > 0)
        {
            builder.Append(RuntimeTexts.Format(RuntimeTexts.MatchPhrase, culture, _rules.Phrases[_rule]));
        }

        if (_rules.Statuses[_rule] >= 0)
        {
            int key = _rules.Statuses[_rule];
            string status = (key / 1000000 == 0 ? "X" : (key / 1000000).ToString(CultureInfo.InvariantCulture))
                + "." + (key / 1000 % 1000).ToString(CultureInfo.InvariantCulture)
                + "." + (key % 1000 == DiagnosisEngine.AnyDetail ? "X" : (key % 1000).ToString(CultureInfo.InvariantCulture));
            Separate(builder).Append(RuntimeTexts.Format(RuntimeTexts.MatchStatus, culture, status));
        }

        if (_rules.Replies[_rule] != 0)
        {
            int reply = _rules.Replies[_rule];
            Separate(builder).Append(RuntimeTexts.Format(RuntimeTexts.MatchReply, culture, reply.ToString(CultureInfo.InvariantCulture) + (reply < 10 ? "XX" : string.Empty)));
        }

        if (_rules.Vendors[_rule].Length > 0)
        {
            Separate(builder).Append(RuntimeTexts.Format(RuntimeTexts.MatchVendor, culture, _rules.Vendors[_rule]));
        }

        if (_rules.Commands[_rule] != SmtpCommand.Unknown)
        {
            Separate(builder).Append(RuntimeTexts.Format(RuntimeTexts.MatchCommand, culture, _rules.Commands[_rule].ToVerb() ?? string.Empty));
        }

        // The line number is left out on purpose: it moves whenever a row is added above, and the conditions name the rule.
        return RuntimeTexts.Format(RuntimeTexts.MatchSource, culture, builder.ToString(), _rules.Source);

        static StringBuilder Separate(StringBuilder b) => b.Length > 0 ? b.Append(" + ") : b;
    }

    /// <summary>
    /// The server's words without the codes: after the cause's reply code and enhanced code, up to the bracket or quote
    /// that closes a nested reply; the whole text, less a leading diagnostic type (<c>smtp;</c>), when no code was found.
    /// The codes that start the lines of a multi-line reply flattened onto one line are removed. Nothing else is
    /// changed: control characters are kept as given (escape them before writing to a terminal).
    /// </summary>
    public string Text
    {
        get
        {
            if (_source is null || _textLength <= 0)
            {
                return string.Empty;
            }

            string text = _source.Substring(_textStart, _textLength);
            return Code == 0 ? text : RemoveContinuationCodes(text, Code, _lineStatus);
        }
    }

    /// <summary>
    /// Says what happened, most specific first: the vendor's entry, then the enhanced code's registry entry, then the
    /// reason, then the reply code; an empty string when nothing was found.
    /// </summary>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The localized text.</returns>
    public string Describe(CultureInfo? culture = null)
    {
        if (_vendor is not null)
        {
            return _vendor.Describe(_vendorEntry, culture);
        }

        if (EnhancedCode is { IsKnown: true } enhanced)
        {
            return enhanced.Describe(culture);
        }

        if (Reason != BounceReason.Undefined)
        {
            return Reason.Describe(culture);
        }

        if (Code != 0)
        {
            return ((SmtpReply)Code).Describe(culture);
        }

        return EnhancedCode is { } unknown ? unknown.Describe(culture) : string.Empty;
    }

    /// <summary>Says what to do, from the reason (<see cref="BounceReasonExtensions.DescribeAction"/>).</summary>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The localized action.</returns>
    public string DescribeAction(CultureInfo? culture = null) => Reason.DescribeAction(culture);

    /// <summary>Analyzes a reply or diagnostic text.</summary>
    /// <param name="text">Any text: a reply, a log line, a bounce's <c>Diagnostic-Code</c>; <see langword="null"/> is empty.</param>
    /// <returns>What was found; <see cref="IsEmpty"/> when nothing was.</returns>
    public static SmtpDiagnosis Analyze(string? text) => Analyze(text, default);

    /// <summary>Analyzes a reply or diagnostic text, with what else is known about it.</summary>
    /// <param name="text">Any text; <see langword="null"/> is empty.</param>
    /// <param name="context">The status and remote host reported beside the text.</param>
    /// <returns>What was found; <see cref="IsEmpty"/> when nothing was.</returns>
    public static SmtpDiagnosis Analyze(string? text, DiagnosisContext context)
    {
        text ??= string.Empty;
        DiagnosisEngine engine = Engine;
        ReadOnlySpan<char> span = text.AsSpan();
        FoundCodes found = ReplyFinder.Find(span);
        EnhancedStatusCode? status = ChooseStatus(found.Enhanced, context.Status);

        int words = engine.Matcher.BitSetLength;
        Span<ulong> bits = words <= 32 ? stackalloc ulong[words] : new ulong[words];
        bits.Clear();

        MatchPhrases(engine.Matcher, span, found, bits);

        int commandWords = engine.CommandWords(bits, out bool anyMarker);
        int statusKey = status is { } s ? s.GetHashCode() : -1;
        int outerKey = found.OuterEnhanced is { } o ? o.GetHashCode() : -1;
        string? identified = null;
        VendorTable? byStatus = null;
        int byStatusEntry = -1;
        int vendorCount = context.RemoteHost is null && !anyMarker ? 0 : engine.Vendors.Length;
        for (int v = 0; v < vendorCount; v++)
        {
            if (!engine.Identifies(v, bits, context.RemoteHost))
            {
                continue;
            }

            identified ??= engine.Vendors[v].Name;
            int entry = statusKey >= 0 ? engine.MatchEntry(v, statusKey, bits) : -1;
            if (entry < 0)
            {
                continue;
            }

            // A tag in the text, or a status of the vendor's own (5.7.708, not in the IANA registry), is as specific as it gets.
            VendorTable vendor = engine.Vendors[v];
            if (vendor.GetTag(entry).Length > 0 || !vendor.GetStatus(entry).IsKnown)
            {
                return new SmtpDiagnosis(text, found, status, context.Command, commandWords, vendor.GetReason(entry), vendor, entry, null, -1);
            }

            if (byStatus is null)
            {
                byStatus = vendor;
                byStatusEntry = entry;
            }
        }

        // A vendor's entry found by a registry status alone is less specific than a phrase found in the text, and more
        // specific than a rule that only looks at codes: vendors use one status (5.7.1) for many things and say which in words.
        var command = new CommandSource(text, context.Command, commandWords);
        int rule = engine.MatchRule(bits, found.Code, found.OuterCode, statusKey, outerKey, identified, ref command);
        bool ruleHasPhrase = rule >= 0 && engine.Rules.Phrases[rule].Length > 0;
        if (byStatus is not null && !ruleHasPhrase)
        {
            return new SmtpDiagnosis(text, found, status, context.Command, commandWords, byStatus.GetReason(byStatusEntry), byStatus, byStatusEntry, null, -1);
        }

        BounceReason reason = rule >= 0 ? engine.Rules.Reasons[rule] : BounceReason.Undefined;
        return new SmtpDiagnosis(text, found, status, context.Command, commandWords, reason, null, -1, engine.Rules, rule);

    }

    /// <summary>
    /// Analyzes a reply that a client library has already split into its code and text, such as MailKit's
    /// <c>SmtpCommandException</c> (<c>StatusCode</c>, <c>Message</c>): <c>Analyze((int)e.StatusCode, e.Message)</c>.
    /// </summary>
    /// <param name="code">The reply code; one outside 100–599 is ignored.</param>
    /// <param name="text">The server's text, with or without an enhanced status code.</param>
    /// <returns>What was found.</returns>
    public static SmtpDiagnosis Analyze(int code, string? text) => Analyze(code, text, default);

    /// <summary>
    /// Analyzes a reply that a client library has already split into its code and text, with what else the client knows:
    /// MailKit's <c>SmtpCommandException.ErrorCode</c> says which command was refused (<c>RecipientNotAccepted</c> is
    /// <see cref="SmtpCommand.RcptTo"/>, <c>SenderNotAccepted</c> <see cref="SmtpCommand.MailFrom"/>,
    /// <c>MessageNotAccepted</c> <see cref="SmtpCommand.Data"/>), which tells a missing mailbox from a filter.
    /// </summary>
    /// <param name="code">The reply code; one outside 100–599 is ignored.</param>
    /// <param name="text">The server's text, with or without an enhanced status code.</param>
    /// <param name="context">The command the reply answered, and any status or remote host.</param>
    /// <returns>What was found.</returns>
    public static SmtpDiagnosis Analyze(int code, string? text, DiagnosisContext context)
    {
        text ??= string.Empty;
        if (!SmtpReplyDigits.IsReplyCode(code))
        {
            return Analyze(text, context);
        }

        // The code goes in front, where a server puts it, unless the text already starts with it.
        string prefix = code.ToString(CultureInfo.InvariantCulture);
        return Analyze(text.StartsWith(prefix, StringComparison.Ordinal) ? text : prefix + " " + text, context);
    }

    /// <summary>
    /// The SMTP command a text says a reply answered, as <see cref="Command"/> reads it (<c>in reply to RCPT TO command</c>,
    /// <c>&gt;&gt;&gt; DATA</c>, <c>SMTP command: DATA</c>, …), without analyzing the rest: for a bounce's notice or a log
    /// line around the reply. The last command named wins. Never throws; linear in the text's length.
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <returns>The command, or <see cref="SmtpCommand.Unknown"/> when the text names none.</returns>
    public static SmtpCommand FindCommand(ReadOnlySpan<char> text) => CommandFinder.Find(text);

    /// <summary>Analyzes a reply or diagnostic text held in a span (copied once into the result's text).</summary>
    /// <param name="text">Any text.</param>
    /// <returns>What was found; <see cref="IsEmpty"/> when nothing was.</returns>
    public static SmtpDiagnosis Analyze(ReadOnlySpan<char> text) => Analyze(text.ToString(), default);

    /// <summary>Analyzes a reply or diagnostic text held in a span (copied once into the result's text).</summary>
    /// <param name="text">Any text.</param>
    /// <param name="context">The status and remote host reported beside the text.</param>
    /// <returns>What was found; <see cref="IsEmpty"/> when nothing was.</returns>
    public static SmtpDiagnosis Analyze(ReadOnlySpan<char> text, DiagnosisContext context) => Analyze(text.ToString(), context);

    /// <summary>
    /// Adds a vendor table (a generated <c>…Info.Vendor</c>) to every later analysis in the process; adding one twice does
    /// nothing. The built-in tables (Google, Microsoft, Yahoo and AOL, Apple) are always there.
    /// </summary>
    /// <param name="vendor">The table.</param>
    public static void AddVendor(VendorTable vendor)
    {
        if (vendor is null)
        {
            throw new ArgumentNullException(nameof(vendor));
        }

        while (true)
        {
            DiagnosisEngine current = Engine;
            if (Array.IndexOf(current.Vendors, vendor) >= 0)
            {
                return;
            }

            var vendors = new VendorTable[current.Vendors.Length + 1];
            Array.Copy(current.Vendors, vendors, current.Vendors.Length);
            vendors[current.Vendors.Length] = vendor;
            if (Interlocked.CompareExchange(ref s_engine, new DiagnosisEngine(current.Rules, vendors), current) == current)
            {
                return;
            }
        }
    }

    /// <summary>The vendor tables in use, built-in ones first.</summary>
    /// <returns>The tables.</returns>
    public static System.Collections.Generic.IReadOnlyList<VendorTable> GetVendors() => Array.AsReadOnly(Engine.Vendors);

    private static DiagnosisEngine Engine
    {
        get
        {
            DiagnosisEngine? engine = Volatile.Read(ref s_engine);
            if (engine is null)
            {
                Interlocked.CompareExchange(ref s_engine, new DiagnosisEngine(DiagnosisRuleTable.Create(), SmtpCodesVendorTables.All), null);
                engine = Volatile.Read(ref s_engine)!;
            }

            return engine;
        }
    }

    /// <summary>
    /// The text's enhanced code, else the context's; also the context's when the text says only <c>X.0.0</c> ("other or
    /// undefined status") and the context, of the same class, says more (a DSN's <c>Status: 5.3.0</c> beside <c>550 5.0.0</c>).
    /// </summary>
    private static EnhancedStatusCode? ChooseStatus(EnhancedStatusCode? text, EnhancedStatusCode? context)
    {
        if (text is not { } said)
        {
            return context;
        }

        return said.Subject == 0 && said.Detail == 0 && context is { } given && given.Class == said.Class && (given.Subject != 0 || given.Detail != 0)
            ? given
            : said;
    }

    /// <summary>
    /// Finds the phrases of the rules, the vendors' markers and tags, and the command words, in the text read without the
    /// codes a multi-line reply flattened onto one line repeats mid-sentence (<c>… multiple 550 5.7.1 addresses …</c>), so
    /// that a phrase matches across them; nothing is copied. The local part of an email address is a name, not words:
    /// <c>&lt;spammer@example.org&gt;</c> says nothing about spam, so local parts are gaps the matcher reads around, in one
    /// pass (<see cref="PhraseMatcher.Match(ReadOnlySpan{char}, Span{ulong}, in ContinuationCodes, ReadOnlySpan{int})"/>).
    /// The domain is read as the rest of the text, so a vendor's marker there counts (<c>ann@icloud.com</c> is at Apple),
    /// as host names do elsewhere.
    /// </summary>
    private static void MatchPhrases(PhraseMatcher matcher, ReadOnlySpan<char> text, in FoundCodes found, Span<ulong> bits)
    {
        Span<char> enhanced = stackalloc char[16];
        int enhancedLength = 0;
        if (found.Code != 0 && found.Enhanced is { } e)
        {
            e.TryFormat(enhanced, out enhancedLength);
        }

        var skipped = new ContinuationCodes(found.Code, enhanced.Slice(0, enhancedLength));

        // Each local part is a gap from its first character to its @ (empty when the @ follows white space or a bracket,
        // which still cuts the text there). A text with more addresses than the buffer holds goes in batches, cut at an @,
        // where a piece starts anyway.
        Span<int> gaps = stackalloc int[2 * MaxGapsPerPass];
        int count = 0;
        int batch = 0;
        int from = 0;
        int at = text.IndexOf('@');
        while (at >= 0)
        {
#if NET
            // The last character before the @ that ends an address, a vector at a time; none: the local part starts at from.
            int local = from + text.Slice(from, at - from).LastIndexOfAny(AddressEnds) + 1;
#else
            int local = at;
            while (local > from && !EndsAddress(text[local - 1]))
            {
                local--;
            }
#endif

            gaps[count++] = local - batch;
            gaps[count++] = at - batch;
            from = at;
            if (count == gaps.Length)
            {
                matcher.Match(text.Slice(batch, at - batch), bits, skipped, gaps);
                batch = at;
                count = 0;
            }

            int next = text.Slice(at + 1).IndexOf('@');
            at = next < 0 ? -1 : at + 1 + next;
        }

        matcher.Match(text.Slice(batch), bits, skipped, gaps.Slice(0, count));
    }

#if NET
    /// <summary>Every character <see cref="EndsAddress"/> holds to end an address, for a vectorized search.</summary>
    private static readonly System.Buffers.SearchValues<char> AddressEnds = CreateAddressEnds();

    private static System.Buffers.SearchValues<char> CreateAddressEnds()
    {
        var ends = new StringBuilder();
        for (int c = char.MinValue; c <= char.MaxValue; c++)
        {
            if (EndsAddress((char)c))
            {
                ends.Append((char)c);
            }
        }

        return System.Buffers.SearchValues.Create(ends.ToString());
    }
#endif

    /// <summary>The local parts <see cref="MatchPhrases"/> leaves out in one pass of the matcher; most texts have one or two.</summary>
    private const int MaxGapsPerPass = 8;

    /// <summary>
    /// Whether <paramref name="c"/> ends an email address: white space, or what quotes or lists one. Most characters of a
    /// local part are ASCII letters and digits, which are answered first without a call.
    /// </summary>
    private static bool EndsAddress(char c) =>
        (uint)((c | 0x20) - 'a') > 'z' - 'a' && (uint)(c - '0') > 9
        && (char.IsWhiteSpace(c) || c is '<' or '>' or '(' or ')' or '[' or ']' or '"' or '\'' or ',' or ';' or ':');

    /// <summary>Removes <c>550-5.2.1 </c> / <c>550 5.2.1 </c> where a flattened multi-line reply repeats its codes.</summary>
    private static string RemoveContinuationCodes(string text, int code, EnhancedStatusCode? enhanced)
    {
        Span<char> buffer = stackalloc char[16];
        int length = 0;
        if (enhanced is { } e)
        {
            e.TryFormat(buffer, out length);
        }

        var codes = new ContinuationCodes(code, buffer.Slice(0, length));
        int from = 0;
        if (!codes.Next(text.AsSpan(), ref from, out int codeStart, out int codeEnd))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        int start = 0;
        do
        {
            builder.Append(text, start, codeStart - start);
            start = codeEnd;
        }
        while (codes.Next(text.AsSpan(), ref from, out codeStart, out codeEnd));

        return builder.Append(text, start, text.Length - start).ToString();
    }
}
