using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Coolset.Analyzers.CodeFixes
{
    /// <summary>The one place fixes write C# string literals.</summary>
    internal static class StringLiterals
    {
        /// <summary><paramref name="value"/> as a regular, quoted literal: <c>"a\"b"</c>.</summary>
        public static string Quoted(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

        /// <summary><paramref name="value"/> escaped as the text of a regular interpolated string (braces doubled).</summary>
        public static string InterpolatedText(string value) => DoubleBraces(SymbolDisplay.FormatLiteral(value, quote: false));

        /// <summary>Text of a verbatim or raw literal that becomes interpolated: only braces need doubling.</summary>
        public static string DoubleBraces(string text) => text.Replace("{", "{{").Replace("}", "}}");

        /// <summary>A literal token for <paramref name="value"/> in the style of <paramref name="original"/>: verbatim stays verbatim, anything else becomes regular.</summary>
        public static SyntaxToken InStyleOf(SyntaxToken original, string value)
        {
            var text = original.Text.StartsWith("@", System.StringComparison.Ordinal)
                ? "@\"" + value.Replace("\"", "\"\"") + "\""
                : Quoted(value);
            return SyntaxFactory.Literal(text, value);
        }
    }
}
