using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Core
{
    /// <summary>Generic questions about operations that every rule asks the same way.</summary>
    internal static class OperationExtensions
    {
        /// <summary>
        /// The value under built-in conversions (<c>string</c> → <c>object</c>, <c>string[]</c> → <c>object[]</c>, a cast);
        /// a user-defined conversion computes a new value, so it is kept.
        /// </summary>
        public static IOperation WithoutConversions(this IOperation operation)
        {
            while (operation is IConversionOperation conversion && !conversion.Conversion.IsUserDefined)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>The parent above any built-in conversions and parentheses around <paramref name="operation"/>.</summary>
        public static IOperation? ParentWithoutConversions(this IOperation operation)
        {
            var parent = operation.Parent;
            while ((parent is IConversionOperation conversion && !conversion.Conversion.IsUserDefined) || parent is IParenthesizedOperation)
            {
                parent = parent.Parent;
            }

            return parent;
        }

        /// <summary>The value passed for the parameter at <paramref name="ordinal"/>, wherever it stands in the call (named arguments too).</summary>
        public static IOperation? ArgumentValue(this ImmutableArray<IArgumentOperation> arguments, int ordinal)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Ordinal == ordinal)
                {
                    return argument.Value;
                }
            }

            return null;
        }

        /// <summary>
        /// The constant string value of <paramref name="operation"/>, or null. A literal's value is read from its token,
        /// where the parser keeps it: <see cref="IOperation.ConstantValue"/> builds a new <c>Optional</c> on each call
        /// and may have to turn its internal form back into a string, which the hottest callbacks cannot afford.
        /// </summary>
        public static string? ConstantString(this IOperation operation)
        {
            if (operation is ILiteralOperation)
            {
                switch (operation.Syntax)
                {
                    case LiteralExpressionSyntax literal when literal.Token.Value is string value:
                        return value;
                    case InterpolatedStringTextSyntax text:
                        return text.TextToken.ValueText;
                }
            }

            var constant = operation.ConstantValue;
            return constant.HasValue ? constant.Value as string : null;
        }

        /// <summary>The root of the operation tree <paramref name="operation"/> belongs to: its method body or initializer.</summary>
        public static IOperation Root(this IOperation operation)
        {
            while (operation.Parent != null)
            {
                operation = operation.Parent;
            }

            return operation;
        }

        /// <summary>
        /// The text pieces of <c>string.Concat(a, b, …)</c>, <c>Concat(params string[])</c> or <c>Concat(params object[])</c>,
        /// in order; null for an overload whose pieces are not written out (<c>IEnumerable&lt;string&gt;</c>, spans).
        /// </summary>
        public static List<IOperation>? ConcatPieces(this IInvocationOperation invocation)
        {
            var pieces = new List<IOperation>();
            var parameters = invocation.TargetMethod.Parameters;
            for (var ordinal = 0; ordinal < parameters.Length; ordinal++)
            {
                var value = invocation.Arguments.ArgumentValue(ordinal)?.WithoutConversions();
                if (value == null)
                {
                    return null;
                }

                if (parameters[ordinal].IsParams)
                {
                    if (!(value is IArrayCreationOperation { Initializer: { } initializer }))
                    {
                        return null;
                    }

                    pieces.AddRange(initializer.ElementValues);
                }
                else if (parameters[ordinal].Type.SpecialType == SpecialType.System_String || parameters[ordinal].Type.SpecialType == SpecialType.System_Object)
                {
                    pieces.Add(value);
                }
                else
                {
                    return null;
                }
            }

            return pieces;
        }

        /// <summary>The constant string passed for the parameter at <paramref name="ordinal"/> (a header name, a configuration key); null otherwise.</summary>
        public static string? ConstantStringArgument(this ImmutableArray<IArgumentOperation> arguments, int ordinal)
        {
            var value = ordinal < 0 ? null : arguments.ArgumentValue(ordinal);
            return value != null && value.ConstantValue.HasValue ? value.ConstantValue.Value as string : null;
        }
    }
}
