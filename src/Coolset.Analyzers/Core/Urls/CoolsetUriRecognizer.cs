using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Core
{
    /// <summary>Decides whether a <c>string</c> or <c>Uri</c> expression is a Coolset URL: its scheme and host are constant and the host is a Coolset host.</summary>
    /// <remarks>
    /// Recognized (see docs/concepts.md, "Coolset URL"): a constant string; an interpolated string, a <c>+</c> concatenation, <c>string.Concat</c>,
    /// <c>string.Format</c> or <c>string.Create(provider, $"…")</c> whose <see cref="ConstantUrlPrefix"/> holds the whole host;
    /// <c>new Uri(x)</c>, <c>new Uri(x, UriKind…)</c>, <c>new Uri(baseUri, relative)</c> (and <c>Uri.TryCreate</c>)
    /// built from one; a <c>?:</c>, <c>??</c> or <c>switch</c> expression every branch of which is one (a
    /// <c>throw</c> branch yields nothing and does not count); a local every assignment of which, within the method,
    /// is one. Parameters, fields that are not <c>const</c>, properties and calls are not followed.
    /// Create one per compilation (it holds the looked-up types) and share it. What a method writes to its locals is
    /// collected in one walk of its body, on the first question about a local, and cached while that tree lives.
    /// </remarks>
    internal sealed class CoolsetUriRecognizer
    {
        private const int MaximumDepth = 16;

        /// <summary>How many locals one question may follow (locals assigned from each other would otherwise branch on and on).</summary>
        private const int MaximumLocalLookups = 16;

        private readonly ConditionalWeakTable<IOperation, LocalWrites> _writes = new ConditionalWeakTable<IOperation, LocalWrites>();
        private int _collectedMethods;

        public CoolsetUriRecognizer(Compilation compilation)
            : this(new UrlSymbols(compilation))
        {
        }

        public CoolsetUriRecognizer(UrlSymbols symbols)
        {
            Symbols = symbols;
        }

        public UrlSymbols Symbols { get; }

        /// <summary>How many method bodies were walked for their locals so far (the cache is tested through it).</summary>
        internal int CollectedMethods => _collectedMethods;

        /// <summary>Whether <paramref name="value"/> (a <c>string</c> or <c>Uri</c> expression) is a Coolset URL.</summary>
        /// <param name="value">The expression; conversions around it are looked through. Null is not a Coolset URL.</param>
        /// <param name="hosts">The Coolset hosts for the value's syntax tree (<see cref="CoolsetOptions.ApiHosts"/>).</param>
        /// <param name="cancellationToken">Observed while walking the method for a local's assignments.</param>
        public bool IsCoolsetUri(IOperation? value, CoolsetHosts hosts, CancellationToken cancellationToken)
        {
            var search = new Search(hosts, cancellationToken);
            return IsCoolset(value, ref search, depth: 0);
        }

        private bool IsCoolset(IOperation? value, ref Search search, int depth)
        {
            if (value == null || depth > MaximumDepth)
            {
                return false;
            }

            search.CancellationToken.ThrowIfCancellationRequested();
            value = value.WithoutConversions();
            switch (value)
            {
                case IObjectCreationOperation creation when Symbols.IsUri(creation.Type):
                    return creation.Constructor != null && IsCoolsetConstruction(creation.Constructor, creation.Arguments, ref search, depth);
                case ILocalReferenceOperation local:
                    return IsCoolsetLocal(local, ref search, depth);
                case IConditionalOperation conditional:
                {
                    var sawValue = false;
                    return IsCoolsetBranch(conditional.WhenTrue, ref search, depth, ref sawValue) &&
                           IsCoolsetBranch(conditional.WhenFalse, ref search, depth, ref sawValue) &&
                           sawValue;
                }

                case ICoalesceOperation coalesce:
                {
                    var sawValue = false;
                    return IsCoolsetBranch(coalesce.Value, ref search, depth, ref sawValue) &&
                           IsCoolsetBranch(coalesce.WhenNull, ref search, depth, ref sawValue) &&
                           sawValue;
                }

                case ISwitchExpressionOperation switchExpression:
                {
                    var sawValue = false;
                    foreach (var arm in switchExpression.Arms)
                    {
                        if (!IsCoolsetBranch(arm.Value, ref search, depth, ref sawValue))
                        {
                            return false;
                        }
                    }

                    return sawValue;
                }

                default:
                    return value.Type?.SpecialType == SpecialType.System_String &&
                           ConstantUrlPrefix.Of(value).HoldsCoolsetHost(search.Hosts);
            }
        }

        /// <summary>A branch that throws yields no value: it neither makes nor breaks the verdict.</summary>
        private bool IsCoolsetBranch(IOperation? branch, ref Search search, int depth, ref bool sawValue)
        {
            if (branch != null && branch.WithoutConversions() is IThrowOperation)
            {
                return true;
            }

            sawValue = true;
            return IsCoolset(branch, ref search, depth + 1);
        }

        /// <summary>A <c>Uri</c> constructor or <c>Uri.TryCreate</c>: from a string, or from a base <c>Uri</c> and a relative part.</summary>
        private bool IsCoolsetConstruction(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, ref Search search, int depth)
        {
            var parameters = method.Parameters;
            if (parameters.Length == 0)
            {
                return false;
            }

            var first = arguments.ArgumentValue(0);
            if (parameters[0].Type.SpecialType == SpecialType.System_String)
            {
                return IsCoolset(first, ref search, depth + 1);
            }

            if (!Symbols.IsUri(parameters[0].Type))
            {
                return false;
            }

            // new Uri(baseUri, relative): a relative part that is itself absolute ("https://…", "//host/…") replaces the base.
            var relative = parameters.Length > 1 ? arguments.ArgumentValue(1) : null;
            switch (ClassifyRelative(relative))
            {
                case RelativeKind.Absolute:
                    return IsCoolset(relative, ref search, depth + 1);
                case RelativeKind.NetworkPath:
                    return false;
                default:
                    return IsCoolset(first, ref search, depth + 1);
            }
        }

        private RelativeKind ClassifyRelative(IOperation? relative)
        {
            relative = relative?.WithoutConversions();
            if (relative == null)
            {
                return RelativeKind.Relative;
            }

            var text = relative;
            if (Symbols.IsUri(relative.Type))
            {
                if (!(relative is IObjectCreationOperation { Constructor: { } constructor } creation) ||
                    constructor.Parameters.Length == 0 ||
                    constructor.Parameters[0].Type.SpecialType != SpecialType.System_String ||
                    !(creation.Arguments.ArgumentValue(0) is { } inner))
                {
                    return RelativeKind.Relative;
                }

                text = inner;
            }

            var prefix = ConstantUrlPrefix.Of(text).Text;
            var start = 0;
            while (start < prefix.Length && char.IsWhiteSpace(prefix[start]))
            {
                start++;
            }

            if (prefix.Length - start >= 2 && (prefix[start] == '/' || prefix[start] == '\\') && (prefix[start + 1] == '/' || prefix[start + 1] == '\\'))
            {
                return RelativeKind.NetworkPath;
            }

            for (var i = start; i < prefix.Length; i++)
            {
                var c = prefix[i];
                if (c == ':')
                {
                    return i > start ? RelativeKind.Absolute : RelativeKind.Relative;
                }

                var isSchemeChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                   (i > start && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
                if (!isSchemeChar)
                {
                    break;
                }
            }

            return RelativeKind.Relative;
        }

        /// <summary>Every value the method assigns to the local is a Coolset URL, and it assigns at least one.</summary>
        private bool IsCoolsetLocal(ILocalReferenceOperation reference, ref Search search, int depth)
        {
            if (search.LocalLookups <= 0)
            {
                return false;
            }

            search.LocalLookups--;
            var writes = WritesFor(reference.Root(), search.CancellationToken).For(reference.Local);
            if (writes == null || writes.Count == 0)
            {
                return false;
            }

            foreach (var write in writes)
            {
                var isCoolset = write.TryCreate != null
                    ? IsCoolsetConstruction(write.TryCreate.TargetMethod, write.TryCreate.Arguments, ref search, depth + 1)
                    : IsCoolset(write.Value, ref search, depth + 1);
                if (!isCoolset)
                {
                    return false;
                }
            }

            return true;
        }

        private LocalWrites WritesFor(IOperation root, CancellationToken cancellationToken)
        {
            if (_writes.TryGetValue(root, out var writes))
            {
                return writes;
            }

            writes = LocalWrites.Collect(root, Symbols, cancellationToken);
            Interlocked.Increment(ref _collectedMethods);
            return _writes.GetValue(root, _ => writes);
        }

        private enum RelativeKind
        {
            Relative,
            Absolute,
            NetworkPath,
        }

        private struct Search
        {
            public Search(CoolsetHosts hosts, CancellationToken cancellationToken)
            {
                Hosts = hosts;
                CancellationToken = cancellationToken;
                LocalLookups = MaximumLocalLookups;
            }

            public CoolsetHosts Hosts { get; }

            public CancellationToken CancellationToken { get; }

            public int LocalLookups { get; set; }
        }
    }
}
