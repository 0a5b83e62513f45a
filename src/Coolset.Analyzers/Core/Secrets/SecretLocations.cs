using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Coolset.Analyzers.Core
{
    /// <summary>Where hardcoded secrets are looked for: string literals of every form, comments and disabled code.</summary>
    internal static class SecretLocations
    {
        /// <summary>
        /// The literals, comments and disabled code that hold the given candidate positions of a file's text, each once,
        /// found with <c>FindToken</c> (see <see cref="TokenCursor"/>) or <c>FindTrivia</c> at each position, never by
        /// walking the tree. The candidates come from a cheap text search (<c>sk_</c>, <c>Bearer</c>, <c>://</c>), so a
        /// file without one costs nothing here.
        /// </summary>
        /// <param name="candidates">Positions in ascending order, so that the candidates of one site come one after another.</param>
        /// <param name="includeComments">Whether comments, disabled code and documentation-comment text count.</param>
        public static void FindSites(SyntaxNode root, List<int> candidates, bool includeComments, List<TextSite> sites, CancellationToken cancellationToken)
        {
            var lastStart = -1;
            bool IsNew(int start)
            {
                if (start == lastStart)
                {
                    return false;
                }

                lastStart = start;
                return true;
            }

            var tokens = new TokenCursor(root);
            foreach (var candidate in candidates)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var token = tokens.FindToken(candidate, findInsideTrivia: true);
                if (token.Span.Contains(candidate))
                {
                    if (IsStringLiteralToken(token) && IsNew(token.SpanStart))
                    {
                        sites.Add(TextSite.Literal(token));
                    }
                    else if (includeComments && token.IsKind(SyntaxKind.XmlTextLiteralToken) && IsNew(token.SpanStart))
                    {
                        sites.Add(TextSite.Comment(token.Text, token.SpanStart));
                    }

                    continue;
                }

                if (!includeComments)
                {
                    continue;
                }

                var trivia = root.FindTrivia(candidate, findInsideTrivia: true);
                if (IsCommentOrDisabledText(trivia) && trivia.Span.Contains(candidate) && IsNew(trivia.SpanStart))
                {
                    sites.Add(TextSite.Comment(trivia.ToString(), trivia.SpanStart));
                }
            }
        }

        public static bool IsStringLiteralToken(SyntaxToken token)
        {
            switch (token.Kind())
            {
                case SyntaxKind.StringLiteralToken:
                case SyntaxKind.Utf8StringLiteralToken:
                case SyntaxKind.SingleLineRawStringLiteralToken:
                case SyntaxKind.MultiLineRawStringLiteralToken:
                case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
                case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                case SyntaxKind.InterpolatedStringTextToken:
                    return true;
                default:
                    return false;
            }
        }

        public static bool IsCommentOrDisabledText(SyntaxTrivia trivia)
        {
            switch (trivia.Kind())
            {
                case SyntaxKind.SingleLineCommentTrivia:
                case SyntaxKind.MultiLineCommentTrivia:
                case SyntaxKind.DisabledTextTrivia:
                    return true;
                default:
                    return false;
            }
        }
    }
}
