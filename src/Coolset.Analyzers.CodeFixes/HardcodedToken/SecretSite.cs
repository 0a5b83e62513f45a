using Coolset.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coolset.Analyzers.CodeFixes
{
    internal enum SecretHostKind
    {
        /// <summary>A string literal of any form; the secret is sliced from its source text.</summary>
        Literal,

        /// <summary>A text part of an interpolated string; the host is the whole interpolated string.</summary>
        InterpolatedText,

        /// <summary>Any other expression with a constant string value (a concatenation, a constant reference).</summary>
        Constant,
    }

    /// <summary>The expression a fix replaces to remove one reported secret, and where the secret stands in it.</summary>
    internal sealed class SecretSite
    {
        private SecretSite(SecretHostKind kind, ExpressionSyntax host, SyntaxToken textToken, SecretMatch match)
        {
            Kind = kind;
            Host = host;
            TextToken = textToken;
            Match = match;
        }

        public SecretHostKind Kind { get; }

        public ExpressionSyntax Host { get; }

        /// <summary>The literal token or interpolated text token that holds the secret (Literal and InterpolatedText only).</summary>
        public SyntaxToken TextToken { get; }

        /// <summary>Offsets in the value of <see cref="TextToken"/> or, for Constant, in the constant value.</summary>
        public SecretMatch Match { get; }

        /// <summary>Null where the diagnostic is not on code a fix can rewrite (a comment, disabled text).</summary>
        public static SecretSite? Find(SyntaxNode root, Diagnostic diagnostic)
        {
            if (!SecretProperties.TryGetMatch(diagnostic, out var match) || !diagnostic.Location.IsInSource)
            {
                return null;
            }

            // A literal is reported as a whole, or, where it spans several lines, on the secret's own span inside it.
            var span = diagnostic.Location.SourceSpan;
            var token = root.FindToken(span.Start);
            if (token.Span.Contains(span) && SecretLocations.IsStringLiteralToken(token))
            {
                if (token.IsKind(SyntaxKind.InterpolatedStringTextToken))
                {
                    return token.Parent?.Parent is InterpolatedStringExpressionSyntax interpolated
                        ? new SecretSite(SecretHostKind.InterpolatedText, interpolated, token, match)
                        : null;
                }

                return token.Parent is LiteralExpressionSyntax literal
                    ? new SecretSite(SecretHostKind.Literal, literal, token, match)
                    : null;
            }

            var node = root.FindNode(span, getInnermostNodeForTie: true);
            while (node != null && node.Span == span && !(node is ExpressionSyntax))
            {
                node = node.Parent;
            }

            return node is ExpressionSyntax expression && expression.Span == span
                ? new SecretSite(SecretHostKind.Constant, expression, default, match)
                : null;
        }
    }
}
