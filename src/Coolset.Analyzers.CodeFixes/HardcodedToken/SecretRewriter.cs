using System.Collections.Generic;
using System.Linq;
using System.Text;
using Coolset.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coolset.Analyzers.CodeFixes
{
    /// <summary>
    /// Builds the C# text that replaces a host expression: the lookup alone where the secret was the whole value,
    /// else an interpolated string that keeps the rest of the text (the <c>Bearer </c> prefix, a URL) and reads the
    /// secret in a hole. Literal forms (verbatim, raw) are kept by slicing the source text around the secret.
    /// </summary>
    internal static class SecretRewriter
    {
        private const string Utf8GetBytes = "System.Text.Encoding.UTF8.GetBytes(";

        /// <summary>Null where no rewrite keeps the code valid.</summary>
        public static string? Rewrite(SemanticModel model, ExpressionSyntax host, IReadOnlyList<SecretSite> sites, TokenLookup lookup, bool nonNullRequired)
        {
            switch (sites[0].Kind)
            {
                case SecretHostKind.Literal:
                    return RewriteLiteral(sites[0].TextToken, sites.Select(s => s.Match).ToList(), lookup, nonNullRequired);
                case SecretHostKind.InterpolatedText:
                    return RewriteInterpolated((InterpolatedStringExpressionSyntax)host, sites, lookup);
                default:
                    var constant = model.GetConstantValue(host);
                    if (!constant.HasValue || !(constant.Value is string value))
                    {
                        return null;
                    }

                    var matches = Ordered(sites.Select(s => s.Match));
                    if (IsWhole(value, matches))
                    {
                        return nonNullRequired ? lookup.NonNullExpressionText : lookup.ExpressionText;
                    }

                    var builder = new StringBuilder("$\"");
                    AppendWithHoles(builder, value, matches, lookup.ExpressionText, "{", "}", StringLiterals.InterpolatedText);
                    return builder.Append('"').ToString();
            }
        }

        private static string? RewriteLiteral(SyntaxToken token, List<SecretMatch> matches, TokenLookup lookup, bool nonNullRequired)
        {
            var value = token.ValueText;
            matches = Ordered(matches);
            var isUtf8 = token.IsKind(SyntaxKind.Utf8StringLiteralToken) ||
                         token.IsKind(SyntaxKind.Utf8SingleLineRawStringLiteralToken) ||
                         token.IsKind(SyntaxKind.Utf8MultiLineRawStringLiteralToken);
            if (IsWhole(value, matches))
            {
                return isUtf8 ? Utf8GetBytes + lookup.NonNullExpressionText + ")"
                    : nonNullRequired ? lookup.NonNullExpressionText
                    : lookup.ExpressionText;
            }

            var text = token.Text;
            var suffixLength = isUtf8 ? 2 : 0;
            var isRaw = text.StartsWith("\"\"\"", System.StringComparison.Ordinal);
            var isVerbatim = text.StartsWith("@", System.StringComparison.Ordinal);
            var quotes = isRaw ? CountLeading(text, '"') : 1;
            var contentStart = quotes + (isVerbatim ? 1 : 0);
            var content = text.Substring(contentStart, text.Length - contentStart - quotes - suffixLength);
            var rawMatches = MapToSource(value, content, matches);
            if (rawMatches == null)
            {
                return null;
            }

            var builder = new StringBuilder();
            if (isRaw)
            {
                var dollars = MaxBraceRun(content) + 1;
                builder.Append('$', dollars).Append('"', quotes);
                AppendWithHoles(builder, content, rawMatches, lookup.ExpressionText, new string('{', dollars), new string('}', dollars), s => s);
                builder.Append('"', quotes);
            }
            else
            {
                builder.Append(isVerbatim ? "$@\"" : "$\"");
                AppendWithHoles(builder, content, rawMatches, lookup.ExpressionText, "{", "}", StringLiterals.DoubleBraces);
                builder.Append('"');
            }

            return isUtf8 ? Utf8GetBytes + builder + ")" : builder.ToString();
        }

        private static string? RewriteInterpolated(InterpolatedStringExpressionSyntax host, IReadOnlyList<SecretSite> sites, TokenLookup lookup)
        {
            var start = host.StringStartToken.Text;
            var dollars = CountLeading(start, '$');
            var isRaw = start.Contains("\"\"\"");
            var open = isRaw ? new string('{', dollars) : "{";
            var close = isRaw ? new string('}', dollars) : "}";

            var builder = new StringBuilder(start);
            foreach (var content in host.Contents)
            {
                var partSites = sites.Where(s => s.TextToken.Span == content.Span).ToList();
                if (partSites.Count == 0 || !(content is InterpolatedStringTextSyntax textPart))
                {
                    builder.Append(content.ToFullString());
                    continue;
                }

                var token = textPart.TextToken;
                var rawMatches = MapToSource(token.ValueText, token.Text, Ordered(partSites.Select(s => s.Match)));
                if (rawMatches == null)
                {
                    return null;
                }

                AppendWithHoles(builder, token.Text, rawMatches, lookup.ExpressionText, open, close, s => s);
            }

            return builder.Append(host.StringEndToken.Text).ToString();
        }

        private static bool IsWhole(string value, List<SecretMatch> matches) =>
            matches.Count == 1 && matches[0].Start == 0 && matches[0].Length == value.Length;

        private static List<SecretMatch> Ordered(IEnumerable<SecretMatch> matches) =>
            matches.GroupBy(m => m.Start).Select(g => g.First()).OrderBy(m => m.Start).ToList();

        /// <summary>Maps offsets in a token's value to offsets in its source text (see <see cref="SecretSourceOffsets"/>).</summary>
        private static List<SecretMatch>? MapToSource(string value, string source, List<SecretMatch> matches)
        {
            var mapped = new List<SecretMatch>(matches.Count);
            foreach (var match in matches)
            {
                var sourceIndex = SecretSourceOffsets.SourceStart(value, source, match);
                if (sourceIndex < 0)
                {
                    return null;
                }

                mapped.Add(new SecretMatch(match.Kind, sourceIndex, match.Length));
            }

            return mapped;
        }

        private static void AppendWithHoles(StringBuilder builder, string text, List<SecretMatch> matches, string hole, string open, string close, System.Func<string, string> escape)
        {
            var position = 0;
            foreach (var match in matches)
            {
                builder.Append(escape(text.Substring(position, match.Start - position))).Append(open).Append(hole).Append(close);
                position = match.End;
            }

            builder.Append(escape(text.Substring(position)));
        }

        private static int CountLeading(string text, char c)
        {
            var count = 0;
            while (count < text.Length && text[count] == c)
            {
                count++;
            }

            return count;
        }

        private static int MaxBraceRun(string text)
        {
            int max = 0, run = 0;
            var previous = '\0';
            foreach (var c in text)
            {
                run = (c == '{' || c == '}') && c == previous ? run + 1 : (c == '{' || c == '}') ? 1 : 0;
                previous = c;
                if (run > max)
                {
                    max = run;
                }
            }

            return max;
        }
    }
}
