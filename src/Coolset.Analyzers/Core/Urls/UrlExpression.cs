using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// A string expression read as text with holes: a literal, an interpolated string, a <c>+</c> concatenation, a
    /// <c>string.Concat</c> or a <c>string.Format</c> call, nested in any way. Constant parts become text; every other
    /// part (an interpolation hole, a concatenated operand, a format argument) is one <see cref="HoleMarker"/> character.
    /// </summary>
    /// <remarks>
    /// The marker is neither a host character nor a URL delimiter for <see cref="UrlScanner"/>: a hole ends a host (the
    /// host is then not whole) and stays inside a path or a query. See docs/rules/COOL008.md.
    /// </remarks>
    internal sealed class UrlExpression
    {
        /// <summary>Stands for one hole in <see cref="Text"/> (a private-use character).</summary>
        public const char HoleMarker = '\uE000';

        private const int MaximumDepth = 16;
        private const string SchemeSeparator = "://";

        private UrlExpression(IOperation root, string text, List<UrlExpressionPart> parts)
        {
            Root = root;
            Text = text;
            Parts = parts;
        }

        /// <summary>The outermost string expression.</summary>
        public IOperation Root { get; }

        /// <summary>The value, with each hole as one <see cref="HoleMarker"/>.</summary>
        public string Text { get; }

        /// <summary>The parts in order; together they cover <see cref="Text"/>.</summary>
        public List<UrlExpressionPart> Parts { get; }

        /// <summary>The hole that stands at <paramref name="position"/> of <see cref="Text"/>, if any.</summary>
        public UrlExpressionPart? HoleAt(int position)
        {
            if (position < 0 || position >= Text.Length || Text[position] != HoleMarker)
            {
                return null;
            }

            foreach (var part in Parts)
            {
                if (part.IsHole && part.Start == position)
                {
                    return part;
                }
            }

            return null;
        }

        /// <summary>A cheap second check: some constant text in the expression mentions a Coolset domain.</summary>
        public static bool MayMentionCoolsetHost(IOperation operation, CoolsetHosts hosts) =>
            FirstPiece(operation, (piece, h) => piece.ConstantString() is { } text && h.MayMentionHost(text), hosts) != null;

        /// <summary>Reads <paramref name="operation"/>; null for an expression of another shape.</summary>
        public static UrlExpression? Read(IOperation operation)
        {
            var builder = StringBuilderPool.Rent();
            var parts = new List<UrlExpressionPart>();
            if (!Append(operation, builder, parts, 0))
            {
                StringBuilderPool.Return(builder);
                return null;
            }

            return new UrlExpression(operation, StringBuilderPool.ToStringAndReturn(builder), parts);
        }

        public static bool IsStringConcatenation(IBinaryOperation binary) =>
            binary.OperatorKind == BinaryOperatorKind.Add &&
            binary.OperatorMethod == null &&
            binary.Type?.SpecialType == SpecialType.System_String;

        public static bool IsConcatOrFormat(IInvocationOperation invocation) =>
            invocation.TargetMethod.IsStatic &&
            invocation.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String &&
            (invocation.TargetMethod.Name == "Concat" || invocation.TargetMethod.Name == "Format");

        /// <summary><c>{BaseUrl}</c> with a <c>const string BaseUrl</c>, no alignment and no format: its text is known.</summary>
        public static bool IsFoldedHole(IInterpolationOperation hole) =>
            hole.Alignment == null && hole.FormatString == null &&
            hole.Expression.WithoutConversions().ConstantValue is { HasValue: true, Value: string _ };

        /// <summary>
        /// The first piece of the expression, in the order of its text, that is a literal, a field or a local reference
        /// and passes <paramref name="match"/>: through <c>+</c> chains (the left spine without recursion), interpolated
        /// text and constant holes, and the arguments of <c>string.Concat</c>/<c>string.Format</c>, as <see cref="Read"/>
        /// reads them. Null when there is none. <paramref name="state"/> is passed to <paramref name="match"/>, which
        /// then needs no closure.
        /// </summary>
        public static IOperation? FirstPiece<TState>(IOperation operation, Func<IOperation, TState, bool> match, TState state) => FirstPiece(operation, match, state, 0);

        private static IOperation? FirstPiece<TState>(IOperation operation, Func<IOperation, TState, bool> match, TState state, int depth)
        {
            operation = operation.WithoutConversions();
            if (depth > MaximumDepth || operation.Type?.SpecialType != SpecialType.System_String)
            {
                return null; // a number, a char, an object: no URL text (and no boxing of its constant to find out)
            }

            switch (operation)
            {
                case ILiteralOperation _:
                case IFieldReferenceOperation _:
                case ILocalReferenceOperation _:
                    return match(operation, state) ? operation : null;
                case IBinaryOperation binary when IsStringConcatenation(binary):
                    // a + b + c is ((a + b) + c): walk down the left spine, then read left to right.
                    var leftmost = binary;
                    List<IOperation>? rights = null;
                    while (leftmost.LeftOperand.WithoutConversions() is IBinaryOperation left && IsStringConcatenation(left))
                    {
                        (rights ??= new List<IOperation>()).Add(leftmost.RightOperand);
                        leftmost = left;
                    }

                    var found = FirstPiece(leftmost.LeftOperand, match, state, depth + 1) ?? FirstPiece(leftmost.RightOperand, match, state, depth + 1);
                    for (var i = (rights?.Count ?? 0) - 1; found == null && i >= 0; i--)
                    {
                        found = FirstPiece(rights![i], match, state, depth + 1);
                    }

                    return found;
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        var inner = part is IInterpolatedStringTextOperation text ? text.Text
                            : part is IInterpolationOperation hole && IsFoldedHole(hole) ? hole.Expression
                            : null;
                        if (inner != null && FirstPiece(inner, match, state, depth + 1) is { } piece)
                        {
                            return piece;
                        }
                    }

                    return null;
                case IInvocationOperation invocation when IsConcatOrFormat(invocation):
                    foreach (var argument in invocation.Arguments)
                    {
                        var value = argument.Value.WithoutConversions();
                        if (value is IArrayCreationOperation { Initializer: { } initializer })
                        {
                            foreach (var element in initializer.ElementValues)
                            {
                                if (FirstPiece(element, match, state, depth + 1) is { } piece)
                                {
                                    return piece;
                                }
                            }
                        }
                        else if (FirstPiece(value, match, state, depth + 1) is { } piece)
                        {
                            return piece;
                        }
                    }

                    return null;
                default:
                    return null;
            }
        }

        /// <summary>Every piece in order (<c>string.Concat</c>); false when the pieces are not known.</summary>
        private static bool AppendAll(List<IOperation>? pieces, StringBuilder builder, List<UrlExpressionPart> parts, int depth)
        {
            if (pieces == null)
            {
                return false;
            }

            foreach (var piece in pieces)
            {
                if (!Append(piece, builder, parts, depth + 1))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Append(IOperation operation, StringBuilder builder, List<UrlExpressionPart> parts, int depth)
        {
            var value = operation.WithoutConversions();
            if (depth > MaximumDepth)
            {
                return false;
            }

            if (value.ConstantValue.HasValue)
            {
                var constant = value.ConstantValue.Value switch
                {
                    string text => text,
                    char c => c.ToString(),
                    null => string.Empty,
                    _ => null, // numbers format by culture: a hole
                };
                if (constant != null)
                {
                    parts.Add(new UrlExpressionPart(value, builder.Length, constant.Length, isHole: false, UrlPartShape.Constant));
                    builder.Append(constant);
                    return true;
                }

                AddHole(value, builder, parts, UrlPartShape.Operand);
                return true;
            }

            switch (value)
            {
                case IBinaryOperation binary when IsStringConcatenation(binary):
                    return AppendConcatenation(binary, builder, parts, depth);
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        switch (part)
                        {
                            case IInterpolatedStringTextOperation text:
                                var literal = text.Text.ConstantValue.HasValue ? text.Text.ConstantValue.Value as string : null;
                                if (literal == null)
                                {
                                    return false;
                                }

                                parts.Add(new UrlExpressionPart(text, builder.Length, literal.Length, isHole: false, UrlPartShape.InterpolatedText));
                                builder.Append(literal);
                                break;
                            case IInterpolationOperation hole when IsFoldedHole(hole):
                                var folded = (string)hole.Expression.WithoutConversions().ConstantValue.Value!;
                                parts.Add(new UrlExpressionPart(hole, builder.Length, folded.Length, isHole: false, UrlPartShape.Constant));
                                builder.Append(folded);
                                break;
                            case IInterpolationOperation hole:
                                AddHole(hole, builder, parts, UrlPartShape.Interpolation);
                                break;
                            default:
                                return false;
                        }
                    }

                    return true;
                case IInvocationOperation invocation when IsConcatOrFormat(invocation):
                    return invocation.TargetMethod.Name == "Concat"
                        ? AppendAll(invocation.ConcatPieces(), builder, parts, depth)
                        : AppendFormat(invocation, builder, parts);
                default:
                    if (depth == 0)
                    {
                        return false;
                    }

                    AddHole(value, builder, parts, UrlPartShape.Operand);
                    return true;
            }
        }

        private static void AddHole(IOperation operation, StringBuilder builder, List<UrlExpressionPart> parts, UrlPartShape shape)
        {
            parts.Add(new UrlExpressionPart(operation, builder.Length, 1, isHole: true, shape));
            builder.Append(HoleMarker);
        }

        private static bool AppendConcatenation(IBinaryOperation binary, StringBuilder builder, List<UrlExpressionPart> parts, int depth)
        {
            var rights = new List<IOperation>();
            var leftmost = binary;
            rights.Add(binary.RightOperand);
            while (leftmost.LeftOperand.WithoutConversions() is IBinaryOperation left && IsStringConcatenation(left))
            {
                leftmost = left;
                rights.Add(left.RightOperand);
            }

            if (!Append(leftmost.LeftOperand, builder, parts, depth + 1))
            {
                return false;
            }

            for (var i = rights.Count - 1; i >= 0; i--)
            {
                if (!Append(rights[i], builder, parts, depth + 1))
                {
                    return false;
                }
            }

            return true;
        }


        /// <summary><c>string.Format("https://host/?a={0}&amp;b={1}", x, y)</c>: the format's text with its items as holes.</summary>
        private static bool AppendFormat(IInvocationOperation invocation, StringBuilder builder, List<UrlExpressionPart> parts)
        {
            var method = invocation.TargetMethod;
            IParameterSymbol? formatParameter = null;
            foreach (var parameter in method.Parameters)
            {
                if (parameter.Name == "format" && parameter.Type.SpecialType == SpecialType.System_String)
                {
                    formatParameter = parameter;
                }
            }

            if (formatParameter == null)
            {
                return false; // Format(IFormatProvider, CompositeFormat, …)
            }

            var format = invocation.Arguments.ArgumentValue(formatParameter.Ordinal)?.WithoutConversions();
            if (format == null || !(format.ConstantValue.HasValue && format.ConstantValue.Value is string text))
            {
                return false;
            }

            var arguments = FormatArguments(invocation, formatParameter.Ordinal);
            var textStart = builder.Length;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
                {
                    builder.Append(c);
                    i++;
                    continue;
                }

                if (c != '{')
                {
                    builder.Append(c);
                    continue;
                }

                var close = text.IndexOf('}', i + 1);
                if (close < 0)
                {
                    return false;
                }

                var index = 0;
                var j = i + 1;
                while (j < close && text[j] >= '0' && text[j] <= '9')
                {
                    index = (index * 10) + (text[j] - '0');
                    j++;
                }

                if (j == i + 1 || index >= arguments.Count)
                {
                    return false;
                }

                if (builder.Length > textStart)
                {
                    parts.Add(new UrlExpressionPart(format, textStart, builder.Length - textStart, isHole: false, UrlPartShape.FormatText));
                }

                AddHole(arguments[index], builder, parts, UrlPartShape.FormatItem);
                textStart = builder.Length;
                i = close;
            }

            if (builder.Length > textStart)
            {
                parts.Add(new UrlExpressionPart(format, textStart, builder.Length - textStart, isHole: false, UrlPartShape.FormatText));
            }

            return true;
        }

        private static List<IOperation> FormatArguments(IInvocationOperation invocation, int formatOrdinal)
        {
            var result = new List<IOperation>();
            var parameters = invocation.TargetMethod.Parameters;
            for (var ordinal = formatOrdinal + 1; ordinal < parameters.Length; ordinal++)
            {
                var value = invocation.Arguments.ArgumentValue(ordinal)?.WithoutConversions();
                if (value == null)
                {
                    break;
                }

                if (parameters[ordinal].IsParams && value is IArrayCreationOperation { Initializer: { } initializer })
                {
                    foreach (var element in initializer.ElementValues)
                    {
                        result.Add(element.WithoutConversions());
                    }
                }
                else
                {
                    result.Add(value);
                }
            }

            return result;
        }
    }

    /// <summary>Where a part of a <see cref="UrlExpression"/> comes from.</summary>
    internal enum UrlPartShape
    {
        /// <summary>A constant: a literal, a <c>const</c>, a folded constant expression.</summary>
        Constant,

        /// <summary>The text of an interpolated string (an <see cref="IInterpolatedStringTextOperation"/>).</summary>
        InterpolatedText,

        /// <summary>An interpolation hole (an <see cref="IInterpolationOperation"/>).</summary>
        Interpolation,

        /// <summary>A non-constant operand of <c>+</c> or <c>string.Concat</c>.</summary>
        Operand,

        /// <summary>A piece of a <c>string.Format</c> format between items (the operation is the whole format).</summary>
        FormatText,

        /// <summary>An argument of <c>string.Format</c> that a format item stands for.</summary>
        FormatItem,
    }

    /// <summary>One part of a <see cref="UrlExpression"/>: its place in the text and the operation it comes from.</summary>
    internal sealed class UrlExpressionPart
    {
        public UrlExpressionPart(IOperation operation, int start, int length, bool isHole, UrlPartShape shape)
        {
            Operation = operation;
            Start = start;
            Length = length;
            IsHole = isHole;
            Shape = shape;
        }

        public IOperation Operation { get; }

        public int Start { get; }

        public int Length { get; }

        public int End => Start + Length;

        public bool IsHole { get; }

        public UrlPartShape Shape { get; }

        /// <summary>The value a hole stands for (the expression inside an interpolation); null for text.</summary>
        public IOperation? HoleValue => !IsHole ? null : Operation is IInterpolationOperation hole ? hole.Expression : Operation;
    }
}
