using System;
using System.Globalization;
using System.Linq;
using Xunit;

namespace SmtpCodes.Tests.Runtime;

public class InfoAndClassificationTests
{
    [Theory]
    [InlineData("550", SmtpReply.MailboxUnavailable)]
    [InlineData(" 550\t", SmtpReply.MailboxUnavailable)]
    [InlineData("MailboxUnavailable", SmtpReply.MailboxUnavailable)]
    [InlineData("mailboxunavailable", SmtpReply.MailboxUnavailable)]
    [InlineData("MAILBOXUNAVAILABLE", SmtpReply.MailboxUnavailable)]
    [InlineData("ok", SmtpReply.Ok)]
    [InlineData("CLIENTNOTPERMITTED", SmtpReply.ClientNotPermitted)]
    [InlineData("354", SmtpReply.StartMailInput)]
    public void TryParse_accepts_codes_and_names_ignoring_case_in_Turkish_culture(string text, SmtpReply expected)
    {
        Assert.Equal("tr-TR", CultureInfo.CurrentCulture.Name);
        Assert.True(SmtpReplyInfo.TryParse(text, out SmtpReply value));
        Assert.Equal(expected, value);
        Assert.True(SmtpReplyInfo.TryParse(text.AsSpan(), out value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("599")]
    [InlineData("000")]
    [InlineData("55")]
    [InlineData("5500")]
    [InlineData("+550")]
    [InlineData("550 5.1.1 User unknown")]
    [InlineData("Mailbox Unavailable")]
    [InlineData("MailboxUnavailable2")]
    [InlineData("٥٥٠")]
    [InlineData("\0")]
    public void TryParse_rejects_everything_else(string text)
    {
        Assert.False(SmtpReplyInfo.TryParse(text, out SmtpReply value));
        Assert.Equal(default, value);
    }

    [Fact]
    public void TryParse_rejects_null()
    {
        Assert.False(SmtpReplyInfo.TryParse((string?)null, out _));
    }

    [Fact]
    public void Every_member_parses_back_from_its_code_and_its_name()
    {
        foreach (SmtpReply reply in SmtpReplyInfo.GetValues())
        {
            Assert.True(SmtpReplyInfo.TryParse(((int)reply).ToString(CultureInfo.InvariantCulture), out SmtpReply byCode));
            Assert.True(SmtpReplyInfo.TryParse(reply.ToStringFast().ToUpperInvariant(), out SmtpReply byName));
            Assert.Equal(reply, byCode);
            Assert.Equal(reply, byName);
        }
    }

    [Fact]
    public void ToStringFast_matches_Enum_ToString_for_members_and_other_values()
    {
        foreach (SmtpReply reply in Enum.GetValues<SmtpReply>().Concat(new[] { (SmtpReply)0, (SmtpReply)599, (SmtpReply)(-1) }))
        {
            Assert.Equal(reply.ToString(), reply.ToStringFast());
        }
    }

    [Fact]
    public void GetValues_and_IsDefined_agree_with_reflection()
    {
        Assert.Equal(Enum.GetValues<SmtpReply>(), SmtpReplyInfo.GetValues());
        Assert.Same(SmtpReplyInfo.GetValues(), SmtpReplyInfo.GetValues());
        for (int code = -1; code < 1000; code++)
        {
            Assert.Equal(Enum.IsDefined((SmtpReply)code), SmtpReplyInfo.IsDefined(code));
            Assert.Equal(Enum.IsDefined((SmtpReply)code), SmtpReplyInfo.IsDefined((SmtpReply)code));
        }
    }

    [Fact]
    public void GetValues_cannot_be_used_to_change_the_table()
    {
        var list = Assert.IsAssignableFrom<System.Collections.Generic.IList<SmtpReply>>(SmtpReplyInfo.GetValues());
        Assert.True(list.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => list[0] = SmtpReply.Ok);
    }

    [Theory]
    [InlineData(SmtpReply.ServiceReady, SmtpReplyClass.PositiveCompletion, SmtpReplyCategory.Connections, true, false, false)]
    [InlineData(SmtpReply.StartMailInput, SmtpReplyClass.PositiveIntermediate, SmtpReplyCategory.MailSystem, true, false, false)]
    [InlineData(SmtpReply.SystemStatus, SmtpReplyClass.PositiveCompletion, SmtpReplyCategory.Information, true, false, false)]
    [InlineData(SmtpReply.MailboxBusy, SmtpReplyClass.TransientNegative, SmtpReplyCategory.MailSystem, false, true, false)]
    [InlineData(SmtpReply.PasswordTransitionNeeded, SmtpReplyClass.TransientNegative, SmtpReplyCategory.Unspecified3, false, true, false)]
    [InlineData(SmtpReply.CommandUnrecognized, SmtpReplyClass.PermanentNegative, SmtpReplyCategory.Syntax, false, false, true)]
    [InlineData(SmtpReply.NoDnsServer, SmtpReplyClass.PermanentNegative, SmtpReplyCategory.Unspecified4, false, false, true)]
    [InlineData((SmtpReply)150, SmtpReplyClass.PositivePreliminary, SmtpReplyCategory.MailSystem, true, false, false)]
    [InlineData((SmtpReply)0, SmtpReplyClass.Unknown, SmtpReplyCategory.Unknown, false, false, false)]
    [InlineData((SmtpReply)580, SmtpReplyClass.PermanentNegative, SmtpReplyCategory.Unknown, false, false, true)]
    [InlineData((SmtpReply)650, SmtpReplyClass.Unknown, SmtpReplyCategory.Unknown, false, false, false)]
    public void Classification_follows_the_first_and_second_digit(SmtpReply reply, SmtpReplyClass replyClass, SmtpReplyCategory category, bool positive, bool transient, bool permanent)
    {
        Assert.Equal(replyClass, reply.GetClass());
        Assert.Equal(category, reply.GetCategory());
        Assert.Equal(positive, reply.IsPositive());
        Assert.Equal(transient, reply.IsTransient());
        Assert.Equal(permanent, reply.IsPermanent());
    }
}
