using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Core
{
    /// <summary>Which symbols hold a token value in one method: those assigned a token value, and those named like one.</summary>
    internal sealed class SymbolTaint
    {
        /// <summary>For methods that assign nothing; its sets are never written to.</summary>
        public static readonly SymbolTaint Empty = new SymbolTaint(new HashSet<ISymbol>(SymbolEqualityComparer.Default));

        public SymbolTaint(HashSet<ISymbol> exempt)
        {
            Exempt = exempt;
        }

        /// <summary>Symbols the method assigns a token value to (flow-insensitive: anywhere in the method), with the source of the first such value.</summary>
        public Dictionary<ISymbol, TokenEvidence> Tainted { get; } = new Dictionary<ISymbol, TokenEvidence>(SymbolEqualityComparer.Default);

        /// <summary>Credential-named symbols every assignment of which is a non-secret fact derived from a token (<c>apiKey = Mask(token)</c>).</summary>
        public HashSet<ISymbol> Exempt { get; }
    }

    /// <summary>The token flow of one method body: its assignments, collected once, and which symbols they taint.</summary>
    /// <remarks>
    /// The taint takes three passes over the assignments: (1) a least fixed point in which every credential-named
    /// symbol counts as a token; (2) the named symbols whose every assigned value is a derived, non-secret fact are
    /// exempted; (3) the fixed point again with those exemptions. Each fixed point only ever adds symbols, so it ends.
    /// Only a symbol the method assigns can be tainted or exempted, so the passes run on the first question about such
    /// a symbol: questions about parameters and members the method only reads need the walk alone.
    /// </remarks>
    internal sealed class MethodTokenFlow
    {
        private readonly TokenValueAnalysis _analysis;
        private readonly IOperation _root;
        private readonly Dictionary<ISymbol, List<AssignedValue>> _assignments;
        private SymbolTaint? _taint;

        private MethodTokenFlow(TokenValueAnalysis analysis, IOperation root, Dictionary<ISymbol, List<AssignedValue>> assignments)
        {
            _analysis = analysis;
            _root = root;
            _assignments = assignments;
        }

        /// <summary>Walks the method once for its assignments; their taint is worked out when first needed.</summary>
        public static MethodTokenFlow Compute(TokenValueAnalysis analysis, IOperation root, CancellationToken cancellationToken) =>
            new MethodTokenFlow(analysis, root, CollectAssignments(root, analysis.Symbols, cancellationToken));

        /// <summary>Whether the method assigns <paramref name="symbol"/> (normalized) a token value, and its source.</summary>
        public bool TryGetTainted(ISymbol symbol, CancellationToken cancellationToken, out TokenEvidence evidence)
        {
            if (!_assignments.ContainsKey(symbol))
            {
                evidence = TokenEvidence.None;
                return false;
            }

            return TaintOf(cancellationToken).Tainted.TryGetValue(symbol, out evidence);
        }

        /// <summary>Whether <paramref name="symbol"/> (normalized) is credential-named but only ever assigned facts derived from a token.</summary>
        public bool IsExempt(ISymbol symbol, CancellationToken cancellationToken) =>
            _assignments.ContainsKey(symbol) && TaintOf(cancellationToken).Exempt.Contains(symbol);

        private SymbolTaint TaintOf(CancellationToken cancellationToken)
        {
            var taint = Volatile.Read(ref _taint);
            if (taint != null)
            {
                return taint;
            }

            // Two rules asking at once may both compute it; the result is the same, and one of them is kept.
            Interlocked.CompareExchange(ref _taint, ComputeTaint(_analysis, _root, _assignments, cancellationToken), null);
            return _taint!;
        }

        private static SymbolTaint ComputeTaint(TokenValueAnalysis analysis, IOperation root, Dictionary<ISymbol, List<AssignedValue>> assignments, CancellationToken cancellationToken)
        {
            if (assignments.Count == 0)
            {
                return SymbolTaint.Empty;
            }

            var taint = new SymbolTaint(SymbolTaint.Empty.Exempt);
            Propagate(analysis, root, assignments, taint, cancellationToken);

            var exempt = FindExemptions(new TokenValueEvaluator(analysis, root, cancellationToken, taint), assignments, analysis.Symbols.CredentialContext, root);
            if (exempt.Count == 0)
            {
                return taint;
            }

            taint = new SymbolTaint(exempt);
            Propagate(analysis, root, assignments, taint, cancellationToken);
            return taint;
        }

        /// <summary>Fields and properties are tracked by their definition, so that generic instantiations meet.</summary>
        public static ISymbol Normalize(ISymbol symbol) =>
            symbol is IFieldSymbol || symbol is IPropertySymbol ? symbol.OriginalDefinition : symbol;

        private static void Propagate(TokenValueAnalysis analysis, IOperation root, Dictionary<ISymbol, List<AssignedValue>> assignments, SymbolTaint taint, CancellationToken cancellationToken)
        {
            var evaluator = new TokenValueEvaluator(analysis, root, cancellationToken, taint);
            bool changed;
            do
            {
                changed = false;
                foreach (var entry in assignments)
                {
                    if (taint.Tainted.ContainsKey(entry.Key))
                    {
                        continue;
                    }

                    foreach (var assigned in entry.Value)
                    {
                        var evidence = Explain(evaluator, assigned);
                        if (evidence.IsToken)
                        {
                            taint.Tainted.Add(entry.Key, evidence);
                            changed = true;
                            break;
                        }
                    }
                }
            }
            while (changed);
        }

        private static TokenEvidence Explain(TokenValueEvaluator evaluator, AssignedValue assigned)
        {
            switch (assigned.Kind)
            {
                case AssignmentKind.Element:
                    return assigned.Symbol is ILocalSymbol local && local.Type.SpecialType == SpecialType.System_String
                        ? evaluator.Explain(assigned.Value).AsWhole()
                        : TokenEvidence.None;
                case AssignmentKind.HeaderLookup:
                    return evaluator.HeaderLookup((IInvocationOperation)assigned.Value);
                default:
                    return evaluator.Explain(assigned.Value);
            }
        }

        private static HashSet<ISymbol> FindExemptions(TokenValueEvaluator evaluator, Dictionary<ISymbol, List<AssignedValue>> assignments, CredentialContext context, IOperation root)
        {
            var exempt = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var entry in assignments)
            {
                // A parameter also holds what the caller passed: its name keeps counting.
                if (entry.Key is IParameterSymbol || !CredentialNames.IsNamedCredential(entry.Key, context, root))
                {
                    continue;
                }

                var allDerived = true;
                foreach (var assigned in entry.Value)
                {
                    if (assigned.Kind != AssignmentKind.Value || !assigned.OnOwnMember ||
                        evaluator.IsTokenValue(assigned.Value) || !evaluator.MentionsTokenValue(assigned.Value))
                    {
                        allDerived = false;
                        break;
                    }
                }

                if (allDerived)
                {
                    exempt.Add(entry.Key);
                }
            }

            return exempt;
        }

        private static Dictionary<ISymbol, List<AssignedValue>> CollectAssignments(IOperation root, TokenSourceSymbols symbols, CancellationToken cancellationToken)
        {
            var assignments = new Dictionary<ISymbol, List<AssignedValue>>(SymbolEqualityComparer.Default);
            foreach (var operation in root.DescendantsAndSelf())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (AuthorizationSet(operation, symbols) is { } authorization && AssignedSymbol(authorization.Owner) is { } owner)
                {
                    // request.Headers.Authorization = v, client.DefaultRequestHeaders.Add("Authorization", v): the
                    // request (or the client's headers) now carries v, and prints it with its headers.
                    Add(assignments, owner, authorization.Value, AssignmentKind.Value, IsOwnMember(MemberInstance(authorization.Owner)));
                }

                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when declarator.GetVariableInitializer() is { } initializer:
                        Add(assignments, declarator.Symbol, initializer.Value, AssignmentKind.Value, onOwnMember: true);
                        break;
                    case IAssignmentOperation assignment when AssignedSymbol(assignment.Target) is { } target:
                        // x = v, x += v, x ??= v: each adds v to what x may hold.
                        Add(assignments, target, assignment.Value, AssignmentKind.Value, IsOwnMember(MemberInstance(assignment.Target)));
                        break;
                    case IForEachLoopOperation loop when loop.LoopControlVariable is IVariableDeclaratorOperation variable:
                        Add(assignments, variable.Symbol, loop.Collection, AssignmentKind.Element, onOwnMember: true);
                        break;
                    case IInvocationOperation invocation when symbols.IsStringBuilder(invocation.TargetMethod.ContainingType) &&
                                                             TokenValueEvaluator.IsStringBuilderAppend(invocation.TargetMethod) &&
                                                             BuilderSymbol(invocation, symbols) is { } builder:
                        // sb.Append(a).Append(token): the builder sb now holds what the chain appended.
                        Add(assignments, builder, invocation, AssignmentKind.Value, onOwnMember: true);
                        break;
                    case IInvocationOperation lookup when IsHeaderLookup(lookup) &&
                                                          lookup.Arguments.ArgumentValue(1) is { } outValue &&
                                                          AssignedSymbol(outValue is IDeclarationExpressionOperation declaration ? declaration.Expression : outValue) is { } received:
                        // headers.TryGetValues("Authorization", out var values): values now holds the header.
                        Add(assignments, received, lookup, AssignmentKind.HeaderLookup, onOwnMember: true);
                        break;
                }
            }

            return assignments;
        }

        /// <summary>The request or client whose sent headers <paramref name="operation"/> gives an Authorization value, and that value.</summary>
        private static (IOperation Owner, IOperation Value)? AuthorizationSet(IOperation operation, TokenSourceSymbols symbols)
        {
            switch (operation)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: AuthorizationHeader.Name, Instance: IPropertyReferenceOperation headers } } assignment
                    when symbols.SentHeadersOwner(headers) is { } owner:
                    return (owner, assignment.Value);
                case IInvocationOperation { Instance: IPropertyReferenceOperation headers } invocation
                    when (invocation.TargetMethod.Name == "Add" || invocation.TargetMethod.Name == "TryAddWithoutValidation") &&
                         AuthorizationHeader.IsName(invocation.Arguments.ConstantStringArgument(0)) &&
                         invocation.Arguments.ArgumentValue(1) is { } value &&
                         symbols.SentHeadersOwner(headers) is { } owner:
                    return (owner, value);
                default:
                    return null;
            }
        }

        private static ISymbol? BuilderSymbol(IInvocationOperation invocation, TokenSourceSymbols symbols)
        {
            var receiver = invocation.Instance;
            while (receiver is IInvocationOperation inner && symbols.IsStringBuilder(inner.TargetMethod.ContainingType) && inner.Instance != null)
            {
                receiver = inner.Instance;
            }

            return receiver == null ? null : AssignedSymbol(receiver);
        }

        /// <summary>
        /// Whether a member is read or written on this object (or is static): fields and properties are tracked by
        /// symbol, so an exemption learnt from <c>this.ApiKey = Mask(token)</c> must not spread to <c>other.ApiKey</c>.
        /// </summary>
        public static bool IsOwnMember(IOperation? instance) =>
            instance == null || instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };

        private static IOperation? MemberInstance(IOperation target) => target switch
        {
            IFieldReferenceOperation field => field.Instance,
            IPropertyReferenceOperation property => property.Instance,
            _ => null,
        };

        /// <summary>The local, parameter, field or property (by definition) an operation reads or writes; null for anything else.</summary>
        internal static ISymbol? AssignedSymbol(IOperation target)
        {
            switch (target)
            {
                case ILocalReferenceOperation local:
                    return local.Local;
                case IParameterReferenceOperation parameter:
                    return parameter.Parameter;
                case IFieldReferenceOperation field:
                    return Normalize(field.Field);
                case IPropertyReferenceOperation property when !property.Property.IsIndexer:
                    return Normalize(property.Property);
                default:
                    return null;
            }
        }

        /// <summary>Cheap shape test; which header, and on which type, the evaluator decides.</summary>
        private static bool IsHeaderLookup(IInvocationOperation invocation) =>
            (invocation.TargetMethod.Name == "TryGetValues" || invocation.TargetMethod.Name == "TryGetValue") &&
            invocation.Arguments.Length == 2 && invocation.Instance != null;

        private static void Add(Dictionary<ISymbol, List<AssignedValue>> assignments, ISymbol symbol, IOperation value, AssignmentKind kind, bool onOwnMember)
        {
            if (!assignments.TryGetValue(symbol, out var values))
            {
                values = new List<AssignedValue>(1);
                assignments.Add(symbol, values);
            }

            values.Add(new AssignedValue(symbol, value, kind, onOwnMember));
        }

        private enum AssignmentKind
        {
            /// <summary>The symbol is assigned the value.</summary>
            Value,

            /// <summary>The value is a collection and the symbol a <c>foreach</c> variable over it.</summary>
            Element,

            /// <summary>The value is a <c>TryGetValue(s)</c> call and the symbol its out argument.</summary>
            HeaderLookup,
        }

        private readonly struct AssignedValue
        {
            public AssignedValue(ISymbol symbol, IOperation value, AssignmentKind kind, bool onOwnMember)
            {
                Symbol = symbol;
                Value = value;
                Kind = kind;
                OnOwnMember = onOwnMember;
            }

            public ISymbol Symbol { get; }

            public IOperation Value { get; }

            public AssignmentKind Kind { get; }

            /// <summary>The assigned member belongs to this object or is static (always true for locals).</summary>
            public bool OnOwnMember { get; }
        }
    }
}
