using System.Net;
using System.Text;

namespace SmtpCodes.Bounces;

/// <summary>Turns an HTML notice into text good enough to find addresses and replies in: tags become line breaks.</summary>
internal static class HtmlText
{
    public static string ToPlainText(string html)
    {
        var text = new StringBuilder(html.Length);
        bool inTag = false;
        foreach (char c in html)
        {
            if (c == '<')
            {
                inTag = true;
                continue;
            }

            if (c == '>' && inTag)
            {
                inTag = false;
                text.Append('\n');
                continue;
            }

            if (!inTag)
            {
                text.Append(c);
            }
        }

        return WebUtility.HtmlDecode(text.ToString());
    }
}
