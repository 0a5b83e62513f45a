using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Coolset.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coolset.Analyzers.CodeFixes
{
    /// <summary>
    /// How one COOL003 diagnostic is fixed: either a format argument goes together with its template hole, or the
    /// reported expression (an interpolated string or a concatenation) is rewritten without its token parts.
    /// </summary>
    /// <remarks>
    /// The analyzer decides what goes (it knows the token flow) and says so in the diagnostic's properties
    /// (<see cref="LoggedTokenRemoval"/>); this class only edits syntax, so the light bulb needs no semantic model.
    /// </remarks>
    internal sealed class TokenLogEdit
    {
        private TokenLogEdit(SyntaxNode removedNode, LiteralExpressionSyntax template, int argumentIndex)
        {
            RemovedNode = removedNode;
            Template = template;
            ArgumentIndex = argumentIndex;
        }

        private TokenLogEdit(ExpressionSyntax original, ExpressionSyntax replacement)
        {
            Original = original;
            Replacement = replacement;
        }

        /// <summary>The argument or array element removed from the call.</summary>
        public SyntaxNode? RemovedNode { get; }

        /// <summary>The constant message template whose hole for the removed argument goes too.</summary>
        public LiteralExpressionSyntax? Template { get; }

        /// <summary>Which format argument (0-based, after the template) is removed.</summary>
        public int ArgumentIndex { get; }

        public ExpressionSyntax? Original { get; }

        public ExpressionSyntax? Replacement { get; }

        /// <summary>The edit <paramref name="diagnostic"/> describes, or null when it offers none (or no longer fits the code).</summary>
        public static TokenLogEdit? FromDiagnostic(SyntaxNode root, Diagnostic diagnostic)
        {
            if (!LoggedTokenRemoval.TryRead(diagnostic, out var removal) ||
                !root.FullSpan.Contains(diagnostic.Location.SourceSpan) ||
                !(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax reported))
            {
                return null;
            }

            switch (removal.Kind)
            {
                case LoggedTokenRemovalKind.FormatArgument:
                    var removed = LoggedTokenRemoval.RemovedNode(reported, removal.InArray);
                    return LoggedTokenRemoval.CanRemoveFromList(removed) &&
                           root.FullSpan.Contains(removal.Template) &&
                           root.FindNode(removal.Template, getInnermostNodeForTie: true) is LiteralExpressionSyntax template &&
                           template.IsKind(SyntaxKind.StringLiteralExpression)
                        ? new TokenLogEdit(removed!, template, removal.FormatIndex)
                        : null;
                case LoggedTokenRemovalKind.InterpolationHoles:
                    return Rewrite(reported, LoggedTokenRemoval.WithoutParentheses(reported) is InterpolatedStringExpressionSyntax interpolated
                        ? WithoutHoles(interpolated, removal.Parts)
                        : null);
                case LoggedTokenRemovalKind.ConcatenationOperands:
                    return Rewrite(reported, LoggedTokenRemoval.WithoutParentheses(reported) is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression)
                        ? WithoutOperands(binary, removal.Parts)
                        : null);
                default:
                    return null;
            }
        }

        private static TokenLogEdit? Rewrite(ExpressionSyntax reported, string? text)
        {
            var replacement = text == null ? null : SyntaxFactory.ParseExpression(text);
            return replacement == null || replacement.ContainsDiagnostics
                ? null
                : new TokenLogEdit(reported, replacement.WithTriviaFrom(reported));
        }

        private static string? WithoutHoles(InterpolatedStringExpressionSyntax interpolated, ImmutableArray<int> removed)
        {
            // Kept holes become private-use markers, so that tidying never reaches across them.
            var text = new StringBuilder();
            var holes = new List<InterpolationSyntax>();
            foreach (var content in interpolated.Contents)
            {
                if (content is InterpolationSyntax hole)
                {
                    text.Append(Marker(holes.Count));
                    holes.Add(hole);
                }
                else
                {
                    text.Append(content.ToFullString());
                }
            }

            if (removed.IsEmpty || removed.Any(i => i >= holes.Count))
            {
                return null;
            }

            var result = text.ToString();
            for (var i = removed.Length - 1; i >= 0; i--)
            {
                var marker = Marker(removed[i]);
                var start = result.IndexOf(marker, System.StringComparison.Ordinal);
                result = LogMessageText.RemoveSpan(result, start, start + marker.Length);
            }

            for (var i = 0; i < holes.Count; i++)
            {
                result = result.Replace(Marker(i), holes[i].ToFullString());
            }

            return interpolated.StringStartToken.ToString() + result + interpolated.StringEndToken.ToString();
        }

        private static string Marker(int index) => "\uE000" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\uE001";

        private static string? WithoutOperands(BinaryExpressionSyntax concatenation, ImmutableArray<int> removed)
        {
            var operands = ConstantConcatenation.Operands(concatenation, throughParentheses: false).ToList();
            var kept = operands.Where((_, index) => !removed.Contains(index)).ToList();
            if (removed.Any(i => i >= operands.Count) || kept.Count == operands.Count || kept.Count == 0)
            {
                return null;
            }

            return string.Join(" + ", kept.Select(o => o.WithoutTrivia().ToString()));
        }
    }
}
