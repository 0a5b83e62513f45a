using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coolset.Analyzers.Core
{
    /// <summary>The operands of a constant string concatenation and where each one ends in the folded value.</summary>
    internal static class ConstantConcatenation
    {
        /// <summary>The operands of a <c>+</c> chain, left to right.</summary>
        /// <param name="throughParentheses">
        /// Whether a parenthesized <c>+</c> is opened too: right for a constant string, where every operand is text; wrong
        /// for an edit, where <c>"a" + (1 + 2)</c> must keep its parentheses.
        /// </param>
        public static IEnumerable<ExpressionSyntax> Operands(ExpressionSyntax expression, bool throughParentheses = true)
        {
            var pending = new Stack<ExpressionSyntax>();
            pending.Push(expression);
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                while (throughParentheses && current is ParenthesizedExpressionSyntax parenthesized)
                {
                    current = parenthesized.Expression;
                }

                if (current is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
                {
                    pending.Push(binary.Right);
                    pending.Push(binary.Left);
                }
                else
                {
                    yield return current;
                }
            }
        }

        /// <summary>
        /// The end offset of each operand in the folded value, in order. The text parts and holes of a constant
        /// interpolated string (<c>$"Bearer {Credential}"</c>) are operands too: it is folded like a concatenation.
        /// </summary>
        public static List<int> OperandEnds(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
        {
            var ends = new List<int>();
            var position = 0;
            foreach (var operand in Operands(expression))
            {
                if (operand is InterpolatedStringExpressionSyntax interpolated)
                {
                    foreach (var content in interpolated.Contents)
                    {
                        position += content switch
                        {
                            InterpolatedStringTextSyntax text => text.TextToken.ValueText.Length,
                            InterpolationSyntax hole => ConstantLength(hole.Expression, model, cancellationToken),
                            _ => 0,
                        };
                        ends.Add(position);
                    }

                    continue;
                }

                position += ConstantLength(operand, model, cancellationToken);
                ends.Add(position);
            }

            return ends;
        }

        private static int ConstantLength(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
        {
            var constant = model.GetConstantValue(expression, cancellationToken);
            return constant.HasValue && constant.Value is string text ? text.Length : 0;
        }

        /// <summary>Whether [start, end) crosses an operand boundary, so that no single operand holds it.</summary>
        public static bool SpansSeveralOperands(List<int> operandEnds, int start, int end)
        {
            foreach (var operandEnd in operandEnds)
            {
                if (operandEnd > start)
                {
                    return operandEnd < end;
                }
            }

            return false;
        }
    }
}
