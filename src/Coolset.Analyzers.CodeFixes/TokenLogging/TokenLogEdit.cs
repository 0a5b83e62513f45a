using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Coolset.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.CodeFixes
{
    /// <summary>
    /// How one COOL003 diagnostic is fixed: either a format argument goes together with its template hole, or the
    /// reported expression (an interpolated string or a concatenation) is rewritten without its token parts.
    /// </summary>
    internal sealed class TokenLogEdit
    {
        private static readonly string[] TemplateParameterNames = { "message", "messageTemplate", "messageFormat", "format" };

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

        /// <summary>The edit for <paramref name="diagnostic"/>, or null when no edit keeps the call meaningful and compiling.</summary>
        public static TokenLogEdit? Plan(SyntaxNode root, SemanticModel model, TokenValueAnalysis tokens, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (!(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax reported) ||
                !(reported.Parent?.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } invocationSyntax) ||
                !(model.GetOperation(invocationSyntax, cancellationToken) is IInvocationOperation invocation))
            {
                return null;
            }

            return PlanFormatArgument(invocation, reported) ?? PlanRewrite(model, tokens, reported, cancellationToken);
        }

        private static TokenLogEdit? PlanFormatArgument(IInvocationOperation invocation, ExpressionSyntax reported)
        {
            var arguments = invocation.Arguments.Where(a => a.Parameter != null).OrderBy(a => a.Parameter!.Ordinal).ToList();
            var template = arguments.FirstOrDefault(a =>
                TemplateParameterNames.Contains(a.Parameter!.Name) && a.Parameter.Type.SpecialType == SpecialType.System_String);
            if (template == null || !(template.Value.WithoutConversions().Syntax is LiteralExpressionSyntax literal) ||
                !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                return null;
            }

            // An operation's syntax is the expression inside any parentheses (an argument's too): what is removed is
            // the parenthesized whole, or the argument around it.
            var written = WithParentheses(reported);
            var index = 0;
            foreach (var argument in arguments)
            {
                if (argument.Parameter!.Ordinal <= template.Parameter!.Ordinal || !IsFormatParameter(argument.Parameter))
                {
                    continue;
                }

                if (argument.Parameter.IsParams && argument.Value.WithoutConversions() is IArrayCreationOperation { Initializer: { } elements })
                {
                    foreach (var element in elements.ElementValues)
                    {
                        if (WithParentheses(element.Syntax) == written)
                        {
                            // Implicit params: the element is an argument of its own; explicit array: an initializer element.
                            var removed = argument.ArgumentKind == ArgumentKind.ParamArray
                                ? written.Parent as ArgumentSyntax
                                : written.Parent is InitializerExpressionSyntax ? written : null;
                            return RemoveFromList(removed, literal, index);
                        }

                        index++;
                    }
                }
                else if (WithParentheses(argument.Value.Syntax) == written)
                {
                    return RemoveFromList(written.Parent as ArgumentSyntax, literal, index);
                }
                else
                {
                    index++;
                }
            }

            return null;
        }

        /// <summary>
        /// No edit when the parser repaired the list around <paramref name="removed"/> (a comma or bracket missing, text
        /// skipped): which comma goes with the argument is then a guess, and removing it would move the error elsewhere.
        /// </summary>
        private static TokenLogEdit? RemoveFromList(SyntaxNode? removed, LiteralExpressionSyntax template, int index) =>
            removed?.Parent == null || removed.Parent.ChildTokens().Any(t => t.IsMissing || t.ContainsDiagnostics)
                ? null
                : new TokenLogEdit(removed, template, index);

        /// <summary>The format arguments of MEL, Serilog, NLog, log4net, Console and Debug/Trace methods.</summary>
        private static bool IsFormatParameter(IParameterSymbol parameter) =>
            parameter.IsParams || parameter.Name.StartsWith("arg", System.StringComparison.Ordinal) ||
            parameter.Name.StartsWith("propertyValue", System.StringComparison.Ordinal);

        private static TokenLogEdit? PlanRewrite(SemanticModel model, TokenValueAnalysis tokens, ExpressionSyntax reported, CancellationToken cancellationToken)
        {
            var expression = reported;
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            var text = expression switch
            {
                InterpolatedStringExpressionSyntax interpolated => WithoutTokenHoles(model, tokens, interpolated, cancellationToken),
                BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) => WithoutTokenOperands(model, tokens, binary, cancellationToken),
                _ => null,
            };
            var replacement = text == null ? null : SyntaxFactory.ParseExpression(text);
            return replacement == null || replacement.ContainsDiagnostics
                ? null
                : new TokenLogEdit(reported, replacement.WithTriviaFrom(reported));
        }

        private static string? WithoutTokenHoles(SemanticModel model, TokenValueAnalysis tokens, InterpolatedStringExpressionSyntax interpolated, CancellationToken cancellationToken)
        {
            // Kept holes become private-use markers, so that tidying never reaches across them.
            var text = new StringBuilder();
            var holes = new List<InterpolationSyntax>();
            var removed = new List<int>();
            foreach (var content in interpolated.Contents)
            {
                if (content is InterpolationSyntax hole)
                {
                    if (tokens.IsTokenValue(model.GetOperation(hole.Expression, cancellationToken), cancellationToken))
                    {
                        removed.Add(holes.Count);
                    }

                    text.Append(Marker(holes.Count));
                    holes.Add(hole);
                }
                else
                {
                    text.Append(content.ToFullString());
                }
            }

            if (removed.Count == 0)
            {
                return null;
            }

            var result = text.ToString();
            for (var i = removed.Count - 1; i >= 0; i--)
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

        private static string? WithoutTokenOperands(SemanticModel model, TokenValueAnalysis tokens, BinaryExpressionSyntax concatenation, CancellationToken cancellationToken)
        {
            var operands = ConstantConcatenation.Operands(concatenation, throughParentheses: false).ToList();

            var kept = operands.Where(o => !tokens.IsTokenValue(model.GetOperation(o, cancellationToken), cancellationToken)).ToList();
            if (kept.Count == operands.Count || kept.Count == 0 ||
                !kept.Take(2).Any(o => model.GetTypeInfo(o, cancellationToken).Type?.SpecialType == SpecialType.System_String))
            {
                return null; // nothing to remove, nothing left, or what is left is no longer a string concatenation
            }

            return string.Join(" + ", kept.Select(o => o.WithoutTrivia().ToString()));
        }

        private static SyntaxNode WithParentheses(SyntaxNode node)
        {
            while (node.Parent is ParenthesizedExpressionSyntax parenthesized)
            {
                node = parenthesized;
            }

            return node;
        }
    }
}
