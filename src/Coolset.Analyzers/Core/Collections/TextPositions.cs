using System;
using System.Collections.Generic;

namespace Coolset.Analyzers.Core
{
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
    }
}
