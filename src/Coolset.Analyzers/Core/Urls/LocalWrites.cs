using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Core
{
    /// <summary>What one method body writes to each of its locals, collected in one walk.</summary>
    /// <remarks>
    /// A local is <em>unjudged</em> when something writes it in a way whose value is unknown: <c>+=</c>, <c>??=</c>,
    /// <c>ref</c>/<c>out</c> arguments (except <c>Uri.TryCreate</c>), deconstruction, <c>foreach</c>, <c>catch</c>,
    /// pattern declarations.
    /// </remarks>
    internal sealed class LocalWrites
    {
        private static readonly List<LocalWrite> None = new List<LocalWrite>();

        private readonly Dictionary<ILocalSymbol, List<LocalWrite>> _writes = new Dictionary<ILocalSymbol, List<LocalWrite>>(SymbolEqualityComparer.Default);
        private readonly HashSet<ILocalSymbol> _unjudged = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);

        private LocalWrites()
        {
        }

        /// <summary>The values written to <paramref name="local"/>; null when one of its writes has an unknown value.</summary>
        public IReadOnlyList<LocalWrite>? For(ILocalSymbol local) =>
            _unjudged.Contains(local) ? null : _writes.TryGetValue(local, out var writes) ? writes : None;

        public static LocalWrites Collect(IOperation root, UrlSymbols symbols, CancellationToken cancellationToken)
        {
            var result = new LocalWrites();
            foreach (var operation in root.Descendants())
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator:
                        if (declarator.GetVariableInitializer() is { } initializer)
                        {
                            result.Add(declarator.Symbol, new LocalWrite(initializer.Value, tryCreate: null));
                        }
                        else if (!(declarator.Parent is IVariableDeclarationOperation))
                        {
                            result._unjudged.Add(declarator.Symbol); // a foreach or catch variable
                        }

                        break;
                    case ILocalReferenceOperation reference:
                        result.AddWrite(reference, symbols);
                        break;
                    case IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol declared }:
                        result._unjudged.Add(declared);
                        break;
                    case IRecursivePatternOperation { DeclaredSymbol: ILocalSymbol declared }:
                        result._unjudged.Add(declared);
                        break;
                }
            }

            return result;
        }

        private void AddWrite(ILocalReferenceOperation reference, UrlSymbols symbols)
        {
            // out var url, (a, url) = …, var (a, url) = …: the written place is the declaration or the tuple around it.
            IOperation child = reference;
            var parent = reference.Parent;
            var inTuple = false;
            while (parent is IDeclarationExpressionOperation || parent is ITupleOperation)
            {
                inTuple |= parent is ITupleOperation;
                child = parent;
                parent = parent.Parent;
            }

            switch (parent)
            {
                case ISimpleAssignmentOperation assignment when assignment.Target == child && !inTuple && !assignment.IsRef:
                    Add(reference.Local, new LocalWrite(assignment.Value, tryCreate: null));
                    return;
                case IAssignmentOperation assignment when assignment.Target == child:
                    _unjudged.Add(reference.Local); // url += …, url ??= …, ref reassignment, (a, url) = …
                    return;
                case IArgumentOperation argument when argument.Parameter?.RefKind == RefKind.Out || argument.Parameter?.RefKind == RefKind.Ref:
                    if (!inTuple && argument.Parameter.RefKind == RefKind.Out &&
                        argument.Parent is IInvocationOperation invocation && IsUriTryCreate(invocation.TargetMethod, symbols))
                    {
                        Add(reference.Local, new LocalWrite(value: null, invocation));
                    }
                    else
                    {
                        _unjudged.Add(reference.Local);
                    }

                    return;
                default:
                    if (reference.IsDeclaration)
                    {
                        _unjudged.Add(reference.Local); // var (a, url) = …, foreach (var (a, url) in …)
                    }

                    return;
            }
        }

        private static bool IsUriTryCreate(IMethodSymbol method, UrlSymbols symbols) =>
            method.IsStatic && method.Name == "TryCreate" && symbols.IsUri(method.ContainingType);

        private void Add(ILocalSymbol local, LocalWrite write)
        {
            if (!_writes.TryGetValue(local, out var writes))
            {
                writes = new List<LocalWrite>(1);
                _writes.Add(local, writes);
            }

            writes.Add(write);
        }
    }

    /// <summary>One value written to a local: an assigned value, or the <c>Uri.TryCreate</c> call that fills an <c>out</c> local.</summary>
    internal readonly struct LocalWrite
    {
        public LocalWrite(IOperation? value, IInvocationOperation? tryCreate)
        {
            Value = value;
            TryCreate = tryCreate;
        }

        public IOperation? Value { get; }

        public IInvocationOperation? TryCreate { get; }
    }
}
