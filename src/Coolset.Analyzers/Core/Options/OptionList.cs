using System.Collections.Immutable;

namespace Coolset.Analyzers.Core
{
    /// <summary>Splits a list option: entries separated by '|' or by commas outside parentheses, trimmed, empties dropped.</summary>
    internal static class OptionList
    {
        public static ImmutableArray<string> Split(string value)
        {
            var builder = ImmutableArray.CreateBuilder<string>();
            var depth = 0;
            var start = 0;
            for (var i = 0; i <= value.Length; i++)
            {
                var c = i < value.Length ? value[i] : '|';
                if (c == '(')
                {
                    depth++;
                }
                else if (c == ')' && depth > 0)
                {
                    depth--;
                }
                else if (c == '|' || (c == ',' && depth == 0))
                {
                    var entry = value.Substring(start, i - start).Trim();
                    if (entry.Length > 0)
                    {
                        builder.Add(entry);
                    }

                    start = i + 1;
                    if (c == '|')
                    {
                        depth = 0;
                    }
                }
            }

            return builder.ToImmutable();
        }
    }
}
