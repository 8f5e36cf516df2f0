using System;
using System.ComponentModel;

namespace SmtpCodes;

/// <summary>
/// A classification rule table, as the generator emits it from a CSV of <c>SmtpCodesKind="rules"</c>: per rule, the
/// reason it decides and its conditions (an enhanced status, a reply code, a phrase, a vendor; empty ones always hold).
/// Rules are tried in file order and the first whose every condition holds decides. Generated code uses it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DiagnosisRules
{
    /// <summary>Creates a rule table; every array has one entry per rule.</summary>
    /// <param name="source">The CSV's file name, for <see cref="SmtpDiagnosis.MatchedBy"/>.</param>
    /// <param name="lines">Each rule's line in the CSV.</param>
    /// <param name="reasons">The reason each rule decides.</param>
    /// <param name="statuses">The status: <c>class * 1,000,000 + subject * 1,000 + detail</c>, class 0 for any, detail 999 for any; -1 for none.</param>
    /// <param name="replies">The reply code, a class digit (5 for any 5XX code), or 0 for none.</param>
    /// <param name="phrases">The phrase, matched ignoring case, or empty for none.</param>
    /// <param name="vendors">The vendor the rule is tied to, or empty for any.</param>
    /// <exception cref="ArgumentException">The arrays differ in length.</exception>
    public DiagnosisRules(string source, int[] lines, BounceReason[] reasons, int[] statuses, int[] replies, string[] phrases, string[] vendors)
        : this(source, lines, reasons, statuses, replies, phrases, vendors, new SmtpCommand[lines?.Length ?? 0])
    {
    }

    /// <summary>Creates a rule table whose rules may also name the command a reply must answer.</summary>
    /// <param name="source">The CSV's file name, for <see cref="SmtpDiagnosis.MatchedBy"/>.</param>
    /// <param name="lines">Each rule's line in the CSV.</param>
    /// <param name="reasons">The reason each rule decides.</param>
    /// <param name="statuses">The status: <c>class * 1,000,000 + subject * 1,000 + detail</c>, class 0 for any, detail 999 for any; -1 for none.</param>
    /// <param name="replies">The reply code, a class digit (5 for any 5XX code), or 0 for none.</param>
    /// <param name="phrases">The phrase, matched ignoring case, or empty for none.</param>
    /// <param name="vendors">The vendor the rule is tied to, or empty for any.</param>
    /// <param name="commands">The command the reply must answer, or <see cref="SmtpCommand.Unknown"/> for any.</param>
    /// <exception cref="ArgumentException">The arrays differ in length.</exception>
    public DiagnosisRules(string source, int[] lines, BounceReason[] reasons, int[] statuses, int[] replies, string[] phrases, string[] vendors, SmtpCommand[] commands)
    {
        Source = source ?? throw new ArgumentNullException(nameof(source));
        Lines = lines ?? throw new ArgumentNullException(nameof(lines));
        Reasons = reasons ?? throw new ArgumentNullException(nameof(reasons));
        Statuses = statuses ?? throw new ArgumentNullException(nameof(statuses));
        Replies = replies ?? throw new ArgumentNullException(nameof(replies));
        Phrases = phrases ?? throw new ArgumentNullException(nameof(phrases));
        Vendors = vendors ?? throw new ArgumentNullException(nameof(vendors));
        Commands = commands ?? throw new ArgumentNullException(nameof(commands));
        int count = lines.Length;
        if (reasons.Length != count || statuses.Length != count || replies.Length != count || phrases.Length != count || vendors.Length != count || commands.Length != count)
        {
            throw new ArgumentException("There must be one entry per rule in every array.", nameof(lines));
        }
    }

    /// <summary>The number of rules.</summary>
    public int Count => Lines.Length;

    internal string Source { get; }

    internal int[] Lines { get; }

    internal BounceReason[] Reasons { get; }

    internal int[] Statuses { get; }

    internal int[] Replies { get; }

    internal string[] Phrases { get; }

    internal string[] Vendors { get; }

    internal SmtpCommand[] Commands { get; }
}
