using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// Settles a send without a control-flow graph when a statement before it, in its own block or an enclosing one,
    /// sets the Authorization header on its request or client, and nothing can take that away: the method has no label
    /// (no <c>goto</c> enters a block in its middle) and never writes that request or client again. Every path to the
    /// send then runs that statement first, which is what <see cref="AuthorizationFlow"/> would conclude, at a small
    /// fraction of the cost of building the graph.
    /// </summary>
    internal static class AuthorizedEarlier
    {
        public static bool Holds(CoolsetSend send, MethodRequests method, HttpSymbols symbols) =>
            !method.HasLabels &&
            (SetBefore(send.Invocation, send.Request, method, symbols) || SetBefore(send.Invocation, send.Client, method, symbols));

        private static bool SetBefore(IOperation send, ISymbol? key, MethodRequests method, HttpSymbols symbols)
        {
            if (key == null || method.Reassigned.Contains(key))
            {
                return false;
            }

            var current = send;
            while (current.Parent is { } parent)
            {
                if (parent is IAnonymousFunctionOperation || parent is ILocalFunctionOperation)
                {
                    return false; // a lambda runs whenever it is called: statements before it prove nothing
                }

                if (parent is IBlockOperation block)
                {
                    var statements = block.Operations;
                    for (var i = statements.IndexOf(current) - 1; i >= 0; i--)
                    {
                        if (SymbolEqualityComparer.Default.Equals(AuthorizedBy(statements[i], symbols), key))
                        {
                            return true;
                        }
                    }
                }

                current = parent;
            }

            return false;
        }

        private static ISymbol? AuthorizedBy(IOperation statement, HttpSymbols symbols) =>
            statement is IExpressionStatementOperation { Operation: var operation }
                ? operation switch
                {
                    ISimpleAssignmentOperation assignment => AuthorizationSetters.AssignedOwner(assignment.Target, OperationExtensions.WithoutConversions),
                    IInvocationOperation invocation => AuthorizationSetters.AddedOwner(invocation, symbols, OperationExtensions.WithoutConversions),
                    _ => null,
                }
                : null;
    }
}
