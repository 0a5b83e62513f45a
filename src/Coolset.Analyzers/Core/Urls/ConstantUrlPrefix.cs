using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// The text a string expression is known to start with: a constant whole, or the constant parts of an interpolated
    /// string, a <c>+</c> concatenation, a <c>string.Concat</c>, a <c>string.Format</c> or a
    /// <c>string.Create(provider, $"…")</c> up to the first part that is not constant.
    /// </summary>
    internal readonly struct ConstantUrlPrefix
    {
        private const int MaximumDepth = 16;

        private ConstantUrlPrefix(string text, bool isWholeValue)
        {
            Text = text;
            IsWholeValue = isWholeValue;
        }

        /// <summary>The constant text; empty when the expression does not start with one.</summary>
        public string Text { get; }

        /// <summary>The expression is constant throughout: <see cref="Text"/> is its whole value.</summary>
        public bool IsWholeValue { get; }

        /// <summary>The prefix of a string-typed <paramref name="value"/> (never null; empty for anything else).</summary>
        public static ConstantUrlPrefix Of(IOperation? value)
        {
            if (value == null)
            {
                return new ConstantUrlPrefix(string.Empty, isWholeValue: false);
            }

            value = value.WithoutConversions();
            if (value.ConstantValue.HasValue)
            {
                return value.ConstantValue.Value is string constant
                    ? new ConstantUrlPrefix(constant, isWholeValue: true)
                    : new ConstantUrlPrefix(string.Empty, isWholeValue: false);
            }

            var builder = StringBuilderPool.Rent();
            var whole = Append(value, builder, depth: 0);
            return new ConstantUrlPrefix(StringBuilderPool.ToStringAndReturn(builder), whole);
        }

        /// <summary>
        /// The URL the prefix starts with (after leading whitespace), when its host is whole: the prefix is the whole
        /// value, or a ':', '/', '?', '#' ends the host inside it. Then every part that follows stands after the host.
        /// </summary>
        public bool TryGetUrl(out UrlSpans url)
        {
            var text = Text ?? string.Empty;
            var start = 0;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            return UrlScanner.TryParseAt(text, start, text.Length, out url) && (IsWholeValue || !url.HostReachesEnd);
        }

        /// <summary>Whether the prefix holds the whole host of a Coolset URL (see <see cref="TryGetUrl"/>).</summary>
        public bool HoldsCoolsetHost(CoolsetHosts hosts) => TryGetUrl(out var url) && url.IsCoolsetHost(Text, hosts);

        /// <summary>Every piece in order (<c>string.Concat</c>); false when the pieces are not known.</summary>
        private static bool AppendAll(List<IOperation>? pieces, StringBuilder builder, int depth)
        {
            if (pieces == null)
            {
                return false;
            }

            foreach (var piece in pieces)
            {
                if (!Append(piece, builder, depth + 1))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Appends the constant text of <paramref name="operation"/>; true when all of it was constant.</summary>
        private static bool Append(IOperation operation, StringBuilder builder, int depth)
        {
            operation = operation.WithoutConversions();
            if (depth > MaximumDepth)
            {
                return false;
            }

            if (operation.ConstantValue.HasValue)
            {
                switch (operation.ConstantValue.Value)
                {
                    case string text:
                        builder.Append(text);
                        return true;
                    case char c:
                        builder.Append(c);
                        return true;
                    case null:
                        return true; // "a" + null is "a"
                    default:
                        return false; // numbers format by culture
                }
            }

            switch (operation)
            {
                case IBinaryOperation binary:
                    return AppendConcatenation(binary, builder, depth);
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        if (!AppendInterpolationPart(part, builder, depth))
                        {
                            return false;
                        }
                    }

                    return true;
                case IInterpolatedStringHandlerCreationOperation handler:
                    return Append(handler.Content, builder, depth + 1);
                case IInterpolatedStringAdditionOperation addition:
                    return Append(addition.Left, builder, depth + 1) && Append(addition.Right, builder, depth + 1);
                case IInvocationOperation invocation when invocation.TargetMethod.IsStatic &&
                                                          invocation.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String:
                    return invocation.TargetMethod.Name switch
                    {
                        "Concat" => AppendAll(invocation.ConcatPieces(), builder, depth),
                        "Format" => AppendFormat(invocation, builder),
                        "Create" => AppendHandlerArgument(invocation, builder, depth),
                        _ => false,
                    };
                default:
                    return false;
            }
        }

        /// <summary>a + b + c is ((a + b) + c): the left spine is walked without recursion, however long.</summary>
        private static bool AppendConcatenation(IBinaryOperation binary, StringBuilder builder, int depth)
        {
            if (!IsStringConcatenation(binary))
            {
                return false;
            }

            var leftmost = binary;
            var spine = 1;
            while (leftmost.LeftOperand.WithoutConversions() is IBinaryOperation left && IsStringConcatenation(left))
            {
                leftmost = left;
                spine++;
            }

            if (!Append(leftmost.LeftOperand, builder, depth + 1))
            {
                return false;
            }

            // Walk back up the spine: the right operands, in order.
            var rights = new IOperation[spine];
            var current = binary;
            for (var i = spine - 1; i >= 0; i--)
            {
                rights[i] = current.RightOperand;
                current = current.LeftOperand.WithoutConversions() as IBinaryOperation ?? current;
            }

            foreach (var right in rights)
            {
                if (!Append(right, builder, depth + 1))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsStringConcatenation(IBinaryOperation binary) =>
            binary.OperatorKind == BinaryOperatorKind.Add &&
            binary.OperatorMethod == null &&
            binary.Type?.SpecialType == SpecialType.System_String;

        private static bool AppendInterpolationPart(IInterpolatedStringContentOperation part, StringBuilder builder, int depth)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation text:
                    return Append(text.Text, builder, depth + 1);
                case IInterpolationOperation hole:
                    return hole.Alignment == null && hole.FormatString == null && Append(hole.Expression, builder, depth + 1);
                case IInterpolatedStringAppendOperation append when append.AppendCall is IInvocationOperation call &&
                                                                     call.Arguments.Length == 1:
                    // Handler form: AppendLiteral("…") or AppendFormatted(value) without alignment or format.
                    return Append(call.Arguments[0].Value, builder, depth + 1);
                default:
                    return false;
            }
        }


        /// <summary><c>string.Create(CultureInfo.InvariantCulture, $"https://host/{id}")</c>: the interpolated string.</summary>
        private static bool AppendHandlerArgument(IInvocationOperation invocation, StringBuilder builder, int depth)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Value.WithoutConversions() is IInterpolatedStringHandlerCreationOperation handler)
                {
                    return Append(handler, builder, depth + 1);
                }
            }

            return false;
        }

        /// <summary><c>string.Format("https://host/{0}", …)</c>: the format's text up to its first hole.</summary>
        private static bool AppendFormat(IInvocationOperation invocation, StringBuilder builder)
        {
            foreach (var parameter in invocation.TargetMethod.Parameters)
            {
                if (parameter.Name != "format" || parameter.Type.SpecialType != SpecialType.System_String)
                {
                    continue;
                }

                var format = invocation.Arguments.ArgumentValue(parameter.Ordinal)?.WithoutConversions();
                if (format == null || !format.ConstantValue.HasValue || !(format.ConstantValue.Value is string text))
                {
                    return false;
                }

                for (var i = 0; i < text.Length; i++)
                {
                    var c = text[i];
                    if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
                    {
                        i++; // "{{" and "}}" are the braces themselves
                    }
                    else if (c == '{')
                    {
                        return false;
                    }

                    builder.Append(c);
                }

                return true;
            }

            return false; // Format(IFormatProvider, CompositeFormat, …)
        }
    }
}
