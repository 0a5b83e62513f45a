using System;
using System.Collections.Generic;

namespace Coolset.Analyzers.Core
{
    /// <summary>Plain searches of a file's text, for the rules that look there before they ask the compiler.</summary>
    internal static class TextPositions
    {
        /// <summary>Adds the start of every occurrence of <paramref name="value"/> in <paramref name="text"/>, in ascending order, without overlaps.</summary>
        public static void AddOccurrences(string text, string value, StringComparison comparison, List<int> positions)
        {
            for (var index = 0; index < text.Length && (index = text.IndexOf(value, index, comparison)) >= 0; index += value.Length)
            {
                positions.Add(index);
            }
        }

        /// <summary>Whether [<paramref name="start"/>, +<paramref name="length"/>) is not part of a longer identifier.</summary>
        public static bool IsWholeWord(string text, int start, int length) =>
            (start == 0 || !IsIdentifierChar(text[start - 1])) &&
            (start + length >= text.Length || !IsIdentifierChar(text[start + length]));

        /// <summary>A character that may continue a C# identifier (any non-ASCII one counts, to err on the side of looking).</summary>
        public static bool IsIdentifierChar(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c > 127;
    }
}
