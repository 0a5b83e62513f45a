using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// The operations that set the Authorization header of a request or client: <c>x.Headers.Authorization = …</c>,
    /// <c>x.DefaultRequestHeaders.Authorization = …</c>, <c>x.Headers.Add("Authorization", …)</c> and
    /// <c>TryAddWithoutValidation</c>. Each answers with the request or client whose header is set (its symbol, as
    /// <see cref="CoolsetRequests.KeyOf"/> names it), or null.
    /// </summary>
    /// <remarks><paramref name="resolve"/> maps a value to what it stands for (a control-flow graph's captures).</remarks>
    internal static class AuthorizationSetters
    {
        /// <summary>The owner whose header <c>target = …</c> sets.</summary>
        public static ISymbol? AssignedOwner(IOperation target, Func<IOperation, IOperation> resolve) =>
            target is IPropertyReferenceOperation { Instance: { } headers } property && property.Property.Name == AuthorizationHeader.Name
                ? HeadersOwner(resolve(headers), resolve)
                : null;

        /// <summary>The owner whose header <c>headers.Add("Authorization", …)</c> or <c>TryAddWithoutValidation</c> sets.</summary>
        public static ISymbol? AddedOwner(IInvocationOperation invocation, HttpSymbols symbols, Func<IOperation, IOperation> resolve)
        {
            var name = invocation.TargetMethod.Name;
            return (name == "Add" || name == "TryAddWithoutValidation") && invocation.Instance != null &&
                   symbols.IsHeaders(invocation.TargetMethod.ContainingType) &&
                   AuthorizationHeader.IsName(invocation.Arguments.ConstantStringArgument(0))
                ? HeadersOwner(resolve(invocation.Instance), resolve)
                : null;
        }

        private static ISymbol? HeadersOwner(IOperation headers, Func<IOperation, IOperation> resolve) =>
            headers is IPropertyReferenceOperation { Property.Name: "Headers" or "DefaultRequestHeaders", Instance: { } owner }
                ? CoolsetRequests.KeyOf(resolve(owner))
                : null;
    }
}
