using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Coolset.Analyzers.Core
{
    /// <summary>The methods named in <c>coolset.logging_methods</c> (<c>M:…</c> one method, <c>T:…</c> all methods of a type).</summary>
    internal sealed class ConfiguredSinks
    {
        public static readonly ConfiguredSinks None = new ConfiguredSinks();

        private readonly HashSet<ISymbol> _methods = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        private readonly HashSet<ISymbol> _types = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        private readonly HashSet<string> _methodNames = new HashSet<string>(StringComparer.Ordinal);

        public bool IsEmpty => _methods.Count == 0 && _types.Count == 0;

        /// <summary>The names of the sink methods (a type's sinks are the methods it declares).</summary>
        public HashSet<string> MethodNames => _methodNames;

        /// <summary>Whether a method of this name may be one of the sinks: a cheap test before <see cref="Contains"/>.</summary>
        public bool MayContain(string methodName) => _methodNames.Count != 0 && _methodNames.Contains(methodName);

        public bool Contains(IMethodSymbol method) =>
            _methods.Contains(method.OriginalDefinition) ||
            (method.ContainingType != null && _types.Contains(method.ContainingType.OriginalDefinition));

        public static ConfiguredSinks Resolve(Compilation compilation, ImmutableArray<string> ids)
        {
            var sinks = new ConfiguredSinks();
            foreach (var id in ids)
            {
                foreach (var symbol in DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation))
                {
                    switch (symbol)
                    {
                        case IMethodSymbol method:
                            sinks._methods.Add(method.OriginalDefinition);
                            sinks._methodNames.Add(method.Name);
                            break;
                        case INamedTypeSymbol type:
                            sinks._types.Add(type.OriginalDefinition);
                            foreach (var member in type.GetMembers())
                            {
                                if (member.Kind == SymbolKind.Method)
                                {
                                    sinks._methodNames.Add(member.Name);
                                }
                            }

                            break;
                    }
                }
            }

            return sinks.IsEmpty ? None : sinks;
        }
    }

    /// <summary>
    /// The configured sinks of each syntax tree (the option may differ between folders), resolved on first use;
    /// trees with the same option value share one resolution.
    /// </summary>
    internal sealed class ConfiguredSinksByTree
    {
        private readonly Compilation _compilation;
        private readonly AnalyzerOptions _options;
        private readonly ConcurrentDictionary<string, ConfiguredSinks> _byValue = new ConcurrentDictionary<string, ConfiguredSinks>(StringComparer.Ordinal);
        private readonly Func<string, ConfiguredSinks> _resolveValue;

        public ConfiguredSinksByTree(Compilation compilation, AnalyzerOptions options)
        {
            _compilation = compilation;
            _options = options;
            _resolveValue = ResolveValue;
        }

        /// <summary>
        /// Read from the tree's options each time (a dictionary lookup, nothing cached per tree); most trees set no
        /// value, and those that do share the resolution of their value.
        /// </summary>
        public ConfiguredSinks For(SyntaxTree tree) =>
            _options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(CoolsetOptions.LoggingMethods.Key, out var raw)
                ? _byValue.GetOrAdd(raw, _resolveValue)
                : ConfiguredSinks.None;

        /// <summary>Whether any tree of the compilation names a sink that exists.</summary>
        public bool Any(CancellationToken cancellationToken)
        {
#pragma warning disable RS0030 // Reads each tree's options, no syntax; asked only when the compilation references no logging type.
            foreach (var tree in _compilation.SyntaxTrees)
#pragma warning restore RS0030
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!For(tree).IsEmpty)
                {
                    return true;
                }
            }

            return false;
        }

        private ConfiguredSinks ResolveValue(string raw)
        {
            var ids = CoolsetOptions.LoggingMethods.Parse(raw);
            return ids.IsEmpty ? ConfiguredSinks.None : ConfiguredSinks.Resolve(_compilation, ids);
        }
    }
}
