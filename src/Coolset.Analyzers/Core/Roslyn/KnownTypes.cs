using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// The types the rules and fixes need, looked up by metadata name at most once per compilation, on first use.
    /// </summary>
    /// <remarks>
    /// The only caller of <c>Compilation.GetTypeByMetadataName</c> (BannedSymbols.txt keeps it so): that lookup walks
    /// every referenced assembly, and in the IDE compilation-start actions run again for every document request.
    /// </remarks>
    internal sealed class KnownTypes
    {
        private static readonly ConditionalWeakTable<Compilation, KnownTypes> ByCompilation = new ConditionalWeakTable<Compilation, KnownTypes>();
        private static readonly ConditionalWeakTable<Compilation, KnownTypes>.CreateValueCallback Create = compilation => new KnownTypes(compilation);

        private readonly ConcurrentDictionary<string, INamedTypeSymbol?> _types = new ConcurrentDictionary<string, INamedTypeSymbol?>(StringComparer.Ordinal);
        private readonly Compilation _compilation;
        private readonly Func<string, INamedTypeSymbol?> _lookUp;

        private KnownTypes(Compilation compilation)
        {
            _compilation = compilation;
            _lookUp = LookUp;
        }

        public static KnownTypes For(Compilation compilation) => ByCompilation.GetValue(compilation, Create);

        /// <summary>The type named <paramref name="metadataName"/> (see <see cref="WellKnownTypeNames"/>), or null when the compilation cannot see it.</summary>
        public INamedTypeSymbol? Get(string metadataName) => _types.GetOrAdd(metadataName, _lookUp);

        /// <remarks>
        /// A type whose namespace the compilation does not have (Serilog's, NLog's or log4net's in a program without
        /// them, System.Net.Http's in one that does not reference it) is settled by a walk down the compilation's merged
        /// namespaces, instead of a search of every referenced assembly; the same namespaces serve every lookup.
        /// </remarks>
        private INamedTypeSymbol? LookUp(string metadataName)
        {
            INamespaceSymbol? current = _compilation.GlobalNamespace;
            var start = 0;
            for (var dot = metadataName.IndexOf('.'); dot > 0 && current != null; dot = metadataName.IndexOf('.', start))
            {
                current = ChildNamespace(current, metadataName.Substring(start, dot - start));
                start = dot + 1;
            }

            if (current == null)
            {
                return null;
            }

            if (OnlyCandidate(current, metadataName.Substring(start)) is { } type)
            {
                return type;
            }

#pragma warning disable RS0030 // The one sanctioned lookup: results are cached per compilation.
            return _compilation.GetTypeByMetadataName(metadataName);
#pragma warning restore RS0030
        }

        /// <summary>
        /// The type of the namespace with this metadata name when the answer is plain: one type of that name and arity
        /// in all the assemblies that share the namespace, or one declared in the compilation itself (which wins, as in
        /// <c>GetTypeByMetadataName</c>). Null for a nested type, none, or several: the full lookup settles those.
        /// </summary>
        private INamedTypeSymbol? OnlyCandidate(INamespaceSymbol container, string typeName)
        {
            if (typeName.IndexOf('+') >= 0)
            {
                return null;
            }

            var arity = 0;
            var tick = typeName.IndexOf('`');
            if (tick >= 0)
            {
                if (!int.TryParse(typeName.Substring(tick + 1), NumberStyles.None, CultureInfo.InvariantCulture, out arity))
                {
                    return null;
                }

                typeName = typeName.Substring(0, tick);
            }

            INamedTypeSymbol? only = null;
            var count = 0;
            foreach (var type in container.GetTypeMembers(typeName, arity))
            {
                if (SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, _compilation.Assembly))
                {
                    return type;
                }

                only = type;
                count++;
            }

            return count == 1 ? only : null;
        }

        private static INamespaceSymbol? ChildNamespace(INamespaceSymbol parent, string name)
        {
            foreach (var member in parent.GetMembers(name))
            {
                if (member is INamespaceSymbol child)
                {
                    return child;
                }
            }

            return null;
        }
    }
}
