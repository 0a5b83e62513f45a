using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Coolset.Analyzers.CodeFixes
{
    /// <summary>Edits log message text: removes a template hole (<c>{Token}</c>, <c>{0}</c>) and tidies what it leaves behind.</summary>
    internal static class LogMessageText
    {
        /// <summary>
        /// Removes the hole for the format argument at <paramref name="argumentIndex"/>. Templates whose holes are all
        /// numbers (<c>{0}</c>, composite format) lose every <c>{index}</c> and the higher numbers move down; other
        /// templates (<c>{Token}</c>, message templates) lose the hole at that position. Unchanged when there is none.
        /// </summary>
        public static string RemoveArgumentHole(string template, int argumentIndex)
        {
            var holes = Holes(template);
            var numeric = holes.Count > 0 && holes.TrueForAll(h => h.Number >= 0);
            if (!numeric)
            {
                return argumentIndex < holes.Count ? RemoveSpan(template, holes[argumentIndex].Start, holes[argumentIndex].End) : template;
            }

            var builder = new StringBuilder(template);
            for (var i = holes.Count - 1; i >= 0; i--)
            {
                var hole = holes[i];
                if (hole.Number > argumentIndex)
                {
                    builder.Remove(hole.NumberStart, hole.NumberLength)
                           .Insert(hole.NumberStart, (hole.Number - 1).ToString(CultureInfo.InvariantCulture));
                }
            }

            var result = builder.ToString();
            for (var i = holes.Count - 1; i >= 0; i--)
            {
                if (holes[i].Number == argumentIndex)
                {
                    // Renumbering may have shortened holes before this one: find its span in the new text.
                    var current = Holes(result)[i];
                    result = RemoveSpan(result, current.Start, current.End);
                }
            }

            return result;
        }

        /// <summary>
        /// Removes [start, end) and tidies predictably: at the end of the text, or before <c>, . ; ! ? )</c>, trailing
        /// spaces, ':' and '=' before it go too ("Token: {Token}" → "Token"); between two spaces one space goes.
        /// </summary>
        public static string RemoveSpan(string text, int start, int end)
        {
            var before = text.Substring(0, start);
            var after = text.Substring(end);
            if (after.Length == 0 || ",.;!?)".IndexOf(after[0]) >= 0)
            {
                before = before.TrimEnd(' ', '\t', ':', '=');
            }
            else if (after[0] == ' ' && (before.Length == 0 || before[before.Length - 1] == ' '))
            {
                after = after.Substring(1);
            }

            return before + after;
        }

        private static List<Hole> Holes(string template)
        {
            var holes = new List<Hole>();
            for (var i = 0; i < template.Length; i++)
            {
                if (template[i] == '}' && i + 1 < template.Length && template[i + 1] == '}')
                {
                    i++;
                    continue;
                }

                if (template[i] != '{')
                {
                    continue;
                }

                if (i + 1 < template.Length && template[i + 1] == '{')
                {
                    i++;
                    continue;
                }

                var close = template.IndexOf('}', i + 1);
                if (close < 0)
                {
                    break;
                }

                holes.Add(new Hole(template, i, close + 1));
                i = close;
            }

            return holes;
        }

        private readonly struct Hole
        {
            public Hole(string template, int start, int end)
            {
                Start = start;
                End = end;
                var nameStart = start + 1;
                if (nameStart < end && (template[nameStart] == '@' || template[nameStart] == '$'))
                {
                    nameStart++;
                }

                var nameEnd = nameStart;
                while (nameEnd < end - 1 && template[nameEnd] != ',' && template[nameEnd] != ':')
                {
                    nameEnd++;
                }

                NumberStart = nameStart;
                NumberLength = nameEnd - nameStart;
                Number = NumberLength > 0 && NumberLength < 6 && IsDigits(template, nameStart, nameEnd)
                    ? int.Parse(template.Substring(nameStart, NumberLength), CultureInfo.InvariantCulture)
                    : -1;
            }

            public int Start { get; }

            public int End { get; }

            /// <summary>The hole's index for <c>{0}</c>-style holes, else -1.</summary>
            public int Number { get; }

            public int NumberStart { get; }

            public int NumberLength { get; }

            private static bool IsDigits(string text, int start, int end)
            {
                for (var i = start; i < end; i++)
                {
                    if (text[i] < '0' || text[i] > '9')
                    {
                        return false;
                    }
                }

                return true;
            }
        }
    }
}
