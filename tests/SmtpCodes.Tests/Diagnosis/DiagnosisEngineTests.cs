using System;
using SmtpCodes.Diagnosis;
using Xunit;

namespace SmtpCodes.Tests.Diagnosis;

/// <summary>The rule index: code-only rules on a class (5XX) or on any detail (X.1.X) hold for the cause and the wrapping reply alike.</summary>
public class DiagnosisEngineTests
{
    private static readonly DiagnosisEngine Engine = new(
        new DiagnosisRules(
            "fixture.csv",
            lines: new[] { 2, 3 },
            reasons: new[] { BounceReason.Blocked, BounceReason.UserUnknown },
            statuses: new[] { -1, 1999 },
            replies: new[] { 5, 0 },
            phrases: new[] { string.Empty, string.Empty },
            vendors: new[] { string.Empty, string.Empty }),
        Array.Empty<VendorTable>());

    [Theory]
    [InlineData(554, 0, -1, -1, 0)]
    [InlineData(421, 554, -1, -1, 0)]
    [InlineData(421, 0, -1, -1, -1)]
    [InlineData(0, 0, 5001001, -1, 1)]
    [InlineData(0, 0, 4004002, 5001010, 1)]
    [InlineData(0, 0, 5002001, -1, -1)]
    public void Wildcard_code_rules_are_found_for_the_cause_and_the_outer_reply(int code, int outerCode, int status, int outerStatus, int rule)
    {
        var found = new ulong[Engine.Matcher.BitSetLength];
        var command = new CommandSource(string.Empty, SmtpCommand.Unknown, words: 0);

        Assert.Equal(rule, Engine.MatchRule(found, code, outerCode, status, outerStatus, vendor: null, ref command));
    }
}
