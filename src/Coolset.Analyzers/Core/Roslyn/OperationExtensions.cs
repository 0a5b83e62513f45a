using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Core
{
    /// <summary>Small helpers over <see cref="IOperation"/> that every rule needs.</summary>
    internal static class OperationExtensions
    {
        /// <summary>
        /// The operation under the implicit conversions the compiler inserted around it (string to <c>object</c>,
        /// boxing, nullable, <c>string[]</c> to <c>object[]</c>); explicit casts in the source are kept.
        /// </summary>
        public static IOperation WithoutConversions(this IOperation operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }
    }
}
