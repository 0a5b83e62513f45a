using System.Collections.Generic;
using System.Linq;
using System.Text;
using Coolset.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.CodeFixes
{
    /// <summary>
    /// Writes a URL expression again without some ranges of its text (query parameters with their separator): a literal
    /// stays a literal, an interpolated string loses text and holes, a <c>+</c> chain or <c>string.Concat</c> loses
    /// text and operands. Null where that cannot be done by editing literals and dropping whole holes (a <c>const</c>
    /// cut in half, a <c>string.Format</c>, an operand that is not a string first).
    /// </summary>
    internal static class UrlRewriter
    {
        public static string? Rewrite(UrlExpression expression, IReadOnlyList<(int Start, int End)> removals)
        {
            var ranges = Merge(removals);
            var root = expression.Root.WithoutConversions();
            switch (root)
            {
                case ILiteralOperation literal when literal.Syntax is LiteralExpressionSyntax syntax:
                    return StringLiterals.InStyleOf(syntax.Token, Cut(expression.Text, 0, expression.Text.Length, ranges)).Text;
                case IInterpolatedStringOperation interpolated:
                    return RewriteInterpolated(interpolated, expression, ranges) ?? StringLiterals.Quoted(string.Empty);
                case IBinaryOperation binary when UrlExpression.IsStringConcatenation(binary):
                {
                    var leaves = new List<IOperation>();
                    CollectOperands(binary, leaves);
                    var kept = RewriteLeaves(leaves, expression, ranges);
                    if (kept == null)
                    {
                        return null;
                    }

                    return kept.Count == 0 ? StringLiterals.Quoted(string.Empty) : string.Join(" + ", kept.Select(k => k.Text));
                }

                case IInvocationOperation invocation when invocation.TargetMethod.Name == "Concat" &&
                                                           invocation.Syntax is InvocationExpressionSyntax call:
                {
                    var leaves = new List<IOperation>();
                    foreach (var argument in invocation.Arguments)
                    {
                        if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } elements })
                        {
                            leaves.AddRange(elements.ElementValues);
                        }
                        else if (argument.ArgumentKind == ArgumentKind.Explicit)
                        {
                            leaves.Add(argument.Value);
                        }
                        else
                        {
                            return null; // string.Concat(array), defaults
                        }
                    }

                    if (call.ArgumentList.Arguments.Any(a => a.NameColon != null))
                    {
                        return null;
                    }

                    var kept = RewriteLeaves(leaves, expression, ranges, requireStringFirst: false);
                    if (kept == null)
                    {
                        return null;
                    }

                    return kept.Count == 0
                        ? StringLiterals.Quoted(string.Empty)
                        : call.Expression + "(" + string.Join(", ", kept.Select(k => k.Text)) + ")";
                }

                default:
                    return null;
            }
        }

        private static List<(int Start, int End)> Merge(IReadOnlyList<(int Start, int End)> removals)
        {
            var result = new List<(int Start, int End)>();
            foreach (var range in removals.Where(r => r.End > r.Start).OrderBy(r => r.Start))
            {
                if (result.Count > 0 && range.Start <= result[result.Count - 1].End)
                {
                    var last = result[result.Count - 1];
                    result[result.Count - 1] = (last.Start, System.Math.Max(last.End, range.End));
                }
                else
                {
                    result.Add(range);
                }
            }

            return result;
        }

        private static bool Touches(int start, int end, List<(int Start, int End)> ranges) =>
            ranges.Any(r => r.Start < end && start < r.End);

        private static bool Covered(int start, int end, List<(int Start, int End)> ranges) =>
            ranges.Any(r => r.Start <= start && end <= r.End);

        private static string Cut(string text, int start, int end, List<(int Start, int End)> ranges)
        {
            var builder = new StringBuilder();
            for (var i = start; i < end; i++)
            {
                if (!ranges.Any(r => r.Start <= i && i < r.End))
                {
                    builder.Append(text[i]);
                }
            }

            return builder.ToString();
        }

        private static void CollectOperands(IOperation operation, List<IOperation> leaves)
        {
            var stack = new Stack<IOperation>();
            stack.Push(operation);
            while (stack.Count > 0)
            {
                var current = stack.Pop();
                var unwrapped = current.WithoutConversions();
                if (unwrapped is IBinaryOperation binary && UrlExpression.IsStringConcatenation(binary) && !binary.ConstantValue.HasValue)
                {
                    stack.Push(binary.RightOperand);
                    stack.Push(binary.LeftOperand);
                }
                else if (unwrapped is IParenthesizedOperation parenthesized)
                {
                    stack.Push(parenthesized.Operand);
                }
                else
                {
                    leaves.Add(current);
                }
            }
        }

        /// <summary>The operands that stay, as C#; null when one of them cannot be cut.</summary>
        private static List<Kept>? RewriteLeaves(List<IOperation> leaves, UrlExpression expression, List<(int Start, int End)> ranges, bool requireStringFirst = true)
        {
            var kept = new List<Kept>();
            foreach (var leaf in leaves)
            {
                var parts = expression.Parts.Where(p => IsWithin(p.Operation, leaf)).ToList();
                if (parts.Count == 0)
                {
                    return null;
                }

                var start = parts[0].Start;
                var end = parts[parts.Count - 1].End;
                if (!Touches(start, end, ranges))
                {
                    var literalValue = leaf.WithoutConversions() is ILiteralOperation { Syntax: LiteralExpressionSyntax } ? expression.Text.Substring(start, end - start) : null;
                    kept.Add(new Kept(leaf, leaf.Syntax.ToString(), literalValue, touched: false));
                    continue;
                }

                if (Covered(start, end, ranges))
                {
                    continue; // the whole operand goes
                }

                var value = leaf.WithoutConversions();
                switch (value)
                {
                    case ILiteralOperation literal when literal.Syntax is LiteralExpressionSyntax syntax:
                        var text = Cut(expression.Text, start, end, ranges);
                        if (text.Length > 0)
                        {
                            kept.Add(new Kept(leaf, StringLiterals.InStyleOf(syntax.Token, text).Text, text, touched: true));
                        }

                        break;
                    case IInterpolatedStringOperation interpolated:
                        var rewritten = RewriteInterpolated(interpolated, expression, ranges);
                        if (rewritten != null)
                        {
                            kept.Add(new Kept(leaf, rewritten, null, touched: true));
                        }

                        break;
                    default:
                        return null; // a const or a folded constant cut in half
                }
            }

            if (requireStringFirst && kept.Count > 0 && kept[0].Leaf.WithoutConversions().Type?.SpecialType != SpecialType.System_String)
            {
                // 1 + 2 + "a" is "3a": start the chain with a string, as the original did.
                kept.Insert(0, new Kept(kept[0].Leaf, StringLiterals.Quoted(string.Empty), null, touched: false));
            }

            // "…/items?" + "b=2" after a cut is one literal again: "…/items?b=2".
            for (var i = kept.Count - 1; i > 0; i--)
            {
                var left = kept[i - 1];
                var right = kept[i];
                if (left.LiteralValue != null && right.LiteralValue != null && (left.Touched || right.Touched) &&
                    left.Leaf.Syntax is LiteralExpressionSyntax leftSyntax)
                {
                    var value = left.LiteralValue + right.LiteralValue;
                    kept[i - 1] = new Kept(left.Leaf, StringLiterals.InStyleOf(leftSyntax.Token, value).Text, value, touched: true);
                    kept.RemoveAt(i);
                }
            }

            return kept;
        }

        private sealed class Kept
        {
            public Kept(IOperation leaf, string text, string? literalValue, bool touched)
            {
                Leaf = leaf;
                Text = text;
                LiteralValue = literalValue;
                Touched = touched;
            }

            public IOperation Leaf { get; }

            /// <summary>The operand as C#.</summary>
            public string Text { get; }

            /// <summary>The value of a string literal operand; null for anything else.</summary>
            public string? LiteralValue { get; }

            public bool Touched { get; }
        }

        private static bool IsWithin(IOperation operation, IOperation leaf)
        {
            for (var current = operation; current != null; current = current.Parent)
            {
                if (current == leaf)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A regular interpolated string with the kept text and holes (a plain literal when no hole is left); null when nothing is left.</summary>
        private static string? RewriteInterpolated(IInterpolatedStringOperation interpolated, UrlExpression expression, List<(int Start, int End)> ranges)
        {
            var builder = new StringBuilder();
            var plain = new StringBuilder();
            var holes = 0;
            foreach (var part in expression.Parts)
            {
                if (!IsWithin(part.Operation, interpolated))
                {
                    continue;
                }

                if (part.Operation is IInterpolationOperation hole && hole.Syntax is InterpolationSyntax holeSyntax)
                {
                    if (Covered(part.Start, part.End, ranges))
                    {
                        continue;
                    }

                    if (!part.IsHole && Touches(part.Start, part.End, ranges))
                    {
                        return null; // {BaseUrl} cut in half
                    }

                    builder.Append('{').Append(holeSyntax.Expression)
                        .Append(holeSyntax.AlignmentClause?.ToString() ?? string.Empty)
                        .Append(holeSyntax.FormatClause?.ToString() ?? string.Empty)
                        .Append('}');
                    holes++;
                }
                else
                {
                    var text = Cut(expression.Text, part.Start, part.End, ranges);
                    builder.Append(StringLiterals.InterpolatedText(text));
                    plain.Append(text);
                }
            }

            if (builder.Length == 0)
            {
                return null;
            }

            return holes == 0 ? StringLiterals.Quoted(plain.ToString()) : "$\"" + builder + "\"";
        }
    }
}
