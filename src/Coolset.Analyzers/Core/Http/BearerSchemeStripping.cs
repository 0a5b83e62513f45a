using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// The ways code cuts the <c>Bearer</c> scheme off an Authorization value and keeps the credential
    /// (docs/concepts.md, "Token value"): what is left is still the whole secret. Any other slice masks it.
    /// </summary>
    internal static class BearerSchemeStripping
    {
        private const char Space = ' ';

        /// <summary>
        /// Whether a start index is where the credential begins after the scheme: <c>7</c> or <c>6</c>,
        /// <c>"Bearer ".Length</c> (also through a constant), <c>"Bearer".Length + 1</c>, or <c>header.IndexOf(' ') + 1</c>.
        /// </summary>
        public static bool IsSchemeEnd(IOperation? start)
        {
            start = Unwrap(start);
            if (start == null)
            {
                return false;
            }

            if (start.ConstantValue.HasValue)
            {
                return start.ConstantValue.Value is int index && IsSchemeLength(index);
            }

            if (IsSchemeTextLength(start))
            {
                return true;
            }

            return start is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum &&
                   (IsOneAfter(sum.LeftOperand, sum.RightOperand) || IsOneAfter(sum.RightOperand, sum.LeftOperand));
        }

        /// <summary>
        /// <c>Replace("Bearer ", "")</c>, <c>Replace("bearer", string.Empty)</c>: the scheme (any case) is replaced and the
        /// rest, the credential, is kept whatever replaces it.
        /// </summary>
        public static bool IsSchemeReplacement(IOperation? oldValue) =>
            oldValue != null && oldValue.ConstantValue.Value is string scheme && AuthorizationHeader.IsBearerScheme(scheme);

        /// <summary>The separator of a <c>Split</c> that cuts <c>"Bearer &lt;credential&gt;"</c> in two: a space, or none (white space).</summary>
        public static bool IsSpaceSeparator(IOperation? separator)
        {
            separator = separator?.WithoutConversions();
            switch (separator)
            {
                case null:
                    return true;
                case IArrayCreationOperation array:
                    if (array.Initializer == null)
                    {
                        return false;
                    }

                    foreach (var element in array.Initializer.ElementValues)
                    {
                        if (!IsSpace(element))
                        {
                            return false;
                        }
                    }

                    return true;
                default:
                    return IsSpace(separator);
            }
        }

        private static bool IsSchemeLength(int index) =>
            index == AuthorizationHeader.BearerScheme.Length || index == AuthorizationHeader.BearerScheme.Length + 1;

        /// <summary><c>"Bearer ".Length</c>, <c>Prefix.Length</c> of a constant that holds the scheme.</summary>
        private static bool IsSchemeTextLength(IOperation operation) =>
            operation is IPropertyReferenceOperation { Property.Name: "Length" } length &&
            length.Instance?.ConstantValue.Value is string text && AuthorizationHeader.IsBearerScheme(text);

        /// <summary><paramref name="one"/> is the constant 1 and <paramref name="other"/> ends the scheme's word: <c>"Bearer".Length</c> or <c>IndexOf(' ')</c>.</summary>
        private static bool IsOneAfter(IOperation one, IOperation other)
        {
            if (!(Unwrap(one)?.ConstantValue.Value is int value) || value != 1)
            {
                return false;
            }

            other = Unwrap(other)!;
            return IsSchemeTextLength(other) ||
                   (other is IInvocationOperation { TargetMethod.Name: "IndexOf" } indexOf &&
                    indexOf.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String &&
                    indexOf.Arguments.Length >= 1 && IsSpace(indexOf.Arguments[0].Value));
        }

        private static bool IsSpace(IOperation? value)
        {
            var constant = value?.WithoutConversions().ConstantValue;
            return constant is { HasValue: true } &&
                   ((constant.Value.Value is char c && c == Space) || (constant.Value.Value is string s && s.Length == 1 && s[0] == Space));
        }

        /// <summary>Under every conversion (an <c>int</c> becomes an <c>Index</c> through a user-defined one) and parentheses.</summary>
        private static IOperation? Unwrap(IOperation? operation)
        {
            while (true)
            {
                switch (operation)
                {
                    case IConversionOperation conversion:
                        operation = conversion.Operand;
                        continue;
                    case IParenthesizedOperation parenthesized:
                        operation = parenthesized.Operand;
                        continue;
                    default:
                        return operation;
                }
            }
        }
    }
}
