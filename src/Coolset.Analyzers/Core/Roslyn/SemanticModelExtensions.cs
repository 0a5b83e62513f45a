using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Coolset.Analyzers.Core
{
    /// <summary>Questions to a semantic model that must survive code that does not compile yet.</summary>
    internal static class SemanticModelExtensions
    {
        /// <summary>The operation for <paramref name="node"/>, or null where there is none or Roslyn cannot build one.</summary>
        /// <remarks>
        /// Roslyn 4.8 throws <see cref="InvalidOperationException"/> ("Unexpected value 'UnconvertedSwitchExpression'")
        /// when asked for an operation inside some half-typed switch expressions. The question is then treated as
        /// unanswerable, as for a node with no operation: no diagnostic or fix rests on it, and nothing crashes.
        /// </remarks>
        public static IOperation? OperationOrNull(this SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
        {
            try
            {
#pragma warning disable RS0030 // The one sanctioned call: the Roslyn failure it can throw is handled here.
                return model.GetOperation(node, cancellationToken);
#pragma warning restore RS0030
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }
    }
}
