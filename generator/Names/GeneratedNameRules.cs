using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SmtpCodes.Generator.Names
{
    /// <summary>
    /// The rules for the names a code table turns into C#: the enum's full name (<c>SmtpCodesEnum</c>) and its members
    /// (the <c>name</c> column). The generator and the MSBuild task both call these, so a name the generator rejects
    /// is never written into a .resx file or used as a path, and the two never disagree. No Roslyn types are used, so
    /// the task (which does not load Roslyn) compiles the same file.
    /// </summary>
    /// <remarks>
    /// Identifiers follow the C# specification (a letter or <c>_</c>, then letters, digits, connectors and combining
    /// marks) without the parts the compiler rewrites: Unicode formatting characters (Cf: soft hyphen, bidirectional
    /// overrides, zero-width joiners) are removed by the compiler, so <c>Foo</c> and <c>Foo&#xAD;</c> would be the
    /// same member while <c>ToStringFast()</c> returned different strings; they are rejected instead. So are
    /// <c>@</c>-prefixed names and surrogate pairs, which the compiler does not accept in identifiers either.
    /// </remarks>
    internal static class GeneratedNameRules
    {
        /// <summary>The longest member name, in characters. Metadata names are limited to 1024 UTF-8 bytes (CS7013).</summary>
        public const int MaxMemberNameLength = 200;

        /// <summary>
        /// The longest enum full name, in UTF-8 bytes: it becomes a generated file's name (<c>{name}Localizer.g.cs</c>)
        /// and the .resx files' names, and file names are at most 255 bytes on common file systems.
        /// </summary>
        public const int MaxEnumNameBytes = 200;

        /// <summary>What the generator appends to the enum's name for the types it generates next to it.</summary>
        public static readonly string[] GeneratedTypeSuffixes = { string.Empty, "Extensions", "Info", "Localizer" };

        // C# reserved keywords: never usable as a type or namespace name without @.
        private static readonly HashSet<string> Keywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
            "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
            "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
            "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
            "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
            "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
            "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
            "__arglist", "__makeref", "__reftype", "__refvalue",
        };

        // C# contextual keywords: a type named 'var', 'record', 'file', 'required' or 'scoped' breaks the generated
        // code or is an error in a newer language version, so no part of an enum name may be one.
        private static readonly HashSet<string> ContextualKeywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "add", "alias", "allows", "and", "args", "ascending", "assembly", "async", "await", "by", "descending",
            "dynamic", "equals", "extension", "field", "file", "from", "get", "global", "group", "init", "into", "join",
            "let", "managed", "method", "module", "nameof", "nint", "not", "notnull", "nuint", "on", "or", "orderby", "param", "partial", "property",
            "record", "remove", "required", "scoped", "select", "set", "type", "typevar", "unmanaged", "value", "var", "when",
            "where", "with", "yield",
        };

        /// <summary>Whether <paramref name="name"/> is a C# reserved keyword (a member with that name is written with <c>@</c>).</summary>
        public static bool IsKeyword(string name) => Keywords.Contains(name);

        /// <summary>Whether <paramref name="name"/> is a C# contextual keyword.</summary>
        public static bool IsContextualKeyword(string name) => ContextualKeywords.Contains(name);

        /// <summary>
        /// Checks a member name from the <c>name</c> column. Reserved keywords are allowed (they are emitted with
        /// <c>@</c>); <c>value__</c> is the field every enum already has.
        /// </summary>
        /// <returns>Why the name cannot be used, or null when it can.</returns>
        public static string? CheckMemberName(string name)
        {
            if (name.Length > MaxMemberNameLength)
            {
                return "it is longer than " + Format(MaxMemberNameLength) + " characters";
            }

            if (string.Equals(name, "value__", StringComparison.Ordinal))
            {
                return "'value__' is the field every enum has";
            }

            return CheckIdentifier(name);
        }

        /// <summary>Whether <paramref name="name"/> is a usable member name.</summary>
        public static bool IsValidMemberName(string name) => CheckMemberName(name) is null;

        /// <summary>
        /// Checks an enum's full name (<c>SmtpCodesEnum</c>, already trimmed): dotted identifiers, none a keyword or a
        /// contextual keyword, and a type name that is not all lowercase ASCII letters (CS8981, an error under
        /// warnings-as-errors).
        /// </summary>
        /// <returns>Why the name cannot be used, or null when it can.</returns>
        public static string? CheckEnumName(string fullName)
        {
            if (fullName.Length == 0)
            {
                return "it is empty";
            }

            if (Encoding.UTF8.GetByteCount(fullName) > MaxEnumNameBytes)
            {
                return "it is longer than " + Format(MaxEnumNameBytes) + " bytes";
            }

            string[] parts = fullName.Split('.');
            foreach (string part in parts)
            {
                if (part.Length == 0)
                {
                    return "it has an empty part between dots";
                }

                if (CheckIdentifier(part) is { } reason)
                {
                    return reason;
                }

                if (IsKeyword(part) || IsContextualKeyword(part))
                {
                    return "'" + part + "' is a C# keyword";
                }
            }

            if (IsLowercaseAscii(parts[parts.Length - 1]))
            {
                return "a type name of only lowercase letters may become a C# keyword (CS8981)";
            }

            return null;
        }

        /// <summary>Whether <paramref name="fullName"/> is a usable enum name.</summary>
        public static bool IsValidEnumName(string fullName) => CheckEnumName(fullName) is null;

        /// <summary>The namespaces an enum's full name declares: <c>A</c> and <c>A.B</c> for <c>A.B.Reply</c>.</summary>
        public static IEnumerable<string> NamespacesOf(string fullName)
        {
            for (int dot = fullName.IndexOf('.'); dot >= 0; dot = fullName.IndexOf('.', dot + 1))
            {
                yield return fullName.Substring(0, dot);
            }
        }

        /// <summary>The types generated for an enum: the enum and its <c>Extensions</c>, <c>Info</c> and <c>Localizer</c>.</summary>
        public static IEnumerable<string> GeneratedTypesOf(string fullName)
        {
            foreach (string suffix in GeneratedTypeSuffixes)
            {
                yield return fullName + suffix;
            }
        }

        private static string? CheckIdentifier(string name)
        {
            if (name.Length == 0)
            {
                return "it is empty";
            }

            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (category == UnicodeCategory.Format)
                {
                    return "it contains the invisible formatting character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
                        + ", which the compiler removes";
                }

                bool valid = i == 0 ? IsIdentifierStart(c, category) : IsIdentifierPart(c, category);
                if (!valid)
                {
                    return i == 0
                        ? "an identifier starts with a letter or '_'"
                        : "it contains " + DescribeCharacter(c) + ", which an identifier cannot hold";
                }
            }

            return null;
        }

        private static bool IsIdentifierStart(char c, UnicodeCategory category) =>
            c == '_' || IsLetter(c, category);

        private static bool IsIdentifierPart(char c, UnicodeCategory category) =>
            IsLetter(c, category)
            || (c >= '0' && c <= '9')
            || (c > 127 && (category == UnicodeCategory.DecimalDigitNumber
                || category == UnicodeCategory.ConnectorPunctuation
                || category == UnicodeCategory.NonSpacingMark
                || category == UnicodeCategory.SpacingCombiningMark))
            || c == '_';

        private static bool IsLetter(char c, UnicodeCategory category)
        {
            if (c < 128)
            {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            }

            switch (category)
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.LetterNumber:
                    return true;
                default:
                    return false;
            }
        }

        private static bool IsLowercaseAscii(string name)
        {
            foreach (char c in name)
            {
                if (c < 'a' || c > 'z')
                {
                    return false;
                }
            }

            return true;
        }

        private static string DescribeCharacter(char c) =>
            c >= 0x20 && c < 0x7F ? "'" + c + "'" : "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

        private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
