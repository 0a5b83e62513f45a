using Microsoft.CodeAnalysis;

namespace Coolset.Analyzers.Core
{
    /// <summary>Maps a piece of a literal's value back to where it is written in the source (escapes make them differ).</summary>
    internal static class LiteralText
    {
        /// <summary>
        /// Where the piece <c>value[valueStart, valueStart + length)</c> is written in <paramref name="token"/>'s text, as an
        /// absolute position: the same occurrence (first, second…) of that piece in the source text as in the value. False
        /// when an escape sequence inside the piece means it is not written literally.
        /// </summary>
        public static bool TryMap(SyntaxToken token, string value, int valueStart, int length, out int position)
        {
            position = -1;
            if (length <= 0 || valueStart < 0 || valueStart + length > value.Length)
            {
                return false;
            }

            var occurrence = 0;
            var index = 0;
            while ((index = IndexOfPiece(value, value, valueStart, length, index)) >= 0 && index < valueStart)
            {
                occurrence++;
                index++;
            }

            var raw = token.Text;
            var rawIndex = 0;
            for (var seen = 0; ; seen++)
            {
                rawIndex = IndexOfPiece(raw, value, valueStart, length, rawIndex);
                if (rawIndex < 0)
                {
                    return false;
                }

                if (seen == occurrence)
                {
                    position = token.SpanStart + rawIndex;
                    return true;
                }

                rawIndex++;
            }
        }

        /// <summary>The next index at or after <paramref name="from"/> where <c>piece[start, start + length)</c> occurs in <paramref name="text"/>.</summary>
        private static int IndexOfPiece(string text, string piece, int start, int length, int from)
        {
            for (var i = from; i <= text.Length - length; i++)
            {
                if (string.CompareOrdinal(text, i, piece, start, length) == 0)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
