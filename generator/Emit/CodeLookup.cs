using System.Linq;
using SmtpCodes.Generator.Csv;

namespace SmtpCodes.Generator.Emit
{
    /// <summary>
    /// How the generated code finds a member's row: the layout of the text table (rows sorted by code, so classes, then
    /// subjects, then members) and whether member values are dense enough for an array indexed by <c>value - min</c>.
    /// </summary>
    /// <remarks>
    /// Lookups are arrays plus a dense index or a binary search, never a <c>switch</c> over the rows: a switch expression
    /// with thousands of arms made the compiler take tens of seconds and gigabytes to compile the generated code.
    /// </remarks>
    internal sealed class CodeLookup
    {
        /// <summary>A dense index is used up to this span of values, or while at least half of its slots are members.</summary>
        public const int MaxAlwaysDenseSpan = 1024;

        public CodeLookup(CodeTable table)
        {
            Members = table.Rows.Where(r => r.IsMember).ToArray();
            Classes = table.Rows.Where(r => r.Kind == CodeRowKind.EnhancedClass).ToArray();
            Subjects = table.Rows.Where(r => r.Kind == CodeRowKind.EnhancedSubject).ToArray();
            FirstMemberRow = table.Rows.Count - Members.Length;
            if (Members.Length > 0)
            {
                MinValue = Members[0].EnumValue;
                Span = Members[Members.Length - 1].EnumValue - MinValue + 1;
                IsDense = Span <= MaxAlwaysDenseSpan || Span <= 2 * Members.Length;
            }
        }

        /// <summary>The rows that are enum members, in ascending order of value (rows are sorted by code, and members sort last).</summary>
        public CodeRow[] Members { get; }

        public CodeRow[] Classes { get; }

        public CodeRow[] Subjects { get; }

        /// <summary>The text-table row of <c>Members[0]</c>: class and subject rows come first.</summary>
        public int FirstMemberRow { get; }

        /// <summary>The text-table row of the first subject: class rows come first.</summary>
        public int FirstSubjectRow => Classes.Length;

        public int MinValue { get; }

        public int Span { get; }

        public bool IsDense { get; }
    }
}
